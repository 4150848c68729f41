import Foundation
import MetaPlugin

/// A new third-party plugin package, ready to write to disk: what `metadesign plugin new` makes.
///
/// The package builds against the metadesign checkout at ``metadesignRoot`` (host and plugin
/// must come from the same sources and the same Swift toolchain), holds one plugin of the
/// requested kind with the two C entry points, a test calling ``PluginConformance/check(_:scorerInput:)``,
/// and a README with the commands to build, test and load it.
///
/// ```swift
/// let scaffold = try PluginScaffold(name: "AcmeYeast", kind: .chassis, metadesignRoot: "/src/metadesign")
/// try scaffold.write(to: "AcmeYeast")
/// ```
public struct PluginScaffold: Sendable {
    /// The package, module and library name (`AcmeYeast` → `libAcmeYeast.so`).
    public let name: String
    /// The plugin's family.
    public let kind: PluginKind
    /// The absolute path of the metadesign checkout the package depends on.
    public let metadesignRoot: String
    /// The plugin's id, derived from the name (`AcmeYeast` → `acme-yeast`).
    public let pluginID: String
    /// The plugin type's name: the name plus the kind (`AcmeYeastChassis`), never the module's own name.
    public let typeName: String

    /// A scaffold for plugin `name` of `kind`, building against the checkout at `metadesignRoot`.
    ///
    /// - Parameter takenIDs: plugin ids already in use (the built-in ones); the derived id must not be one.
    /// - Throws: ``PluginScaffoldError`` when the name is not a usable Swift identifier, its id is
    ///   taken, or `metadesignRoot` is not a metadesign checkout.
    public init(name: String, kind: PluginKind, metadesignRoot: String, takenIDs: Set<String> = []) throws(PluginScaffoldError) {
        try Self.validate(name: name)
        let id = Self.pluginID(forName: name)
        guard PluginDescriptor.isWellFormed(id: id) else { throw .invalidName(name, reason: "it gives the malformed plugin id '\(id)'") }
        guard !takenIDs.contains(id) else { throw .idTaken(id, name: name) }
        self.name = name
        self.kind = kind
        self.metadesignRoot = try Self.checkedRoot(metadesignRoot)
        self.pluginID = id
        let suffix = kind.typeSuffix
        self.typeName = name.hasSuffix(suffix) ? name + "Plugin" : name + suffix
    }

    /// The files of the package: paths relative to its folder, and their contents.
    public var files: [(path: String, contents: String)] {
        [
            ("Package.swift", packageManifest),
            (".gitignore", ".build/\n.swiftpm/\nPackage.resolved\n"),
            ("README.md", readme),
            ("Sources/\(name)/\(typeName).swift", pluginSource),
            ("Sources/\(name)/PluginEntryPoints.swift", entryPoints),
            ("Tests/\(name)Tests/\(typeName)ConformanceTests.swift", conformanceTest),
        ]
    }

    /// Writes the package into a new folder at `directory`.
    ///
    /// The files are written into a temporary sibling folder that is then renamed, so a failure
    /// never leaves half a package behind.
    ///
    /// - Throws: ``PluginScaffoldError/destinationExists(_:)`` when anything is already at
    ///   `directory` (nothing is ever overwritten), ``PluginScaffoldError/writeFailed(_:reason:)`` otherwise.
    public func write(to directory: String) throws(PluginScaffoldError) {
        let fileManager = FileManager.default
        let destination = URL(fileURLWithPath: directory).standardizedFileURL
        guard !fileManager.fileExists(atPath: destination.path) else { throw .destinationExists(destination.path) }
        let staging = destination.deletingLastPathComponent()
            .appendingPathComponent(".\(destination.lastPathComponent).partial-\(UUID().uuidString)")
        do {
            for (path, contents) in files {
                let url = staging.appendingPathComponent(path)
                try fileManager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(contents.utf8).write(to: url)
            }
            // moveItem refuses an existing destination, so a folder created meanwhile is not clobbered either.
            try fileManager.moveItem(at: staging, to: destination)
        } catch {
            try? fileManager.removeItem(at: staging)
            if fileManager.fileExists(atPath: destination.path) { throw .destinationExists(destination.path) }
            throw .writeFailed(destination.path, reason: error.localizedDescription)
        }
    }
}

extension PluginKind {
    /// What a scaffolded plugin type's name ends with.
    var typeSuffix: String {
        switch self {
        case .chassis: "Chassis"
        case .pathway: "Pathways"
        case .scorer: "Scorer"
        }
    }
}
