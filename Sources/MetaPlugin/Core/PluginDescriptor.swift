/// What every plugin says about itself: shown by `metadesign plugins list` and checked by
/// the registry and by ``PluginConformance``.
public struct PluginDescriptor: Sendable, Hashable, Codable {
    /// A stable, unique id: lowercase letters, digits, `-`, `_` and `.`, starting with a letter
    /// (`ecoli`, `yeast-imm904`, `mdf`). Users type it on the command line.
    public var id: String
    /// A human-readable name (`Escherichia coli K-12 MG1655 (iML1515)`).
    public var name: String
    /// The plugin's own version (`1.0.0`), reported in result provenance.
    public var version: String
    /// One sentence on what the plugin provides.
    public var summary: String
    /// The family the plugin belongs to.
    public var kind: PluginKind

    /// A descriptor with every field given.
    public init(id: String, name: String, version: String, summary: String, kind: PluginKind) {
        self.id = id
        self.name = name
        self.version = version
        self.summary = summary
        self.kind = kind
    }

    /// Whether `id` is a well-formed plugin id.
    public static func isWellFormed(id: String) -> Bool {
        guard let first = id.unicodeScalars.first, ("a"..."z").contains(first) else { return false }
        return id.unicodeScalars.allSatisfy { scalar in
            ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || "-_.".unicodeScalars.contains(scalar)
        }
    }
}
