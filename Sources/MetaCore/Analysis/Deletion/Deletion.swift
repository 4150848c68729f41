/// What a deletion study knocks out.
public enum DeletionTarget: String, Sendable, CaseIterable {
    /// Genes: a reaction is closed when its GPR becomes false.
    case genes
    /// Reactions, closed directly.
    case reactions
}

/// Single and double gene or reaction deletions (COBRApy's `single_gene_deletion`,
/// `double_gene_deletion`, `single_reaction_deletion`, `double_reaction_deletion`).
///
/// Each worker thread solves the wild type once, keeps that basis, and for every deletion
/// closes the affected reactions, re-solves with the dual simplex from the wild-type basis,
/// and reopens them. A deletion that closes no reaction, or only reactions with zero flux in
/// the wild-type optimum, is not solved: the wild-type solution stays feasible and the
/// feasible set only shrank, so the optimum is the wild type's.
public enum Deletion {
    /// Runs single (or, with `double`, all pairwise) deletions of `ids` (default: every gene
    /// or reaction of the model), optimising `objective` (default: the model's).
    ///
    /// - Parameter progress: called with the number of deletions just finished, from worker threads.
    /// - Throws: `.invalidProblem` for an unknown id; `.infeasible`/`.unbounded` when the wild
    ///   type itself has no optimum; the solver's errors for an LP no fallback could solve.
    public static func run(
        _ model: Model, target: DeletionTarget, ids: [String]? = nil, double: Bool = false,
        objective: Objective? = nil, settings: SolverSettings = SolverSettings(), jobs: Int = defaultJobCount,
        progress: (@Sendable (Int) -> Void)? = nil
    ) throws(SolverError) -> DeletionStudy {
        let objective = objective ?? model.objective
        let candidates = try resolve(ids, target: target, in: model)
        let wildType = try FBA.optimize(model, objective: objective, settings: settings)
        guard wildType.status == .optimal, let growth = wildType.objectiveValue else {
            throw wildType.status == .unbounded ? .unbounded : .infeasible
        }
        let sets: [[String]] = double
            ? candidates.indices.flatMap { i in candidates[(i + 1)...].map { [candidates[i], $0] } }
            : candidates.map { [$0] }
        let closer = ReactionCloser(model: model, target: target)
        let program = model.linearProgram(objective: objective)
        let wildTypeFluxes = wildType.fluxes
        let outcomes = try runInParallel(count: sets.count, jobs: jobs) { (slice) throws(SolverError) in
            var worker: DeletionWorker?
            var results: [DeletionOutcome] = []
            results.reserveCapacity(slice.count)
            for index in slice {
                let closed = closer.columns(closedBy: sets[index])
                if closed.allSatisfy({ abs(wildTypeFluxes[$0]) <= 1e-12 }) {
                    results.append(DeletionOutcome(ids: sets[index], growth: growth, status: .optimal, solved: false))
                } else {
                    if worker == nil { worker = try DeletionWorker(program: program, settings: settings) }
                    results.append(try worker?.outcome(ids: sets[index], closing: closed)
                        ?? DeletionOutcome(ids: sets[index], growth: nil, status: .undefined, solved: false))
                }
                progress?(1)
            }
            return results
        }
        return DeletionStudy(target: target, double: double, wildTypeGrowth: growth, outcomes: outcomes)
    }

    private static func resolve(_ ids: [String]?, target: DeletionTarget, in model: Model) throws(SolverError) -> [String] {
        switch target {
        case .genes:
            guard let ids else { return model.genes.map(\.id) }
            for id in ids where model.index(ofGene: id) == nil { throw .invalidProblem("no gene '\(id)' in the model") }
            return ids
        case .reactions:
            guard let ids else { return model.reactions.map(\.id) }
            for id in ids where model.index(ofReaction: id) == nil { throw .invalidProblem("no reaction '\(id)' in the model") }
            return ids
        }
    }
}

/// Finds the reaction columns a set of knocked-out genes or reactions closes.
struct ReactionCloser: Sendable {
    let target: DeletionTarget
    let reactionIndex: [String: Int]
    let rules: [GPR?]
    /// Gene id → the reactions whose rule mentions it.
    let reactionsOfGene: [String: [Int]]

    init(model: Model, target: DeletionTarget) {
        self.target = target
        var index: [String: Int] = [:]
        for (position, reaction) in model.reactions.enumerated() { index[reaction.id] = position }
        reactionIndex = index
        rules = model.reactions.map(\.gpr)
        var byGene: [String: [Int]] = [:]
        for (position, rule) in rules.enumerated() {
            for gene in rule?.genes ?? [] { byGene[gene, default: []].append(position) }
        }
        reactionsOfGene = byGene
    }

    /// The columns closed when all of `ids` are knocked out together.
    func columns(closedBy ids: [String]) -> [Int] {
        switch target {
        case .reactions:
            return ids.compactMap { reactionIndex[$0] }
        case .genes:
            let knockedOut = Set(ids)
            var touched = Set<Int>()
            for gene in ids { touched.formUnion(reactionsOfGene[gene] ?? []) }
            return touched.sorted().filter { rules[$0]?.isActive(knockedOut: knockedOut) == false }
        }
    }
}

/// One worker's GLPK session, holding the wild-type basis to restart every deletion from.
private struct DeletionWorker {
    let session: GLPKSession
    let basis: GLPKBasis
    let bounds: [(Double, Double)]

    init(program: LinearProgram, settings: SolverSettings) throws(SolverError) {
        session = try GLPKSession(program, settings: settings)
        _ = try session.solve()
        basis = try session.saveBasis()
        bounds = program.columns.map { ($0.lower, $0.upper) }
    }

    func outcome(ids: [String], closing columns: [Int]) throws(SolverError) -> DeletionOutcome {
        for column in columns { try session.setColumnBounds(column, lower: 0, upper: 0) }
        defer {
            for column in columns { try? session.setColumnBounds(column, lower: bounds[column].0, upper: bounds[column].1) }
        }
        try session.restoreBasis(basis)
        let solution = try session.solveReportingStatus(method: .dual)
        let growth = solution.status == .optimal ? solution.objectiveValue : nil
        return DeletionOutcome(ids: ids, growth: growth, status: solution.status, solved: true)
    }
}
