/// Flux balance analysis: optimise the objective subject to S·v = 0 and the flux bounds.
///
/// ```swift
/// let result = try FBA.optimize(model)
/// print(result.status, result.objectiveValue ?? 0, result.flux("PFK") ?? 0)
/// ```
public enum FBA {
    /// Optimises `objective` (default: the model's) over `model`'s flux space.
    ///
    /// Infeasible, unbounded and limit outcomes come back as a result with that status.
    /// Throws `.invalidProblem` for an objective naming an unknown reaction or invalid
    /// settings, `.numericalFailure` when every solver attempt failed, and `.backendFatal`
    /// for a contained solver crash.
    public static func optimize(
        _ model: Model, objective: Objective? = nil, settings: SolverSettings = SolverSettings(),
        solver: some LinearSolver = GLPKSolver()
    ) throws(SolverError) -> FBAResult {
        let objective = objective ?? model.objective
        let solution = try solver.solveReportingStatus(model.checkedLinearProgram(objective: objective), settings: settings)
        // A backend that returns `numericalFailure` or `undefined` as a status instead of throwing breaks the protocol's contract.
        if solution.status == .numericalFailure || solution.status == .undefined {
            throw .numericalFailure(solution.log.joined(separator: "; "))
        }
        let optimal = solution.status == .optimal
        return FBAResult(
            status: solution.status,
            objectiveValue: optimal ? solution.objectiveValue : nil,
            objective: objective,
            fluxes: optimal ? solution.primal : [],
            reducedCosts: optimal ? solution.reducedCosts : [],
            shadowPrices: optimal ? solution.rowDuals : [],
            attempt: solution.attempt,
            reactionIDs: model.reactions.map(\.id))
    }
}
