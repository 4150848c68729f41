/// An optimum found once on the calling thread, with the basis that reached it, for the
/// worker threads of a parallel analysis to start from.
///
/// Solving the model's LP from scratch costs 30–130 ms on a genome-scale model; every
/// worker solving it again (as each needs its own GLPK problem) would put that on every
/// thread. A basis is a plain value, so one solve serves all workers: each restores the
/// basis into its own problem and its first re-solve is warm.
struct WarmStart: Sendable {
    /// The optimum (or the non-optimal outcome).
    let solution: LPSolution
    /// The final basis; meaningful when `solution.status` is `.optimal`.
    let basis: GLPKBasis

    /// Solves `program` from scratch on this thread, presolved, reading back `readout`.
    ///
    /// Presolve makes the first solve about 4× faster; the analyses that use a warm start
    /// need only the optimum's value and fluxes, not duals that presolve could pick
    /// differently on a degenerate vertex.
    init(_ program: LinearProgram, settings: SolverSettings, readout: LPReadout = .primal) throws(SolverError) {
        var presolved = settings
        presolved.presolve = true
        let session = try GLPKSession(program, settings: presolved)
        session.readout = readout
        solution = try session.solveFromScratch()
        basis = try session.saveBasis()
    }
}
