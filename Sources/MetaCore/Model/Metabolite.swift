import OrderedCollections

/// A chemical species in one compartment (SBML `species`), e.g. `glc__D_e`.
public struct Metabolite: Hashable, Sendable, Identifiable {
    /// The metabolite's identifier, unique in its model.
    public var id: String
    /// A human-readable name (`D-Glucose`); may be empty.
    public var name: String
    /// The identifier of the compartment the metabolite is in.
    public var compartment: String
    /// The chemical formula (`C6H12O6`), when known.
    public var formula: String?
    /// The electric charge, when known.
    public var charge: Int?
    /// Cross-references (ChEBI, KEGG, MetaNetX, BiGG, InChIKey…).
    public var annotations: Annotations
    /// Free-text key–value notes carried over from the source file.
    public var notes: OrderedDictionary<String, String>

    /// Creates a metabolite.
    public init(
        id: String,
        name: String = "",
        compartment: String,
        formula: String? = nil,
        charge: Int? = nil,
        annotations: Annotations = Annotations(),
        notes: OrderedDictionary<String, String> = [:]
    ) {
        self.id = id
        self.name = name
        self.compartment = compartment
        self.formula = formula
        self.charge = charge
        self.annotations = annotations
        self.notes = notes
    }
}
