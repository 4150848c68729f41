/// The binary contract between metadesign and a plugin loaded at run time.
///
/// A plugin library exports two C symbols:
///
/// ```swift
/// @_cdecl("metadesign_plugin_abi_version")
/// public func abiVersion() -> UInt32 { PluginABI.version }
///
/// @_cdecl("metadesign_plugin_register")
/// public func register(_ registrar: UnsafeMutableRawPointer) {
///     PluginRegistrar.from(registrar).add(MyChassis())
/// }
/// ```
///
/// The host reads the version first and calls the entry point only when it equals its own.
/// Both sides must be built with the same Swift toolchain against the same MetaPlugin sources:
/// Swift has no stable ABI for these types on Linux.
public enum PluginABI {
    /// The ABI version this build of MetaPlugin speaks; bumped whenever a plugin protocol or a
    /// type crossing the boundary changes.
    ///
    /// Emitted into each client rather than called: a plugin's `metadesign_plugin_abi_version`
    /// must return the number the *plugin* was compiled with. A public symbol would be bound
    /// to the host's copy when the library is loaded (the host exports its MetaPlugin), and
    /// every plugin would then report the host's own version, defeating the check.
    @_alwaysEmitIntoClient
    public static var version: UInt32 { 2 }  // 2: PathwayProvider.metaboliteTable(), the full Pathway value
    /// The symbol returning the plugin's ABI version (`@convention(c) () -> UInt32`).
    public static let versionSymbol = "metadesign_plugin_abi_version"
    /// The symbol registering the plugin's plugins (`@convention(c) (UnsafeMutableRawPointer) -> Void`).
    public static let entrySymbol = "metadesign_plugin_register"
}

/// Collects the plugins a library registers from its entry point.
public final class PluginRegistrar {
    /// The plugins added so far.
    public private(set) var plugins: [any Plugin] = []

    /// An empty registrar.
    public init() {}

    /// The registrar behind the pointer the host passes to the entry point.
    public static func from(_ pointer: UnsafeMutableRawPointer) -> PluginRegistrar {
        Unmanaged<PluginRegistrar>.fromOpaque(pointer).takeUnretainedValue()
    }

    /// Registers `plugin`.
    public func add(_ plugin: any Plugin) {
        plugins.append(plugin)
    }
}
