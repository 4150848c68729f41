/// Minimises or maximises single columns of one fixed program, one LP after another, in a
/// warm GLPK session owned by the calling thread.
///
/// FVA and the flux sampler's warm-up both ask "what is the least / most flux of reaction
/// j" thousands of times over the same constraints, which the caller knows to be feasible.
/// Each LP starts from the previous optimum's basis and changes only the objective, so
/// primal simplex (which stays primal feasible across objective changes) needs a few
/// hundred iterations at most. When GLPK still loses its way, the optimizer falls back,
/// in order:
/// 1. warm again from the starting basis: a failed solve can leave a basis from which every
///    later warm solve fails at once (seen on CarveMe's universal model: thousands of LPs
///    each reported infeasible after 0 iterations);
/// 2. when given a `relaxedProgram` and both warm solves came back infeasible: from then on,
///    this optimizer works on the relaxed program. FVA holds the objective at exactly its
///    optimum, and on some models (iMM904, iJN1463) GLPK declares that knife edge
///    infeasible for LP after LP, each then needing a cold solve or worse (28 s instead of
///    0.1 s on iJN1463); the relaxed program lets the objective fall short by GLPK's own
///    feasibility tolerance, and solves warm.
/// 3. from scratch in a fresh problem with the caller's full settings, as the last resort
///    (warm solves stalled for ~200k iterations on three LPs of iJO1366's FVA, which solve
///    cold in 30–170 ms);
struct ColumnOptimizer {
    private(set) var program: LinearProgram
    private var session: GLPKSession
    /// Settings for the from-scratch re-solve of an LP the warm start could not finish.
    let coldSettings: SolverSettings
    /// Settings for warm solves, with a low iteration cap.
    let warmSettings: SolverSettings
    /// The basis to return to after a failed warm solve.
    let startingBasis: GLPKBasis
    /// A slightly looser program to switch to when the exact one fails as infeasible.
    private var relaxedProgram: LinearProgram?
    /// Whether the optimizer has switched to the relaxed program.
    private(set) var isRelaxed = false

    /// Warm primal re-solves finish in a few hundred iterations; one that needs more is stalling.
    static let warmIterationCap = 5_000

    /// Loads `program` (its objective is ignored) into a session on this thread, starting
    /// from `basis` when given (e.g. the optimum the caller found) instead of the slack basis.
    init(
        program: LinearProgram, settings: SolverSettings, startingFrom basis: GLPKBasis? = nil,
        relaxedProgram: LinearProgram? = nil
    ) throws(SolverError) {
        var warm = settings
        warm.iterationLimit = min(settings.iterationLimit, Self.warmIterationCap)
        warmSettings = warm
        self.program = Self.zeroObjective(program)
        self.relaxedProgram = relaxedProgram.map(Self.zeroObjective)
        session = try Self.session(self.program, settings: warm)
        coldSettings = settings
        if let basis {
            try session.restoreBasis(basis)
            startingBasis = basis
        } else {
            startingBasis = try session.saveBasis()
        }
    }

    /// The optimum of `column` in direction `sense`: optimal with every column's value, or
    /// the last fallback's non-optimal status (infeasible, unbounded, a limit); `relaxed`
    /// says the answer is the relaxed program's.
    mutating func optimize(_ column: Int, sense: OptimizationSense) throws(SolverError) -> (solution: LPSolution, relaxed: Bool) {
        var solution = try warmSolve(column, sense)
        if solution.status == .optimal { return (solution, isRelaxed) }
        if solution.status == .infeasible, let relaxed = relaxedProgram {
            // Infeasible twice from a basis that was feasible: the exact limit is the trouble.
            program = relaxed
            relaxedProgram = nil
            isRelaxed = true
            session = try Self.session(program, settings: warmSettings)
            try session.restoreBasis(startingBasis)
            solution = try warmSolve(column, sense)
            if solution.status == .optimal { return (solution, true) }
        }
        // Whatever the cold solve does, the next LP starts from a basis known to be sound.
        defer { try? session.restoreBasis(startingBasis) }
        return (try coldSolve(program, column, sense), isRelaxed)
    }

    /// Warm from the current basis, then warm again from the starting basis.
    private func warmSolve(_ column: Int, _ sense: OptimizationSense) throws(SolverError) -> LPSolution {
        try session.setObjectiveCoefficient(column, 1)
        defer { try? session.setObjectiveCoefficient(column, 0) }
        try session.setSense(sense)
        let solution = try warmSolve()
        if solution.status == .optimal { return solution }
        try session.restoreBasis(startingBasis)
        return try warmSolve()
    }

    private static func session(_ program: LinearProgram, settings: SolverSettings) throws(SolverError) -> GLPKSession {
        let session = try GLPKSession(program, settings: settings)
        session.readout = .primal
        return session
    }

    private func warmSolve() throws(SolverError) -> LPSolution {
        do {
            return try session.solveReportingStatus(method: .primal)
        } catch .backendFatal(let message) {
            throw .backendFatal(message)
        } catch {
            return LPSolution(status: .undefined, objectiveValue: nil, attempt: "warm primal failed: \(error)")
        }
    }

    private func coldSolve(_ base: LinearProgram, _ column: Int, _ sense: OptimizationSense) throws(SolverError) -> LPSolution {
        var single = base
        single.sense = sense
        single.columns[column].objective = 1
        return try GLPKSolver().solveReportingStatus(single, settings: coldSettings)
    }

    private static func zeroObjective(_ program: LinearProgram) -> LinearProgram {
        var zeroed = program
        for column in zeroed.columns.indices { zeroed.columns[column].objective = 0 }
        return zeroed
    }
}
