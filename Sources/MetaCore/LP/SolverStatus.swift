/// How a solve ended, in the vocabulary COBRApy/optlang users know.
public enum SolverStatus: String, Hashable, Sendable, Codable, CustomStringConvertible {
    /// An optimal solution was found.
    case optimal
    /// No point satisfies all constraints.
    case infeasible
    /// The objective can be improved without limit.
    case unbounded
    /// The time limit ran out first.
    case timeLimit = "time_limit"
    /// The iteration limit ran out first.
    case iterationLimit = "iteration_limit"
    /// The backend could not reach a conclusive answer.
    case numericalFailure = "numerical_failure"
    /// No solve has produced a status.
    case undefined

    /// The raw value (`time_limit`), as COBRApy prints statuses.
    public var description: String { rawValue }

    /// The status that corresponds to an error, or `nil` for errors that are not a solve outcome.
    public init?(_ error: SolverError) {
        switch error {
        case .infeasible: self = .infeasible
        case .unbounded: self = .unbounded
        case .timeLimit: self = .timeLimit
        case .iterationLimit: self = .iterationLimit
        case .numericalFailure: self = .numericalFailure
        case .invalidProblem, .backendFatal: return nil
        }
    }
}
