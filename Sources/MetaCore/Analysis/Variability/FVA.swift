/// Flux variability analysis: the minimum and maximum flux of each reaction while the
/// objective stays at (a fraction of) its optimum.
///
/// The constraint is COBRApy's `flux_variability_analysis`: objective ≥ fraction × optimum
/// (≤ for a minimised objective). The LPs run on the `CompressedNetwork`: a blocked
/// reaction's range is [0, 0] and coupled reactions share one LP (a range scaled by the
/// coupling factor). The optimum is solved once and its basis handed to every worker
/// thread, which owns one GLPK problem and re-solves warm, changing only the objective; an
/// iteration cap sends a stalled LP to the cold fallbacks (see `ColumnOptimizer`; the
/// last one relaxes the objective floor by the solver's tolerance, and `relaxedCount` says
/// how often that was needed). A bound that some earlier solution already reached is the
/// answer for that side, so that LP is skipped (exact: the solution is feasible and
/// nothing can pass the bound).
///
/// ```swift
/// let ranges = try FVA.run(model, fraction: 0.9)
/// print(ranges.range(of: "PFK") ?? (0, 0))
/// ```
public enum FVA {
    /// Runs FVA on `reactions` (default: all) at `fraction` of the optimum of `objective`
    /// (default: the model's), across `jobs` worker threads.
    ///
    /// - Parameter progress: called with the number of reactions just finished, from worker threads.
    /// - Throws: `SolverError.infeasible`/`.unbounded` when the model itself has no optimum,
    ///   `.invalidProblem` for unknown reactions or a fraction outside 0…1, and the solver's
    ///   errors for an LP that no fallback could solve.
    public static func run(
        _ model: Model, reactions: [String]? = nil, fraction: Double = 1.0, objective: Objective? = nil,
        settings: SolverSettings = SolverSettings(), jobs: Int = defaultJobCount,
        progress: (@Sendable (Int) -> Void)? = nil
    ) throws(SolverError) -> FVAResult {
        guard fraction >= 0, fraction <= 1 else {
            throw .invalidProblem("fraction of optimum must be between 0 and 1, got \(fraction)")
        }
        let targets = try columns(of: reactions, in: model)
        let settings = CompressedNetwork.settings(settings)
        let objective = objective ?? model.objective
        try model.checkObjective(objective)
        let network = CompressedNetwork(model: model)
        let program = network.linearProgram(objective: objective, model: model)
        let optimum = try WarmStart(program, settings: settings)
        guard optimum.solution.status == .optimal, let value = optimum.solution.objectiveValue else {
            throw optimum.solution.status == .unbounded ? .unbounded : .infeasible
        }
        let constrained = objectiveFloor(program, optimum: value, fraction: fraction)
        let relaxed = objectiveFloor(program, optimum: value, fraction: fraction, relaxation: settings.tolerance)
        // The optimum satisfies the objective floor, so its basis (with any floor row basic) is a feasible start.
        let basis = optimum.basis.appendingBasicRows(constrained.rows.count - program.rows.count)
        let bounds = constrained.columns.map { ($0.lower, $0.upper) }
        // One LP pair per lump; progress counts the requested reactions each lump answers.
        var order: [Int] = [], weight: [Int: Int] = [:]
        for target in targets {
            guard let lump = network.placements[target]?.lump else { continue }
            if weight[lump] == nil { order.append(lump) }
            weight[lump, default: 0] += 1
        }
        let lumps = order
        progress?(targets.count - lumps.reduce(0) { $0 + (weight[$1] ?? 0) })
        let weights = lumps.map { weight[$0] ?? 1 }
        let ranges = try runInParallel(count: lumps.count, jobs: jobs) { (slice) throws(SolverError) in
            var worker = try FVAWorker(
                optimizer: ColumnOptimizer(program: constrained, settings: settings, startingFrom: basis, relaxedProgram: relaxed),
                bounds: bounds)
            return try worker.ranges(for: Array(lumps[slice]), weights: Array(weights[slice]), progress: progress)
        }
        var rangeOfLump: [Int: FVAWorker.Range] = [:]
        for (lump, range) in zip(lumps, ranges) { rangeOfLump[lump] = range }
        let reactionRanges = targets.map { target -> (minimum: Double, maximum: Double) in
            guard let lump = network.placements[target]?.lump, let range = rangeOfLump[lump] else { return (0, 0) }
            return network.reactionRange(target, lumpMinimum: range.minimum, lumpMaximum: range.maximum)
        }
        let solved = ranges.reduce(0) { $0 + $1.solved }
        return FVAResult(
            reactionIDs: targets.map { model.reactions[$0].id },
            minimum: reactionRanges.map(\.minimum), maximum: reactionRanges.map(\.maximum),
            objectiveValue: value, fraction: fraction, lpCount: solved, skippedCount: 2 * targets.count - solved,
            relaxedCount: ranges.reduce(0) { $0 + $1.relaxed })
    }

    static func columns(of reactions: [String]?, in model: Model) throws(SolverError) -> [Int] {
        guard let reactions else { return Array(model.reactions.indices) }
        var columns: [Int] = []
        for id in reactions {
            guard let column = model.index(ofReaction: id) else {
                throw .invalidProblem("no reaction '\(id)' in the model")
            }
            columns.append(column)
        }
        return columns
    }

    /// The model's LP with objective ≥ fraction × optimum (≤ when minimising) and a zero objective.
    static func constrainedProgram(_ model: Model, objective: Objective, optimum: Double, fraction: Double) -> LinearProgram {
        objectiveFloor(model.linearProgram(objective: objective), optimum: optimum, fraction: fraction)
    }

    /// `program` with its objective held at ≥ fraction × optimum (≤ when minimising) and
    /// then zeroed; `relaxation` loosens the limit by relaxation × (1 + |limit|), the measure
    /// GLPK's primal feasibility tolerance uses.
    ///
    /// A single-column objective c·v is held through that column's bound (limit / c), which
    /// GLPK handles more robustly at exactly the optimum than an extra row; other objectives
    /// get a row.
    static func objectiveFloor(_ program: LinearProgram, optimum: Double, fraction: Double, relaxation: Double = 0) -> LinearProgram {
        var program = program
        let exact = fraction * optimum
        let slack = relaxation * (1 + abs(exact))
        let limit = program.sense == .maximize ? exact - slack : exact + slack
        let terms = program.columns.indices.filter { program.columns[$0].objective != 0 }
        if terms.count == 1, let column = terms.first {
            let coefficient = program.columns[column].objective
            let bound = coefficient == 1 ? limit : limit / coefficient
            // c·v ≥ limit raises v's lower bound when c > 0 and lowers its upper bound when c < 0.
            if (program.sense == .maximize) == (coefficient > 0) {
                program.columns[column].lower = max(program.columns[column].lower, min(bound, program.columns[column].upper))
            } else {
                program.columns[column].upper = min(program.columns[column].upper, max(bound, program.columns[column].lower))
            }
            program.columns[column].objective = 0
            return program
        }
        let row = program.rows.count
        program.rows.append(program.sense == .maximize
            ? LinearProgram.Row(name: "objective_floor", lower: limit, upper: .infinity)
            : LinearProgram.Row(name: "objective_ceiling", lower: -.infinity, upper: limit))
        for column in terms {
            program.entries.append(LinearProgram.Entry(row: row, column: column, value: program.columns[column].objective))
            program.columns[column].objective = 0
        }
        return program
    }
}
