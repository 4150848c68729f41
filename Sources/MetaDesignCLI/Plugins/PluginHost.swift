import BuiltinPlugins
import Foundation
import MetaPlugin
import Synchronization

/// The plugins of this run: built-in, linked by a custom host, and loaded from libraries.
///
/// Set once in ``CommandLineTool/main(linking:)`` before any command runs.
enum PluginHost {
    private static let current = Mutex<PluginRegistry?>(nil)

    /// The registry of this run (the built-in plugins when the tool was started some other way, as in tests).
    static var registry: PluginRegistry {
        get throws {
            if let registry = current.withLock({ $0 }) { return registry }
            let registry = try PluginRegistry(BuiltinPlugins.all)
            current.withLock { $0 = registry }
            return registry
        }
    }

    /// Builds and installs the registry of this run.
    ///
    /// A library named twice (by `--plugin` and by `METADESIGN_PLUGIN_PATH`, or through a
    /// symlink) is loaded once: a second load would register its plugins again under the same ids.
    static func install(linked: [any Plugin], libraries: [String]) throws {
        var plugins = BuiltinPlugins.all + linked
        var seen = Set<String>()
        for library in libraries where seen.insert(URL(fileURLWithPath: library).resolvingSymlinksInPath().path).inserted {
            plugins += try PluginLibrary.load(path: library)
        }
        let registry = try PluginRegistry(plugins)
        current.withLock { $0 = registry }
    }
}
