/// An optimum found once on the calling thread, with the basis that reached it, for the
/// worker threads of a parallel analysis to start from.
///
/// Solving the model's LP from scratch costs 10–130 ms on a genome-scale model; every
/// worker solving it again (as each needs its own GLPK problem) would put that on every
/// thread. A basis is a plain value, so one solve serves all workers: each restores the
/// basis into its own problem and its first re-solve is warm.
struct WarmStart: Sendable {
    /// The optimum (or the non-optimal outcome).
    let solution: LPSolution
    /// The final basis; meaningful when `solution.status` is `.optimal`.
    let basis: GLPKBasis

    /// Solves `program` from scratch on this thread with primal simplex, reading back `readout`.
    ///
    /// Not presolved, although presolve is faster on the full model: FVA holds the objective
    /// at the optimum found here, and on ill-conditioned models (iYO844) the presolver's
    /// optimum sits ~1e-7 above what simplex reaches on the program itself, which makes
    /// that limit infeasible for every worker. On the compressed network (where these
    /// solves happen) plain primal simplex is as fast anyway.
    init(_ program: LinearProgram, settings: SolverSettings, readout: LPReadout = .primal) throws(SolverError) {
        var plain = settings
        plain.presolve = false
        plain.method = .primal
        let session = try GLPKSession(program, settings: plain)
        session.readout = readout
        solution = try session.solveFromScratch()
        basis = try session.saveBasis()
    }
}
