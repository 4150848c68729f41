/// A source of heterologous pathways: a curated library, a folder of files, a database.
///
/// Contract:
/// - `pathways()` returns the same pathways, in the same order, every time it is called.
/// - Pathway ids are unique within a provider.
/// - Every pathway passes validation (element and charge balance, no free lunch);
///   ``PluginConformance`` checks the ids, the order and that there is at least one.
public protocol PathwayProvider: Plugin {
    /// Every pathway the provider offers.
    func pathways() throws -> [Pathway]
}

extension PathwayProvider {
    /// The pathway with id `id`, if the provider has it.
    public func pathway(id: String) throws -> Pathway? {
        try pathways().first { $0.id == id }
    }
}
