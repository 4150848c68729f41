/// Why `metadesign plugin new` could not make a package.
public enum PluginScaffoldError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The name cannot be a Swift package, module and type name.
    case invalidName(String, reason: String)
    /// The plugin id derived from the name is already used by a built-in plugin.
    case idTaken(String, name: String)
    /// Something already exists where the package would go.
    case destinationExists(String)
    /// The folder given as the metadesign checkout has no metadesign sources.
    case notACheckout(String)
    /// Writing the files failed.
    case writeFailed(String, reason: String)

    /// A one-line message saying what to do.
    public var description: String {
        switch self {
        case .invalidName(let name, let reason):
            "invalid plugin name '\(name)': \(reason); use a Swift identifier such as AcmeYeast"
        case .idTaken(let id, let name):
            "the name '\(name)' gives the plugin id '\(id)', which a built-in plugin already uses; choose another name"
        case .destinationExists(let path):
            "\(path) already exists; choose another --output folder (nothing was overwritten)"
        case .notACheckout(let path):
            "\(path) is not a metadesign source checkout (no Package.swift and Sources/MetaPlugin); "
                + "pass --metadesign PATH to the checkout this metadesign was built from"
        case .writeFailed(let path, let reason):
            "cannot write the plugin package to \(path): \(reason)"
        }
    }
}
