/// The shared table of common metabolites (ATP, NAD(P)H, CoA, acetyl-CoA, pyruvate, …) with
/// their cross-references, so pathway files need not repeat them and routes written with
/// BiGG ids resolve in chassis models that use other ids.
///
/// The built-in table is `Sources/Plugins/Pathways/Library/metabolites.yaml`:
///
/// ```yaml
/// metabolites:
///   - id: atp
///     name: ATP
///     formula: C10H12N5O13P3
///     charge: -4
///     xrefs: [chebi:30616, kegg:C00002, metanetx:MNXM3]
///     synonyms: [adenosine triphosphate]
/// ```
public struct MetaboliteTable: Sendable, Hashable {
    /// The entries, keyed by id (without compartment suffix).
    public private(set) var entries: [String: PathwayMetabolite]

    /// An empty table.
    public init() { entries = [:] }

    /// A table of `metabolites`; a later entry with an id already present replaces it.
    public init(_ metabolites: [PathwayMetabolite]) {
        entries = [:]
        for metabolite in metabolites { entries[metabolite.id] = metabolite }
    }

    /// The entry for `id` (without compartment suffix).
    public subscript(id: String) -> PathwayMetabolite? { entries[id] }

    /// This table with `other`'s entries added; `other` wins for an id in both.
    public func merging(_ other: MetaboliteTable) -> MetaboliteTable {
        var merged = self
        merged.entries.merge(other.entries) { _, new in new }
        return merged
    }

    /// Reads a table file.
    public static func read(path: String) throws(PathwayFileError) -> MetaboliteTable {
        try parse(PathwayFileReader.readText(path), file: path)
    }

    /// Parses table text; `file` names it in errors.
    public static func parse(_ text: String, file: String) throws(PathwayFileError) -> MetaboliteTable {
        let root = try YAMLObject.root(of: text, file: file)
        try root.checkKeys(["metabolites", "notes"], what: "a metabolite table")
        var metabolites: [PathwayMetabolite] = []
        var lines: [String: Int] = [:]
        for entry in try root.list("metabolites") {
            let metabolite = try PathwayFields.metabolite(entry, allowNew: false)
            if let first = lines[metabolite.id] {
                throw entry.error("metabolite '\(metabolite.id)' is listed twice (first at line \(first))")
            }
            lines[metabolite.id] = entry.line ?? 0
            metabolites.append(metabolite)
        }
        return MetaboliteTable(metabolites)
    }
}
