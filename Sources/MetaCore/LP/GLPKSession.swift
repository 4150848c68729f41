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
        let first = GLPKAttempt.warm(method ?? settings.method)
        return try problem.solve(GLPKProblem.attempts(first: first, settings: settings), settings: settings)
    }

    /// The current basis (status of every row and column), to restore before the next change.
    public func saveBasis() throws(SolverError) -> GLPKBasis {
        try problem.checkUsable()
        let pointer = problem.pointer
        return GLPKBasis(
            rowStatuses: (0..<rowCount).map { glp_get_row_stat(pointer, Int32($0 + 1)) },
            columnStatuses: (0..<columnCount).map { glp_get_col_stat(pointer, Int32($0 + 1)) })
    }

    /// Restores a basis saved from this session (or one with the same dimensions).
    ///
    /// GLPK keeps its basis factorisation when the restored basis has the same basic
    /// variables as the current one, updates and all; `refactorize` computes it afresh, so
    /// the next solve depends only on the basis and the problem, not on the solves before
    /// (needed for answers that are equal to the last bit in any order).
    public func restoreBasis(_ basis: GLPKBasis, refactorize: Bool = false) throws(SolverError) {
        try problem.checkUsable()
        guard basis.rowStatuses.count == rowCount, basis.columnStatuses.count == columnCount else {
            throw .invalidProblem(
                "basis has \(basis.rowStatuses.count) rows × \(basis.columnStatuses.count) columns, session has \(rowCount) × \(columnCount)")
        }
        let pointer = problem.pointer
        // GLPK corrects a non-basic status that does not fit the current bounds.
        for (index, status) in basis.rowStatuses.enumerated() { glp_set_row_stat(pointer, Int32(index + 1), status) }
        for (index, status) in basis.columnStatuses.enumerated() { glp_set_col_stat(pointer, Int32(index + 1), status) }
        // A singular basis leaves no factorisation; the next solve then falls back as usual.
        if refactorize { _ = glp_factorize(pointer) }
    }
}

/// A saved simplex basis of a `GLPKSession`. Only sessions create one, so its statuses are
/// always values GLPK accepts.
public struct GLPKBasis: Sendable, Hashable {
    /// GLPK status (`GLP_BS`, `GLP_NL`, …) of each row.
    let rowStatuses: [Int32]
    /// GLPK status of each column.
    let columnStatuses: [Int32]
}
