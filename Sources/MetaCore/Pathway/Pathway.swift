/// A heterologous route to a product: the reactions to add to a chassis model, the new
/// metabolites they need, their enzymes and the literature.
///
/// Pathways are read from YAML pathway files and inserted into a model as a new model value.
public struct Pathway: Sendable, Hashable, Identifiable {
    /// A stable id (`bdo_yim2011`).
    public var id: String
    /// A human-readable name.
    public var name: String
    /// Where the route was described.
    public var references: [Citation]

    /// A pathway from its id, name and references.
    public init(id: String, name: String, references: [Citation] = []) {
        self.id = id
        self.name = name
        self.references = references
    }
}
