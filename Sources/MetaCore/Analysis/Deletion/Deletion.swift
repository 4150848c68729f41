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
/// The LPs run on the `CompressedNetwork`, where closing a reaction closes its lump. The
/// wild type is solved once; each worker thread restores its basis into its own GLPK
/// problem and, for every deletion, closes the affected lumps, re-solves with the dual
/// simplex from the wild-type basis, and reopens them. A deletion is not solved when:
/// - it closes no lump (only blocked reactions), or only lumps with zero flux in the
///   wild-type optimum: the wild-type solution stays feasible and the feasible set only
///   shrank, so the optimum is the wild type's;
/// - another deletion closes exactly the same lumps (subunits of one complex, enzymes of
///   one linear pathway, a gene pair and one of its genes): the LP is the same, so it is
///   solved once.
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
        try model.checkObjective(objective)
        let settings = CompressedNetwork.settings(settings)
        let network = CompressedNetwork(model: model)
        let program = network.linearProgram(objective: objective, model: model)
        let wildType = try WarmStart(program, settings: settings)
        guard wildType.solution.status == .optimal, let growth = wildType.solution.objectiveValue else {
            throw wildType.solution.status == .unbounded ? .unbounded : .infeasible
        }
        let sets: [[String]] = double
            ? candidates.indices.flatMap { i in candidates[(i + 1)...].map { [candidates[i], $0] } }
            : candidates.map { [$0] }
        let plan = DeletionPlan(sets: sets, closer: ReactionCloser(model: model, target: target), network: network,
                                wildTypeFluxes: wildType.solution.primal)
        progress?(sets.count - plan.solvedDeletionCount)
        let lps = plan.closedSets
        let basis = wildType.basis
        let optima = try runInParallel(count: lps.count, jobs: jobs) { (slice) throws(SolverError) in
            let worker = try DeletionWorker(program: program, settings: settings, basis: basis)
            var results: [(growth: Double?, status: SolverStatus)] = []
            results.reserveCapacity(slice.count)
            for index in slice {
                results.append(try worker.optimum(closing: lps[index]))
                progress?(plan.sharing[index])
            }
            return results
        }
        let outcomes = sets.indices.map { position in
            guard let lp = plan.lpOfDeletion[position] else {
                return DeletionOutcome(ids: sets[position], growth: growth, status: .optimal, solved: false)
            }
            return DeletionOutcome(ids: sets[position], growth: optima[lp].growth, status: optima[lp].status, solved: true)
        }
        return DeletionStudy(target: target, double: double, wildTypeGrowth: growth, outcomes: outcomes, lpCount: lps.count)
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
