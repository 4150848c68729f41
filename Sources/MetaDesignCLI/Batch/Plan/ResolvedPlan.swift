import MetaPlugin

/// A checked plan, ready to run: chassis models loaded and set up, targets resolved.
///
/// Combinations are numbered in canonical order, chassis-major: chassis, then pathway, then
/// feed, then aeration, each in plan order, so index `i` means the same combination in every
/// run, shard and resume of the same plan.
struct ResolvedPlan<Evaluation: BatchEvaluation>: Sendable {
    /// The plan as read.
    let plan: BatchPlan
    /// The evaluation run for every combination.
    let evaluation: Evaluation
    /// The chassis, in plan order.
    let chassis: [ResolvedChassis]
    /// The targets, in plan order.
    let targets: [BatchTarget<Evaluation.Target>]
    /// The scorers run on every evaluated combination.
    let scorers: [any EnzymeScorer]
    /// Every chassis × feed × aeration set-up, chassis-major.
    let conditions: [ConditionSetUp]
    /// The sha256 of the plan's content (see ``PlanFingerprint``).
    let hash: String

    /// A resolved plan from its parts; computes the plan hash.
    init(plan: BatchPlan, evaluation: Evaluation, chassis: [ResolvedChassis], targets: [BatchTarget<Evaluation.Target>],
         scorers: [any EnzymeScorer], conditions: [ConditionSetUp]) {
        self.plan = plan
        self.evaluation = evaluation
        self.chassis = chassis
        self.targets = targets
        self.scorers = scorers
        self.conditions = conditions
        hash = PlanFingerprint(plan: plan, evaluation: Evaluation.id, chassis: chassis,
                               targets: targets.map { ($0.id, $0.fingerprint) }).sha256
    }

    /// The number of combinations.
    var total: Int { chassis.count * targets.count * plan.feeds.count * plan.aerations.count }

    /// The combination at `index` (0 ..< `total`).
    func task(at index: Int) -> BatchTask<Evaluation.Target> {
        let (host, target, condition) = coordinates(of: index)
        let setUp = conditions[condition]
        return BatchTask(
            index: index, total: total,
            key: combinationKey(chassis: chassis[host].id, pathway: targets[target].id, substrate: setUp.feed,
                                aeration: setUp.aeration),
            chassis: chassis[host], target: targets[target], feed: Feed(name: setUp.feed, substrates: setUp.condition.substrates),
            substrateExchanges: setUp.exchanges, aeration: setUp.aeration, condition: setUp.condition, setUp: condition,
            settings: plan.settings)
    }

    /// The set-up model the combination at `index` runs on.
    func model(at index: Int) -> Model {
        conditions[coordinates(of: index).condition].model
    }

    /// The chassis × feed × aeration set-up of the combination at `index`.
    func setUp(at index: Int) -> Int { coordinates(of: index).condition }

    /// Which chassis, target and chassis × feed × aeration set-up `index` stands for.
    private func coordinates(of index: Int) -> (host: Int, target: Int, condition: Int) {
        let perHost = plan.feeds.count * plan.aerations.count
        let feedAndAeration = index % perHost
        let target = index / perHost % targets.count
        let host = index / (perHost * targets.count)
        return (host, target, host * perHost + feedAndAeration)
    }
}

/// A checked plan of any evaluation, as the commands hold it.
protocol PreparedBatch: Sendable {
    /// The plan as read.
    var plan: BatchPlan { get }
    /// The plan hash.
    var hash: String { get }
    /// The number of combinations.
    var total: Int { get }
    /// What the plan will do, in a few lines.
    var overview: String { get }
    /// Runs the combinations of `options.shard` not yet in `options.output`.
    func run(_ options: RunOptions) throws(BatchRunError) -> RunSummary
}

extension ResolvedPlan: PreparedBatch {
    /// Counts per dimension, the evaluation and the scorers.
    var overview: String {
        let scorerList = scorers.isEmpty ? "none" : scorers.map { $0.descriptor.id }.joined(separator: ", ")
        return """
            plan \(plan.file): \(total) combinations = \(chassis.count) chassis × \(targets.count) pathways × \
            \(plan.feeds.count) substrates × \(plan.aerations.count) aerations
            evaluation: \(Evaluation.id) — \(Evaluation.summary)
            scorers: \(scorerList)
            chassis: \(chassis.map { "\($0.id) (\($0.source))" }.joined(separator: ", "))
            plan sha256: \(hash)
            """
    }

    /// Runs the plan with a ``BatchRunner``.
    func run(_ options: RunOptions) throws(BatchRunError) -> RunSummary {
        try BatchRunner(plan: self, options: options).run()
    }
}
