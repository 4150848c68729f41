import ArgumentParser
import Foundation
import MetaCore
import MetaPlugin

/// `metadesign pathway rank`: every route to a product in every chassis, evaluated, scored and
/// ranked by a transparent weighted composite.
struct PathwayRankCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rank",
        abstract: "Rank every route to a product across chassis: yields, protein cost, driving force, host fit and steps, all shown.",
        discussion: """
            Each (chassis, route) pair is evaluated (yields as `pathway evaluate`) and scored by every
            registered scorer. Each component is min–max normalised across the pairs (0 worst, 1 best)
            and the score is the weighted mean of the known components; unknown ones are shown as —
            and left out of that pair's mean. Pairs that cannot be evaluated are listed with their status.
            Weight keys: max_theoretical_yield (yield), max_achievable_yield (achievable), carbon_yield,
            protein_cost (protein, cost), rate_under_budget, mdf, host_fit (host), heterologous_steps (steps).
            Examples:
              metadesign pathway rank --product succ --aeration anaerobic
              metadesign pathway rank --product 13ppd --chassis ecoli,yeast --weights yield=1,mdf=1,steps=0
            """
    )

    @Option(name: .long, help: ArgumentHelp("The product: a metabolite id (succ) or name (succinate).", valueName: "X"))
    var product: String

    @Option(name: .long, help: ArgumentHelp("Chassis ids, comma-separated (default: every chassis).", valueName: "a,b,…"))
    var chassis: String?

    @Option(name: .long, help: ArgumentHelp("Carbon source (a chassis substrate name).", valueName: "S"))
    var substrate = "glucose"

    @Option(name: .long, help: ArgumentHelp("Aeration: aerobic, microaerobic or anaerobic.", valueName: "A"))
    var aeration: Aeration = .aerobic

    @Option(name: .long, help: ArgumentHelp("Weights over the defaults, e.g. yield=1,mdf=0.5,steps=0.", valueName: "K=W,…"))
    var weights: String?

    @Option(name: .long, help: ArgumentHelp("Pathway-enzyme protein budget in g/gDW (default 0.0275).", valueName: "G"))
    var budget: Double?

    @OptionGroup var output: OutputOptions

    func validate() throws {
        if let budget, !(budget > 0 && budget.isFinite) { throw ValidationError("--budget must be a positive number of g/gDW") }
        if let weights, PathwayRanking.weights(parsing: weights) == nil {
            throw ValidationError("--weights '\(weights)': expected key=weight,… with weights ≥ 0 (e.g. yield=1,mdf=0.5)")
        }
    }

    func run() throws {
        let registry = try PluginHost.registry
        let wanted = product.lowercased()
        let routes = try registry.allPathways().map(\.pathway).filter {
            $0.product.id.lowercased() == wanted || $0.product.name.lowercased() == wanted
        }
        guard !routes.isEmpty else {
            let products = Set(try registry.allPathways().map(\.pathway.product.id)).sorted()
            throw ValidationError("no route makes '\(product)'; products: \(products.joined(separator: ", "))")
        }
        let plugins = try chassis.map { list in
            try list.split(separator: ",").map { try registry.chassis(id: $0.trimmingCharacters(in: .whitespaces)) }
        } ?? registry.chassis
        let condition = ChassisCondition(substrate: substrate, aeration: aeration)
        let scoring = PairScoring(scorers: registry.scorers, table: try registry.metaboliteTable(), condition: condition,
                                  settings: budget.map { ["budget": $0] } ?? [:])
        var candidates: [PathwayRanking.Candidate] = []
        var skipped: [PathwayRankReport.Skipped] = []
        for plugin in plugins {
            let outcome = scoring.score(routes, in: plugin)
            candidates += outcome.candidates
            skipped += outcome.skipped
        }
        let weights = weights.flatMap(PathwayRanking.weights(parsing:)) ?? PathwayRanking.defaultWeights
        let report = PathwayRankReport(product: product, condition: condition, weights: weights,
                                       ranked: PathwayRanking.rank(candidates, weights: weights), skipped: skipped)
        try output.emit(table: report.table(), json: report.json(), csv: report.csv())
    }
}

/// Evaluates and scores routes in one chassis, loading its model once.
struct PairScoring {
    let scorers: [any EnzymeScorer]
    let table: MetaboliteTable
    let condition: ChassisCondition
    let settings: [String: Double]

    func score(_ routes: [Pathway], in plugin: any ChassisPlugin) -> (candidates: [PathwayRanking.Candidate], skipped: [PathwayRankReport.Skipped]) {
        let evaluator: PathwayEvaluator
        do {
            evaluator = try PathwayEvaluator(chassis: plugin, table: table)
        } catch {
            return ([], routes.map { .init(chassis: plugin.id, pathway: $0.id, status: "model_unavailable", message: error.description) })
        }
        var candidates: [PathwayRanking.Candidate] = []
        var skipped: [PathwayRankReport.Skipped] = []
        for route in routes {
            let evaluation = evaluator.evaluate(route, condition: condition)
            guard evaluation.status == .optimal else {
                skipped.append(.init(chassis: plugin.id, pathway: route.id, status: evaluation.status.rawValue, message: evaluation.message ?? ""))
                continue
            }
            do {
                let configured = try plugin.configure(evaluator.model, for: condition)
                let input = try ScoringInput.inserting(route, into: configured, chassis: plugin.profile, condition: condition,
                                                       settings: settings, table: table)
                let run = ScoringRun(scorers: scorers, input: input)
                let metrics = [
                    PathwayRanking.Metric(key: "max_theoretical_yield", value: evaluation.maxTheoretical?.molar, higherIsBetter: true),
                    PathwayRanking.Metric(key: "max_achievable_yield", value: evaluation.maxAchievable?.molar, higherIsBetter: true),
                    PathwayRanking.Metric(key: "carbon_yield", value: evaluation.maxTheoretical?.carbon, higherIsBetter: true),
                    PathwayRanking.Metric(key: "heterologous_steps", value: Double(evaluation.heterologousSteps), higherIsBetter: false),
                ] + run.metrics
                let notes = run.cards.flatMap { card in card.notes.map { "\(card.scorer): \($0)" } }
                    + run.failures.map { "\($0.scorer) failed: \($0.message)" }
                candidates.append(.init(chassis: plugin.id, pathway: route.id, metrics: metrics, notes: notes))
            } catch {
                skipped.append(.init(chassis: plugin.id, pathway: route.id, status: "not_scored", message: "\(error)"))
            }
        }
        return (candidates, skipped)
    }
}
