/// A compartment of the cell or its surroundings (`c` cytosol, `p` periplasm, `e` extracellular…).
public struct Compartment: Hashable, Sendable, Identifiable {
    /// The compartment's identifier, unique in its model.
    public var id: String
    /// A human-readable name; may be empty.
    public var name: String

    /// Creates a compartment.
    public init(id: String, name: String = "") {
        self.id = id
        self.name = name
    }
}
