/// Why MOMA could not be run.
///
/// An infeasible knockout is not an error: it comes back as `MOMAResult.status`.
public enum MOMAError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The reference has a different number of fluxes than the model has reactions.
    case referenceSizeMismatch(reference: Int, reactions: Int)
    /// A reference flux is NaN or infinite.
    case nonFiniteReference(reaction: String)
    /// The wild type has no optimal flux distribution to use as the reference.
    case wildTypeNotOptimal(SolverStatus)
    /// A knockout id is neither a gene nor a reaction of the model.
    case model(ModelError)
    /// The solver failed (numerically, invalid settings or a contained backend error).
    case solver(SolverError)

    /// A one-line message saying what went wrong and what to do about it.
    public var description: String {
        switch self {
        case .referenceSizeMismatch(let reference, let reactions):
            return "the reference has \(reference) fluxes but the model has \(reactions) reactions: use fluxes of the same model"
        case .nonFiniteReference(let reaction):
            return "the reference flux of '\(reaction)' is not a finite number"
        case .wildTypeNotOptimal(let status):
            return "the wild type has no optimal flux distribution (\(status)) to compare the knockout with: check the medium"
        case .model(let error):
            return "\(error)"
        case .solver(let error):
            return error.description
        }
    }
}
