import Foundation
import MetaPlugin

/// Checks a plan against the plugins and the model files and prepares it to run.
///
/// Every problem is collected before any is reported: unknown chassis, pathways, substrates and
/// scorers, substrates a chassis does not offer or whose exchange its model lacks, aerations it
/// cannot grow under, unreadable model files. Each chassis model is loaded here, once, and set
/// up for every feed and aeration; the run shares these models read-only.
enum PlanResolver {
    /// The prepared plan, or every problem found in it (`known` ones from reading first).
    ///
    /// - Complexity: one model read per chassis (in parallel) and one set-up per chassis × feed × aeration.
    static func resolve(_ plan: BatchPlan, registry: PluginRegistry, known: [PlanProblem] = []) throws(PlanError) -> any PreparedBatch {
        var problems = ProblemList(file: plan.file)
        for problem in known { problems.add(problem.line, problem.message) }
        let chassis = loadChassis(plan, registry: registry, problems: &problems)
        let scorers = plan.scorers.compactMap { entry -> (any EnzymeScorer)? in
            do throws(PluginRegistryError) {
                return try registry.scorer(id: entry.value)
            } catch {
                problems.add(entry.line, error.description)
                return nil
            }
        }
        let conditions = setUp(plan, chassis: chassis, problems: &problems)
        guard let evaluation = BatchEvaluations.named(plan.evaluation.value, registry: registry) else {
            problems.add(plan.evaluation.line, "unknown evaluation '\(plan.evaluation.value)'; available: "
                + BatchEvaluations.all.map(\.id).joined(separator: ", "))
            throw PlanError(problems: problems.items)
        }
        return try finish(plan, evaluation: evaluation, chassis: chassis, scorers: scorers, conditions: conditions,
                          problems: problems)
    }

    /// Resolves the targets with `evaluation` and checks each against every chassis.
    private static func finish<E: BatchEvaluation>(
        _ plan: BatchPlan, evaluation: E, chassis: [ResolvedChassis], scorers: [any EnzymeScorer],
        conditions: [ConditionSetUp], problems: ProblemList
    ) throws(PlanError) -> any PreparedBatch {
        var problems = problems
        var targets: [BatchTarget<E.Target>] = []
        var seen: [String: Int] = [:]
        for entry in plan.pathways {
            do throws(EvaluationFailure) {
                for target in try evaluation.targets(for: entry.value) {
                    if let first = seen[target.id] {
                        problems.add(entry.line, "pathway '\(target.id)' is already listed (line \(first))")
                        continue
                    }
                    seen[target.id] = entry.line
                    targets.append(target)
                    for host in chassis {
                        if let problem = evaluation.problem(with: target, in: host) {
                            problems.add(entry.line, "chassis '\(host.id)': \(problem)")
                        }
                    }
                }
            } catch {
                problems.add(entry.line, error.message)
            }
        }
        guard problems.items.isEmpty else { throw PlanError(problems: problems.items) }
        return ResolvedPlan(plan: plan, evaluation: evaluation.prepared(for: chassis), chassis: chassis, targets: targets,
                            scorers: scorers, conditions: conditions)
    }

    /// Each chassis with its model loaded; problems for unknown ids and unreadable models.
    private static func loadChassis(_ plan: BatchPlan, registry: PluginRegistry, problems: inout ProblemList) -> [ResolvedChassis] {
        let plugins: [(entry: Located<ChassisEntry>, plugin: any ChassisPlugin)] = plan.chassis.compactMap { entry in
            do throws(PluginRegistryError) {
                switch entry.value {
                case .plugin(let id):
                    return (entry, try registry.chassis(id: id))
                case .modelFile(let spec):
                    return (entry, ModelFileChassis(spec, like: try spec.like.map { id throws(PluginRegistryError) in try registry.chassis(id: id) }))
                }
            } catch {
                problems.add(entry.line, error.description)
                return nil
            }
        }
        let loaded = concurrentMap(plugins) { item in Result { () throws(ChassisError) in try load(item.plugin, entry: item.entry.value) } }
        var chassis: [ResolvedChassis] = []
        for (item, result) in zip(plugins, loaded) {
            switch result {
            case .success(let resolved): chassis.append(resolved)
            case .failure(let error): problems.add(item.entry.line, error.description)
            }
        }
        return chassis
    }

    private static func load(_ plugin: any ChassisPlugin, entry: ChassisEntry) throws(ChassisError) -> ResolvedChassis {
        let model = try plugin.loadModel()
        let path: String? = switch entry {
        case .modelFile(let spec): spec.path
        case .plugin: try? ShippedModels.path(of: plugin.profile.modelFile)
        }
        let source = switch entry {
        case .modelFile(let spec): spec.path
        case .plugin(let id): "plugin \(id) \(plugin.descriptor.version) (\(plugin.profile.modelFile))"
        }
        let identity = switch entry {
        case .modelFile(let spec):
            "model file \((spec.path as NSString).lastPathComponent)" + (spec.like.map { " like \($0)" } ?? "")
                + spec.substrates.sorted { $0.key < $1.key }.map { " \($0.key)=\($0.value)" }.joined()
                + (spec.oxygen.map { " oxygen=\($0)" } ?? "")
        case .plugin(let id): "plugin \(id) \(plugin.descriptor.version)"
        }
        return ResolvedChassis(id: entry.id, plugin: plugin, source: source, identity: identity,
                               modelSHA256: path.flatMap { try? SHA256.hex(ofFile: $0) }, model: model)
    }

    /// Every chassis set up for every feed and aeration, in chassis-major order. A feed or
    /// aeration a chassis cannot take is a plan problem, or, with `unsupported: skip`, a set-up
    /// whose combinations become `skipped` records.
    private static func setUp(_ plan: BatchPlan, chassis: [ResolvedChassis], problems: inout ProblemList) -> [ConditionSetUp] {
        let skip = plan.settings.skipUnsupported
        var conditions: [ConditionSetUp] = []
        for host in chassis {
            let profile = host.plugin.profile
            for feed in plan.feeds {
                var exchanges: [String] = []
                var missing: [String] = []
                for substrate in feed.value.substrates {
                    guard let known = profile.substrate(named: substrate.name) else {
                        missing.append("chassis '\(host.id)' has no substrate '\(substrate.name)'; it has "
                            + profile.substrates.map(\.name).joined(separator: ", "))
                        continue
                    }
                    guard host.model.index(ofReaction: known.exchange) != nil else {
                        missing.append("chassis '\(host.id)': its model has no exchange \(known.exchange) for '\(substrate.name)'")
                        continue
                    }
                    exchanges.append(known.exchange)
                }
                for aeration in plan.aerations {
                    let condition = ChassisCondition(substrates: feed.value.substrates, aeration: aeration.value)
                    func skipped(_ reason: String) -> ConditionSetUp {
                        ConditionSetUp(chassis: host.id, feed: feed.value.name, aeration: aeration.value, exchanges: exchanges,
                                       condition: condition, model: host.model, unsupported: reason)
                    }
                    if !missing.isEmpty {
                        if skip { conditions.append(skipped(missing.joined(separator: "; "))) }
                        for reason in missing where !skip { problems.add(feed.line, reason) }
                        continue
                    }
                    do throws(ChassisError) {
                        let model = try host.plugin.configure(host.model, for: condition)
                        conditions.append(ConditionSetUp(chassis: host.id, feed: feed.value.name, aeration: aeration.value,
                                                         exchanges: exchanges, condition: condition, model: model))
                    } catch {
                        let message = ChassisError(chassis: host.id, kind: error.kind).description
                        if skip {
                            conditions.append(skipped(message))
                        } else if case .unsupportedAeration = error.kind {
                            problems.add(aeration.line, message)
                        } else {
                            problems.add(feed.line, message)
                        }
                    }
                }
            }
        }
        return conditions
    }
}

/// A chassis model set up for one feed and aeration.
struct ConditionSetUp: Sendable {
    /// The chassis id.
    var chassis: String
    /// The feed's name.
    var feed: String
    /// The aeration.
    var aeration: Aeration
    /// The feed's exchange reactions in this model.
    var exchanges: [String]
    /// The condition the model was set up for.
    var condition: ChassisCondition
    /// The model with the medium, substrates and aeration applied (the unchanged model when unsupported).
    var model: Model
    /// Why the chassis cannot take this feed or aeration (`unsupported: skip`); `nil` when it can.
    var unsupported: String? = nil
}

/// Plan problems, each reported once.
struct ProblemList {
    /// The plan file.
    let file: String
    /// The problems in the order found.
    private(set) var items: [PlanProblem] = []

    /// A list for `file`.
    init(file: String) { self.file = file }

    /// Adds a problem at `line`, unless the same one is already there.
    mutating func add(_ line: Int, _ message: String) {
        let problem = PlanProblem(file: file, line: line, message: message)
        if !items.contains(problem) { items.append(problem) }
    }
}
