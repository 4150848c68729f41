/// Why a production envelope or a yield could not be computed.
///
/// Solve outcomes such as infeasibility are not errors: they come back as a status in the
/// result. These errors mean the question itself was malformed or the solver broke.
public enum EnvelopeError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A reaction id the model does not have; `role` says which argument named it.
    case unknownReaction(String, role: String)
    /// The x axis was not given and the model's objective is not a single reaction.
    case noSingleObjectiveReaction(String)
    /// The product and the x axis are the same reaction.
    case productIsXAxis(String)
    /// The number of points is outside 1…10,000.
    case invalidPointCount(Int)
    /// The growth fraction is not in 0…1.
    case invalidGrowthFraction(Double)
    /// The reaction must be a boundary reaction (one metabolite) for a per-molecule yield.
    case notABoundaryReaction(String, role: String)
    /// The substrate's bounds allow no uptake, so a yield per substrate is undefined.
    case substrateNotTakenUp(String)
    /// The solver failed (numerically, invalid settings or a contained backend error).
    case solver(SolverError)

    /// A one-line message saying what went wrong and what to do about it.
    public var description: String {
        switch self {
        case .unknownReaction(let id, let role):
            return "\(role) '\(id)': no such reaction in the model"
        case .noSingleObjectiveReaction(let summary):
            return "the model objective (\(summary)) is not a single reaction: name the x-axis reaction explicitly"
        case .productIsXAxis(let id):
            return "'\(id)' is both the product and the x axis: choose a different x reaction"
        case .invalidPointCount(let count):
            return "\(count) points: the envelope needs between 1 and 10000 points"
        case .invalidGrowthFraction(let fraction):
            return "growth fraction \(fraction) must be between 0 and 1 (0.1 means growth ≥ 10% of its maximum)"
        case .notABoundaryReaction(let id, let role):
            return "\(role) '\(id)' is not an exchange (boundary) reaction of one metabolite: yields are per molecule exchanged"
        case .substrateNotTakenUp(let id):
            return "substrate '\(id)' cannot be taken up (its bounds allow no uptake): open it in the medium first"
        case .solver(let error):
            return error.description
        }
    }
}
