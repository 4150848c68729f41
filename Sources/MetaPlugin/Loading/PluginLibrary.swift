import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Loads plugins built as dynamic libraries (`libMyPlugin.so`) at run time.
///
/// Libraries are opened with `RTLD_NOW | RTLD_LOCAL` and never closed: the plugins they
/// register live until the process ends.
public enum PluginLibrary {
    private typealias VersionFunction = @convention(c) () -> UInt32
    private typealias EntryFunction = @convention(c) (UnsafeMutableRawPointer) -> Void

    /// The file extension of dynamic libraries on this platform.
    public static var libraryExtension: String {
        #if os(macOS)
        "dylib"
        #else
        "so"
        #endif
    }

    /// The plugins registered by the library at `path`.
    ///
    /// - Throws: ``PluginLoadError`` quoting `dlerror()` when the file is not a loadable library,
    ///   lacks the entry points, or speaks another ABI version.
    public static func load(path: String) throws(PluginLoadError) -> [any Plugin] {
        guard FileManager.default.fileExists(atPath: path) else {
            throw PluginLoadError(path: path, kind: .fileNotFound)
        }
        // A bare file name would make dlopen search the library path instead of this file.
        let openPath = path.contains("/") ? path : "./" + path
        _ = dlerror()
        guard let handle = dlopen(openPath, RTLD_NOW | RTLD_LOCAL) else {
            throw PluginLoadError(path: path, kind: .cannotOpen(lastError()))
        }
        guard let versionSymbol = dlsym(handle, PluginABI.versionSymbol) else {
            throw PluginLoadError(path: path, kind: .missingSymbol(PluginABI.versionSymbol, lastError()))
        }
        let version = unsafeBitCast(versionSymbol, to: VersionFunction.self)()
        guard version == PluginABI.version else {
            throw PluginLoadError(path: path, kind: .abiMismatch(library: version, host: PluginABI.version))
        }
        guard let entrySymbol = dlsym(handle, PluginABI.entrySymbol) else {
            throw PluginLoadError(path: path, kind: .missingSymbol(PluginABI.entrySymbol, lastError()))
        }
        let registrar = PluginRegistrar()
        withExtendedLifetime(registrar) {
            unsafeBitCast(entrySymbol, to: EntryFunction.self)(Unmanaged.passUnretained(registrar).toOpaque())
        }
        guard !registrar.plugins.isEmpty else { throw PluginLoadError(path: path, kind: .registeredNothing) }
        return registrar.plugins
    }

    /// The libraries in the folders of a `METADESIGN_PLUGIN_PATH`-style list (`dir1:dir2`),
    /// sorted by name within each folder; folders that don't exist are skipped.
    ///
    /// The plugin API library itself (`libMetaPlugin.so`) is skipped: SwiftPM puts it beside
    /// every plugin it builds, and a plugin needs it there, but it registers no plugins.
    public static func libraries(inSearchPath searchPath: String) -> [String] {
        searchPath.split(separator: ":").flatMap { folder -> [String] in
            let folder = String(folder)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            return names.filter { $0.hasSuffix("." + libraryExtension) && $0 != apiLibraryName }.sorted()
                .map { (folder as NSString).appendingPathComponent($0) }
        }
    }

    /// The file name of the plugin API library, which plugins link and which is not a plugin.
    public static var apiLibraryName: String { "libMetaPlugin." + libraryExtension }

    private static func lastError() -> String {
        guard let message = dlerror() else { return "no details from the dynamic loader" }
        return String(cString: message)
    }
}
