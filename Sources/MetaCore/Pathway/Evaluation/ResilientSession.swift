/// A warm GLPK session that remembers its program, so a verdict GLPK gets wrong can be
/// checked on a fresh problem.
///
/// Pathway analyses chain LPs that are feasible by construction (zero flux in a closed model,
/// the previous optimum after a bound relaxation), yet GLPK's primal simplex with automatic
/// scaling declares some of them infeasible on genome-scale models (iJN1463, iMM904: the
/// closed model with a product drain, whose all-zero flux is feasible, comes back
/// "infeasible" after ~4000 iterations; the dual simplex, or no scaling, finds the optimum).
/// GLPK's own fallbacks only follow undefined outcomes, so when a solve is not optimal the
/// same LP — current bounds and objective — is solved again on fresh problems, first with the
/// other simplex method, then unscaled; the last verdict stands.
final class ResilientSession {
    private(set) var program: LinearProgram
    private var session: GLPKSession
    private let settings: SolverSettings

    /// A session of `program`; with `startingBasis` (a basis of a program `program` begins
    /// with), the first solve starts from it, extended to the appended rows and columns.
    init(_ program: LinearProgram, settings: SolverSettings, startingBasis: GLPKBasis? = nil) throws(SolverError) {
        self.program = program
        self.settings = settings
        session = try GLPKSession(program, settings: settings)
        self.startingBasis = startingBasis?.extended(toRows: session.rowCount, columns: session.columnCount)
        if let basis = self.startingBasis { try session.restoreBasis(basis, refactorize: true) }
    }

    /// The basis the session started from (the chassis' growth optimum, extended to the
    /// inserted rows and columns), to start a later growth maximisation from; `nil` without one.
    let startingBasis: GLPKBasis?

    /// The warm GLPK problem as it stands (after any cold retry), for analyses that run their
    /// own sequence of solves on it; changes made through it bypass ``program``.
    var current: GLPKSession { session }

    var columnCount: Int { program.columns.count }

    func setColumnBounds(_ column: Int, lower: Double, upper: Double) throws(SolverError) {
        program.columns[column].lower = lower
        program.columns[column].upper = upper
        try session.setColumnBounds(column, lower: lower, upper: upper)
    }

    func setObjective(_ coefficients: [Double], sense: OptimizationSense) throws(SolverError) {
        for index in program.columns.indices { program.columns[index].objective = coefficients[index] }
        program.sense = sense
        try session.setObjective(coefficients, sense: sense)
    }

    /// A warm solve (`method` defaults to the settings'; dual suits a bound change, primal an
    /// objective change), checked on fresh problems (other method, then unscaled) when it
    /// does not end optimal.
    func solve(method: SolverSettings.Method? = nil) throws(SolverError) -> LPSolution {
        var result = try session.solveReportingStatus(method: method)
        var other = settings
        other.method = settings.method == .primal ? .dual : .primal
        var unscaled = settings
        unscaled.scaling = .none
        for retry in [other, unscaled] where result.status != .optimal {
            session = try GLPKSession(program, settings: retry)
            result = try session.solveReportingStatus()
        }
        return result
    }

    func saveBasis() throws(SolverError) -> GLPKBasis { try session.saveBasis() }

    func restoreBasis(_ basis: GLPKBasis) throws(SolverError) {
        // A basis saved before a cold retry belongs to the old problem, which has the same shape.
        try session.restoreBasis(basis)
    }
}
