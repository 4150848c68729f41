/// One worker thread's GLPK session for a deletion study, holding the wild-type basis that
/// every deletion restarts from.
///
/// A knockout only tightens bounds, so the wild-type optimal basis stays dual feasible and
/// dual simplex from it needs ~10 iterations on iML1515. Restoring the basis costs GLPK a
/// refactorization only when the previous deletion moved it (statuses that did not change
/// keep the factorization valid).
struct DeletionWorker {
    let session: GLPKSession
    let basis: GLPKBasis
    let bounds: [(Double, Double)]

    /// Loads `program` on this thread and starts from `basis`, the wild type's optimum.
    init(program: LinearProgram, settings: SolverSettings, basis: GLPKBasis) throws(SolverError) {
        session = try GLPKSession(program, settings: settings)
        // A deletion's answer is its objective value: reading thousands of fluxes and duals per LP is waste.
        session.readout = .objective
        try session.restoreBasis(basis)
        self.basis = basis
        bounds = program.columns.map { ($0.lower, $0.upper) }
    }

    /// The optimum with `columns` closed (bounds 0, 0), which are reopened afterwards.
    func optimum(closing columns: [Int]) throws(SolverError) -> (growth: Double?, status: SolverStatus) {
        for column in columns { try session.setColumnBounds(column, lower: 0, upper: 0) }
        defer {
            for column in columns { try? session.setColumnBounds(column, lower: bounds[column].0, upper: bounds[column].1) }
        }
        try session.restoreBasis(basis)
        let solution = try session.solveReportingStatus(method: .dual)
        return (solution.status == .optimal ? solution.objectiveValue : nil, solution.status)
    }
}
