/// Why a model is not internally consistent.
public enum ModelError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Two elements of one kind share an id.
    case duplicateID(kind: String, id: String)
    /// An id is empty.
    case emptyID(kind: String)
    /// A reaction refers to a metabolite the model does not declare.
    case unknownMetabolite(reaction: String, metabolite: String)
    /// A metabolite sits in a compartment the model does not declare.
    case unknownCompartment(metabolite: String, compartment: String)
    /// A lookup or objective names a reaction the model does not have.
    case unknownReaction(String)
    /// A lookup names a gene the model does not have.
    case unknownGene(String)
    /// A knockout names neither a gene nor a reaction of the model.
    case unknownKnockout(String)
    /// A bound is NaN.
    case invalidBound(reaction: String, detail: String)
    /// The lower bound exceeds the upper bound.
    case reversedBounds(reaction: String, lower: Double, upper: Double)
    /// A stoichiometric or objective coefficient is NaN or infinite.
    case invalidCoefficient(context: String, value: Double)

    /// A one-line message saying what is wrong and where.
    public var description: String {
        switch self {
        case .duplicateID(let kind, let id): return "duplicate \(kind) id '\(id)'"
        case .emptyID(let kind): return "a \(kind) has an empty id"
        case .unknownMetabolite(let reaction, let metabolite):
            return "reaction '\(reaction)' refers to undeclared metabolite '\(metabolite)'"
        case .unknownCompartment(let metabolite, let compartment):
            return "metabolite '\(metabolite)' is in undeclared compartment '\(compartment)'"
        case .unknownReaction(let id): return "no reaction '\(id)' in the model"
        case .unknownGene(let id): return "no gene '\(id)' in the model"
        case .unknownKnockout(let id): return "cannot knock out '\(id)': no gene or reaction with that id in the model"
        case .invalidBound(let reaction, let detail): return "reaction '\(reaction)': \(detail)"
        case .reversedBounds(let reaction, let lower, let upper):
            return "reaction '\(reaction)': lower bound \(formatNumber(lower)) exceeds upper bound \(formatNumber(upper))"
        case .invalidCoefficient(let context, let value):
            return "\(context): coefficient \(formatNumber(value)) is not a finite number"
        }
    }
}
