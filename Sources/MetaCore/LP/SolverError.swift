/// Why a linear program produced no optimal solution.
///
/// `infeasible`, `unbounded` and the limits describe the problem or the budget;
/// `numericalFailure` means every fallback failed; `invalidProblem` is caught before the
/// backend is called; `backendFatal` means the backend raised an internal error that was
/// contained (the process is fine, the problem object is gone).
public enum SolverError: Error, Hashable, Sendable, CustomStringConvertible {
    /// No point satisfies all bounds and constraints.
    case infeasible
    /// The objective can be improved without limit.
    case unbounded
    /// Every attempt ran out of its time limit.
    case timeLimit
    /// Every attempt ran out of its iteration limit.
    case iterationLimit
    /// The solver could not reach a conclusive answer; the text says what each attempt reported.
    case numericalFailure(String)
    /// The program or settings are invalid (NaN, reversed bounds, bad index…); nothing was solved.
    case invalidProblem(String)
    /// The backend raised a fatal error that was contained; the text is the backend's message.
    case backendFatal(String)

    /// A one-line message saying what went wrong and what to do about it.
    public var description: String {
        switch self {
        case .infeasible:
            return "the problem is infeasible: check bounds that force flux (non-zero lower bounds, closed exchanges, knockouts)"
        case .unbounded:
            return "the problem is unbounded: give the objective's reactions (or a loop through them) finite bounds"
        case .timeLimit:
            return "the solver hit its time limit: raise SolverSettings.timeLimit or simplify the problem"
        case .iterationLimit:
            return "the solver hit its iteration limit: raise SolverSettings.iterationLimit or simplify the problem"
        case .numericalFailure(let detail):
            return "the solver failed numerically (\(detail)): check for extreme coefficients or bounds, or try another method"
        case .invalidProblem(let detail):
            return "invalid problem: \(detail); fix the input (nothing was solved)"
        case .backendFatal(let detail):
            return "the LP backend raised a fatal error (\(detail)); it was contained, retry with a new problem and report this as a bug"
        }
    }
}
