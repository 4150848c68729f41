/// The mixed-integer program that finds the fewest universe reactions making the product.
///
/// Columns: one flux per reaction of the extended model (chassis reactions with their
/// bounds, candidates with theirs, the product's demand with lower bound
/// `minimumProduction`), then one binary y_k per candidate. Rows: S·v = 0; for each
/// candidate `v_k − ub_k·y_k ≤ 0` and `v_k − lb_k·y_k ≥ 0` (big-M switches whose M is the
/// candidate's own clamped bound, so y_k = 0 closes it); `Σ y ≤ maximumSteps`; and one
/// integer cut `Σ_{k∈S} y_k ≤ |S| − 1` per pathway S already found, which forbids S and
/// every superset of it. Objective: minimise Σ y.
struct PredictionProblem: Sendable {
    /// The chassis extended with every candidate and the demand.
    let model: Model
    /// The candidate reactions' columns in `model`, in candidate order.
    let candidateColumns: [Int]
    /// The MILP without integer cuts.
    private(set) var program: LinearProgram

    /// The binary column of candidate `k`.
    func switchColumn(_ candidate: Int) -> Int { model.reactions.count + candidate }

    /// Builds the MILP over `host` (which already holds the demand reaction `demand`) and `candidates`.
    init(
        host: Model, candidates: [Reaction], newMetabolites: [Metabolite], demand: String, minimumProduction: Double,
        maximumSteps: Int
    ) throws(PredictionError) {
        do {
            model = try host.adding(metabolites: newMetabolites, reactions: candidates)
        } catch {
            throw .model(error)
        }
        candidateColumns = Array(host.reactions.count..<(host.reactions.count + candidates.count))
        var program = model.linearProgram(objective: Objective(sense: .minimize))
        if let column = model.index(ofReaction: demand) {
            program.columns[column].lower = minimumProduction
            program.columns[column].upper = max(program.columns[column].upper, minimumProduction)
        }
        var switches: [(column: Int, value: Double)] = []
        for (position, column) in candidateColumns.enumerated() {
            let reaction = model.reactions[column]
            let y = program.addBinaryColumn(name: "y_\(reaction.id)", objective: 1)
            switches.append((y, 1))
            if reaction.upperBound > 0 {
                program.addRow(name: "on_ub_\(position)", lower: -.infinity, upper: 0, coefficients: [(column, 1), (y, -reaction.upperBound)])
            }
            if reaction.lowerBound < 0 {
                program.addRow(name: "on_lb_\(position)", lower: 0, upper: .infinity, coefficients: [(column, 1), (y, -reaction.lowerBound)])
            }
        }
        program.addRow(name: "max_steps", lower: -.infinity, upper: Double(maximumSteps), coefficients: switches)
        self.program = program
    }

    /// Forbids the candidate set `chosen` (positions in the candidate list) and its supersets.
    mutating func exclude(_ chosen: [Int]) {
        guard !chosen.isEmpty else { return }
        program.addRow(
            name: "cut_\(program.rows.count)", lower: -.infinity, upper: Double(chosen.count - 1),
            coefficients: chosen.map { (switchColumn($0), 1) })
    }

    /// What one solve found.
    enum Outcome: Sendable {
        /// A reaction set (candidate positions); `proven` when it is a proven optimum.
        case found([Int], proven: Bool)
        /// No set of at most `maximumSteps` reactions that avoids the cuts makes the product.
        case exhausted
        /// Time ran out with nothing found; `bound` is the proven minimum length, if known.
        case timeLimit(bound: Double?)
    }

    /// Solves the MILP within `settings.timeLimit`.
    func solve(settings: SolverSettings) throws(PredictionError) -> Outcome {
        let solution: LPSolution
        do {
            solution = try GLPKSolver().solveReportingStatus(program, settings: settings)
        } catch {
            throw .solver(error)
        }
        let values: [Double]
        let proven: Bool
        switch solution.status {
        case .optimal:
            values = solution.primal
            proven = true
        case .timeLimit, .iterationLimit:
            guard let incumbent = solution.mip?.incumbent, !incumbent.isEmpty else {
                return .timeLimit(bound: solution.mip?.bestBound)
            }
            values = incumbent
            proven = false
        case .infeasible:
            return .exhausted
        case .unbounded, .numericalFailure, .undefined:
            throw .solver(.numericalFailure(solution.log.joined(separator: "; ")))
        }
        let chosen = candidateColumns.indices.filter { values[switchColumn($0)] > 0.5 }
        return .found(chosen, proven: proven)
    }
}
