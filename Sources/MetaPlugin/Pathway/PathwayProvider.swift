/// A source of heterologous pathways: a curated library, a folder of files, a database.
///
/// Contract:
/// - `pathways()` returns the same pathways, in the same order, every time it is called.
/// - Pathway ids are unique within a provider (and should be across providers: `--pathway ID`
///   takes the first provider's).
/// - Every pathway passes validation (element and charge balance, no free lunch) in every
///   chassis whose model holds its precursors; ``PluginConformance`` checks the ids, the order
///   and that there is at least one, and ``PathwayValidation`` the rest.
/// - `metaboliteTable()` lists the cross-references of the common metabolites the pathways
///   write by BiGG id without declaring, so they resolve in chassis with other ids.
/// - Neither method may keep mutable shared state: both are called from many threads.
public protocol PathwayProvider: Plugin {
    /// Every pathway the provider offers.
    func pathways() throws -> [Pathway]

    /// The shared table of common metabolites (default: empty).
    func metaboliteTable() throws -> MetaboliteTable
}

extension PathwayProvider {
    /// The pathway with id `id`, if the provider has it.
    public func pathway(id: String) throws -> Pathway? {
        try pathways().first { $0.id == id }
    }

    /// No shared table.
    public func metaboliteTable() throws -> MetaboliteTable { MetaboliteTable() }
}
