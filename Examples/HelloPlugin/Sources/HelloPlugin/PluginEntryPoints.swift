import MetaPlugin

// The two C symbols metadesign looks up after dlopen'ing libHelloPlugin.so (see PluginABI).
// They are only used when the plugin is loaded at run time; a custom host that links this
// module at compile time passes `HelloChassis()` to `CommandLineTool.main(linking:)` instead.

/// The plugin ABI this library was built for: the host refuses the library unless it is its own.
@_cdecl("metadesign_plugin_abi_version")
public func metadesignPluginABIVersion() -> UInt32 {
    PluginABI.version
}

/// Registers this library's plugins with the host's registrar.
@_cdecl("metadesign_plugin_register")
public func metadesignPluginRegister(_ registrar: UnsafeMutableRawPointer) {
    PluginRegistrar.from(registrar).add(HelloChassis())
}
