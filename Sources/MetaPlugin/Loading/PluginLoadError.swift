/// Why a plugin library could not be loaded.
public struct PluginLoadError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong.
    public enum Kind: Sendable, Hashable {
        /// No file at that path.
        case fileNotFound
        /// The dynamic loader refused the file (not a library, missing dependency, …); `dlerror()` text.
        case cannotOpen(String)
        /// The library lacks a required symbol; `dlerror()` text.
        case missingSymbol(String, String)
        /// The library was built for another plugin ABI.
        case abiMismatch(library: UInt32, host: UInt32)
        /// The entry point ran but registered nothing.
        case registeredNothing
    }

    /// The library's path.
    public var path: String
    /// What went wrong.
    public var kind: Kind

    /// An error about the library at `path`.
    public init(path: String, kind: Kind) {
        self.path = path
        self.kind = kind
    }

    /// A one-line message naming the library.
    public var description: String {
        let reason: String
        switch kind {
        case .fileNotFound:
            reason = "no such file"
        case .cannotOpen(let message) where message.contains(PluginLibrary.apiLibraryName):
            // The plugin was moved away from the plugin API library SwiftPM built beside it.
            reason = "cannot load: \(message); keep the plugin beside the \(PluginLibrary.apiLibraryName) it was built with"
        case .cannotOpen(let message):
            reason = "cannot load: \(message)"
        case .missingSymbol(let symbol, let message):
            reason = "not a metadesign plugin: no '\(symbol)' entry point (\(message))"
        case .abiMismatch(let library, let host):
            reason = "built for plugin ABI \(library), this metadesign speaks ABI \(host); "
                + "rebuild the plugin against this metadesign with the same Swift toolchain"
        case .registeredNothing:
            reason = "its entry point registered no plugins"
        }
        return "plugin \(path): \(reason)"
    }
}
