/// A gene (SBML FBC `geneProduct`) that gene–protein–reaction rules refer to.
public struct Gene: Hashable, Sendable, Identifiable {
    /// The gene's identifier as used in GPR rules (`b0008`, `YHR039C-A`).
    public var id: String
    /// A human-readable name or label (`talA`); may be empty.
    public var name: String
    /// Cross-references to gene and protein databases.
    public var annotations: Annotations

    /// Creates a gene.
    public init(id: String, name: String = "", annotations: Annotations = Annotations()) {
        self.id = id
        self.name = name
        self.annotations = annotations
    }
}
