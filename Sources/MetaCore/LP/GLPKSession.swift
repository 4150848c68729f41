import CGLPK

/// A GLPK problem kept alive between solves, for analyses that re-solve a slightly changed
/// program from the previous basis (FVA changes the objective, deletion studies the bounds).
///
/// A session is confined to the thread that created it (GLPK keeps per-thread state): use it
/// inside one synchronous scope and never across an `await`. Used from another thread, or
/// after `GLPKSolver.releaseThreadResources()` or a contained fatal error on its thread, its
/// methods throw `.backendFatal` instead of crashing; a session released on another
/// thread leaks its problem rather than abort.
///
/// ```swift
/// let session = try GLPKSession(lp)
/// let optimum = try session.solve()
/// let basis = try session.saveBasis()
/// try session.setColumnBounds(3, lower: 0, upper: 0)      // a knockout
/// let knockedOut = try session.solveReportingStatus(method: .dual)
/// try session.restoreBasis(basis)
/// ```
public final class GLPKSession {
    private let problem: GLPKProblem
    /// The settings every solve uses; change them between solves as needed.
    public var settings: SolverSettings
    /// What each solve reads back from GLPK; default everything. Loops of thousands of LPs
    /// that need only the objective (deletions) or the fluxes (FVA) save the rest.
    public var readout: LPReadout = .full

    /// Loads `program` (validated first) into a new GLPK problem owned by the calling thread.
    public init(_ program: LinearProgram, settings: SolverSettings = SolverSettings()) throws(SolverError) {
        try settings.validate()
        problem = try GLPKProblem(program, scaling: settings.scaling)
        self.settings = settings
    }

    /// The number of columns.
    public var columnCount: Int { problem.columnCount }
    /// The number of rows.
    public var rowCount: Int { problem.rowCount }

    /// Changes the bounds of column `column` (zero-based); the basis is kept.
    public func setColumnBounds(_ column: Int, lower: Double, upper: Double) throws(SolverError) {
        try problem.setColumnBounds(column, lower: lower, upper: upper)
    }

    /// Changes the objective coefficient of column `column` (zero-based).
    public func setObjectiveCoefficient(_ column: Int, _ value: Double) throws(SolverError) {
        try problem.setObjectiveCoefficient(column, value)
    }

    /// Changes whether the objective is maximised or minimised.
    public func setSense(_ sense: OptimizationSense) throws(SolverError) {
        try problem.setSense(sense)
    }

    /// Replaces the whole objective: one coefficient per column, and the sense.
    public func setObjective(_ coefficients: [Double], sense: OptimizationSense) throws(SolverError) {
        guard coefficients.count == columnCount else {
            throw .invalidProblem("objective has \(coefficients.count) coefficients for \(columnCount) columns")
        }
        try problem.setSense(sense)
        for (column, value) in coefficients.enumerated() {
            try problem.setObjectiveCoefficient(column, value)
        }
    }

    /// Re-solves warm from the current basis (`method` defaults to the settings' method:
    /// primal suits objective changes, dual suits bound changes), falling back like
    /// `GLPKSolver`; throws unless optimal.
    public func solve(method: SolverSettings.Method? = nil) throws(SolverError) -> LPSolution {
        try solveReportingStatus(method: method).requireOptimal()
    }

    /// Like `solve(method:)`, but returns infeasible, unbounded and limit outcomes as a status.
    public func solveReportingStatus(method: SolverSettings.Method? = nil) throws(SolverError) -> LPSolution {
        try solveReportingStatus(startingWith: .warm(method ?? settings.method))
    }

    /// Solves from scratch (the standard basis, presolved when `settings.presolve` is on),
    /// with the usual fallbacks; the basis it ends on is kept for warm re-solves.
    public func solveFromScratch() throws(SolverError) -> LPSolution {
        try solveReportingStatus(startingWith: .cold(settings.method, presolve: settings.presolve))
    }

    private func solveReportingStatus(startingWith first: GLPKAttempt) throws(SolverError) -> LPSolution {
        try problem.solve(GLPKProblem.attempts(first: first, settings: settings), settings: settings, readout: readout)
    }

    /// GLPK's problem pointer, after checking that this thread may touch it.
    func usablePointer() throws(SolverError) -> OpaquePointer {
        try problem.checkUsable()
        return problem.pointer
    }
}
