/// One worker's share of an FVA run: a warm column optimizer and what its solutions revealed.
struct FVAWorker {
    struct Range: Sendable {
        var minimum: Double
        var maximum: Double
        var solved: Int
        var skipped: Int
        /// LPs answered only with the objective floor relaxed by the solver's tolerance.
        var relaxed: Int = 0
    }

    var optimizer: ColumnOptimizer
    let bounds: [(Double, Double)]
    /// Columns whose lower / upper bound some solution reached.
    var reachedLower = Set<Int>()
    var reachedUpper = Set<Int>()

    init(optimizer: ColumnOptimizer, bounds: [(Double, Double)]) {
        self.optimizer = optimizer
        self.bounds = bounds
    }

    /// All minima first, then all maxima: consecutive optima of one sense share most of
    /// their basis (≈40% fewer simplex iterations on iML1515 than alternating senses, which
    /// crosses the flux space on every LP).
    mutating func ranges(for columns: [Int], weights: [Int], progress: (@Sendable (Int) -> Void)?) throws(SolverError) -> [Range] {
        var results = columns.map { _ in Range(minimum: 0, maximum: 0, solved: 0, skipped: 0) }
        for sense in [OptimizationSense.minimize, .maximize] {
            for (position, column) in columns.enumerated() {
                let (bound, known) = sense == .minimize
                    ? (bounds[column].0, reachedLower.contains(column))
                    : (bounds[column].1, reachedUpper.contains(column))
                let value: Double
                if known {
                    value = bound
                    results[position].skipped += 1
                } else {
                    let (optimum, relaxed) = try optimize(column, sense: sense)
                    value = optimum
                    results[position].solved += 1
                    if relaxed { results[position].relaxed += 1 }
                }
                if sense == .minimize {
                    results[position].minimum = value
                } else {
                    results[position].maximum = value
                    progress?(weights[position])
                }
            }
        }
        return results
    }

    private mutating func optimize(_ column: Int, sense: OptimizationSense) throws(SolverError) -> (Double, relaxed: Bool) {
        let (solution, relaxed) = try optimizer.optimize(column, sense: sense)
        // The program is feasible (the optimum satisfies it), so only an unbounded range is a real answer here.
        guard solution.status == .optimal else { throw solution.status == .unbounded ? .unbounded : .infeasible }
        record(solution.primal)
        return (solution.primal[column], relaxed)
    }

    /// Notes every column sitting exactly on a finite bound in a feasible solution.
    private mutating func record(_ primal: [Double]) {
        for (column, value) in primal.enumerated() where column < bounds.count {
            if value == bounds[column].0 { reachedLower.insert(column) }
            if value == bounds[column].1 { reachedUpper.insert(column) }
        }
    }
}
