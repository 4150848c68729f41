/// A backend that solves `LinearProgram`s.
///
/// Conformers implement `solveReportingStatus(_:settings:)`; `solve(_:settings:)` has a
/// default that turns non-optimal statuses into errors. A conformer must:
/// - validate the program and settings before touching native code, throwing
///   `.invalidProblem` (never crash on NaN, reversed bounds or bad indices);
/// - bound every solve by `settings.timeLimit` and `settings.iterationLimit`;
/// - be safe to call concurrently from many threads (each call owns its native state);
/// - say in `LPSolution.attempt` which strategy produced the answer.
public protocol LinearSolver: Sendable {
    /// Solves `problem`, returning an optimal solution or throwing why there is none.
    func solve(_ problem: LinearProgram, settings: SolverSettings) throws(SolverError) -> LPSolution

    /// Solves `problem`, returning infeasible, unbounded and limit outcomes as a status.
    /// Throws only `.invalidProblem`, `.numericalFailure` and `.backendFatal`.
    func solveReportingStatus(_ problem: LinearProgram, settings: SolverSettings) throws(SolverError) -> LPSolution
}

extension LinearSolver {
    /// Solves `problem` and throws `.infeasible`, `.unbounded`, `.timeLimit` or
    /// `.iterationLimit` when the outcome is not optimal.
    public func solve(_ problem: LinearProgram, settings: SolverSettings) throws(SolverError) -> LPSolution {
        try solveReportingStatus(problem, settings: settings).requireOptimal()
    }
}

extension LPSolution {
    /// Returns `self` when optimal; otherwise throws the error matching `status`.
    public func requireOptimal() throws(SolverError) -> LPSolution {
        switch status {
        case .optimal: return self
        case .infeasible: throw .infeasible
        case .unbounded: throw .unbounded
        case .timeLimit: throw .timeLimit
        case .iterationLimit: throw .iterationLimit
        case .numericalFailure, .undefined: throw .numericalFailure(log.joined(separator: "; "))
        }
    }
}
