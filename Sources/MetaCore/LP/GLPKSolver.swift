import CGLPKShims

/// Solves linear programs with GLPK, the GNU Linear Programming Kit.
///
/// Each call builds, solves and deletes its own GLPK problem on the calling thread, so
/// one `GLPKSolver` may be used from many threads at once. Every solve is bounded by the
/// settings' limits and, when an attempt is inconclusive, retried with presolve + dual
/// simplex, an advanced basis + dual simplex, and finally exact arithmetic;
/// `LPSolution.attempt` says which attempt answered. A program with integer columns is
/// solved by branch and bound from its optimal relaxation.
///
/// ```swift
/// let solution = try GLPKSolver().solve(lp, settings: SolverSettings())
/// print(solution.objectiveValue ?? .nan, solution.attempt)
/// ```
public struct GLPKSolver: LinearSolver {
    /// Creates the solver; it holds no state.
    public init() {}

    /// Solves `problem`; infeasible, unbounded and limit outcomes come back as a status.
    public func solveReportingStatus(_ problem: LinearProgram, settings: SolverSettings) throws(SolverError) -> LPSolution {
        try settings.validate()
        return try GLPKProblem.withProblem(problem, scaling: settings.scaling) { glpk throws(SolverError) in
            let first = GLPKAttempt.cold(settings.method, presolve: settings.presolve)
            return try glpk.solve(GLPKProblem.attempts(first: first, settings: settings), settings: settings)
        }
    }

    /// Frees GLPK's per-thread environment; call it on a long-lived worker thread before it exits
    /// (otherwise about 176 bytes leak per thread). Any GLPK problem or session still alive
    /// on this thread becomes unusable (its methods throw `.backendFatal`).
    public static func releaseThreadResources() {
        mdg_glpk_release_thread()
    }

    /// Makes the C allocator keep freed memory for reuse (glibc; elsewhere nothing happens).
    ///
    /// Each GLPK solve allocates and frees its working arrays; by default glibc hands the
    /// freed memory back to the system and faults it in again on the next solve, which
    /// costs about 15% of a warm re-solve of a genome-scale LP. The setting is
    /// process-wide, so it is for programs to call once at start-up (the `metadesign`
    /// command does), not for libraries.
    public static func keepFreedMemoryForReuse() {
        mdg_keep_freed_memory()
    }
}
