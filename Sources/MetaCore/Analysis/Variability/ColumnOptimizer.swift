/// Minimises or maximises single columns of one fixed program, one LP after another, in a
/// warm GLPK session owned by the calling thread.
///
/// FVA and the flux sampler's warm-up both ask "what is the least / most flux of reaction
/// j" thousands of times over the same constraints. Each LP starts from the previous
/// optimum's basis and changes only the objective, so primal simplex (which stays primal
/// feasible across objective changes) needs a few hundred iterations at most. Warm primal
/// simplex can still stall (three LPs of iJO1366's FVA ran ~200k iterations), so warm
/// solves get a low iteration cap and a stalled LP is solved again from scratch in a fresh
/// problem with the caller's full settings.
struct ColumnOptimizer {
    let program: LinearProgram
    let session: GLPKSession
    /// Settings for the from-scratch re-solve of an LP the warm start could not finish.
    let coldSettings: SolverSettings

    /// Warm primal re-solves finish in a few hundred iterations; one that needs more is stalling.
    static let warmIterationCap = 5_000

    /// Loads `program` (its objective is ignored) into a session on this thread, starting
    /// from `basis` when given (e.g. the optimum the caller found) instead of the slack basis.
    init(program: LinearProgram, settings: SolverSettings, startingFrom basis: GLPKBasis? = nil) throws(SolverError) {
        var warm = settings
        warm.iterationLimit = min(settings.iterationLimit, Self.warmIterationCap)
        var zeroObjective = program
        for column in zeroObjective.columns.indices { zeroObjective.columns[column].objective = 0 }
        self.program = zeroObjective
        session = try GLPKSession(zeroObjective, settings: warm)
        session.readout = .primal
        coldSettings = settings
        if let basis { try session.restoreBasis(basis) }
    }

    /// The optimum of `column` in direction `sense`: optimal with every column's value, or
    /// the from-scratch attempt's non-optimal status (infeasible, unbounded, a limit).
    func optimize(_ column: Int, sense: OptimizationSense) throws(SolverError) -> LPSolution {
        try session.setObjectiveCoefficient(column, 1)
        defer { try? session.setObjectiveCoefficient(column, 0) }
        try session.setSense(sense)
        let warm: LPSolution
        do {
            warm = try session.solveReportingStatus(method: .primal)
        } catch .backendFatal(let message) {
            throw .backendFatal(message)
        } catch {
            warm = LPSolution(status: .undefined, objectiveValue: nil, attempt: "warm primal failed: \(error)")
        }
        if warm.status == .optimal { return warm }
        // A program the caller knows to be feasible that comes back non-optimal from a warm
        // start is GLPK losing its way (a stall at the cap): solve this LP afresh.
        var single = program
        single.sense = sense
        single.columns[column].objective = 1
        return try GLPKSolver().solveReportingStatus(single, settings: coldSettings)
    }
}
