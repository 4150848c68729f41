/// A pathway with the provider it came from.
public struct ProvidedPathway: Sendable, Hashable {
    /// The provider's plugin id.
    public var provider: String
    /// The pathway.
    public var pathway: Pathway

    /// A pathway of `provider`.
    public init(provider: String, pathway: Pathway) {
        self.provider = provider
        self.pathway = pathway
    }
}

extension PluginRegistry {
    /// Every pathway of every provider, in registration order.
    public func allPathways() throws -> [ProvidedPathway] {
        try pathwayProviders.flatMap { provider in try provider.pathways().map { ProvidedPathway(provider: provider.id, pathway: $0) } }
    }

    /// The pathway `id` of the first provider that has it.
    ///
    /// - Throws: ``PluginRegistryError/unknownID(_:kind:available:)`` listing the pathway ids there are.
    public func pathway(id: String) throws -> Pathway {
        let all = try allPathways()
        guard let found = all.first(where: { $0.pathway.id == id }) else {
            throw PluginRegistryError.unknownID(id, kind: .pathway, available: all.map(\.pathway.id))
        }
        return found.pathway
    }

    /// The providers' shared metabolite tables merged (a later provider wins for an id in several).
    public func metaboliteTable() throws -> MetaboliteTable {
        try pathwayProviders.reduce(MetaboliteTable()) { table, provider in table.merging(try provider.metaboliteTable()) }
    }
}
