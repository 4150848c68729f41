import ArgumentParser
import EnzymeScorers
import Foundation
import MetaCore
import MetaPlugin

/// `metadesign enzyme score`: the enzyme scorers on one route in one chassis.
struct EnzymeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "enzyme",
        abstract: "Score a pathway's enzymes: protein cost under a budget, driving force, host fit, candidate enzymes.",
        subcommands: [EnzymeScoreCommand.self],
        defaultSubcommand: EnzymeScoreCommand.self
    )
}

/// `metadesign enzyme score`.
struct EnzymeScoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score",
        abstract: "Run every registered scorer on a pathway inserted into a chassis and show each component.",
        discussion: """
            Each component is printed with its value, unit, direction and meaning, then the scorers'
            notes and the route's enzymes (kcat, MW, cost MW/(3600·kcat), flux and protein at the
            budget-limited optimum, growth ≥ 10% of its maximum).
            Examples:
              metadesign enzyme score --chassis ecoli --pathway cad_ldc
              metadesign enzyme score --chassis ecoli --pathway bdo_yim2011 --budget 0.05 --format json
              metadesign enzyme score --chassis ecoli --pathway bdo_yim2011 --candidates examples/enzymes/bdo_candidates.yaml
            """
    )

    @Option(name: .long, help: ArgumentHelp("The chassis (see `metadesign chassis list`).", valueName: "ID"))
    var chassis: String

    @Option(name: .long, help: ArgumentHelp("The pathway id (see `metadesign pathway list`).", valueName: "ID"))
    var pathway: String

    @Option(name: .long, help: ArgumentHelp("Carbon source: a chassis substrate name (default: the chassis' default).", valueName: "S"))
    var substrate: String?

    @Option(name: .long, help: ArgumentHelp("Aeration: aerobic, microaerobic or anaerobic (default: the chassis' first).", valueName: "A"))
    var aeration: Aeration?

    @Option(name: .long, help: ArgumentHelp("Pathway-enzyme protein budget in g/gDW (default 0.0275).", valueName: "G"))
    var budget: Double?

    @Option(name: .long, help: ArgumentHelp("Candidate enzymes per step (YAML, see docs/EnzymeCandidates.md).", valueName: "FILE"))
    var candidates: String?

    @OptionGroup var output: OutputOptions

    func validate() throws {
        if let budget, !(budget > 0 && budget.isFinite) {
            throw ValidationError("--budget must be a positive number of g enzyme per gDW (e.g. 0.0275)")
        }
    }

    func run() throws {
        let registry = try PluginHost.registry
        let plugin = try registry.chassis(id: chassis)
        let route = try registry.pathway(id: pathway)
        let condition = ChassisCondition(substrate: substrate ?? plugin.profile.defaultSubstrate, aeration: aeration ?? plugin.profile.naturalAeration)
        let model = try plugin.model(for: condition)
        var settings: [String: Double] = [:]
        if let budget { settings["budget"] = budget }
        let input = try ScoringInput.inserting(route, into: model, chassis: plugin.profile, condition: condition, settings: settings,
                                               table: registry.metaboliteTable())
        let budgetResult = try ProteinCostScorer.analyse(input)
        var report = EnzymeScoreReport(
            chassis: chassis, pathway: pathway, condition: condition, budget: budget ?? ProteinCostScorer.defaultBudget,
            run: ScoringRun(scorers: registry.scorers, input: input), steps: Self.steps(input, result: budgetResult))
        if output.format == .json, let budgetResult {
            report.budgetProblem = try Self.problem(input, result: budgetResult, modelFile: plugin.profile.modelFile)
        }
        if let candidates {
            var comparison = CandidateComparison(file: try EnzymeCandidateReader.read(path: candidates), pathway: route, aeration: condition.aeration)
            let cost = ProteinCostScorer()
            comparison.baseline = try cost.score(input)
            var improved = input
            improved.pathway = comparison.improving(route)
            comparison.best = try cost.score(improved)
            report.candidates = comparison
        }
        try output.emit(table: report.table(), json: report.json(), csv: report.csv())
    }

    /// The enzyme rows: every step with its first kinetically described enzyme, with flux and
    /// protein from the budget LP when it solved.
    static func steps(_ input: ScoringInput, result: EnzymeBudgetResult?) -> [EnzymeScoreReport.Step] {
        let atOptimum = Dictionary((result?.status == .optimal ? result?.steps ?? [] : []).map { ($0.reaction, $0) }) { first, _ in first }
        return input.pathway.reactions.map { reaction in
            let enzyme = reaction.enzymes.first { $0.kcat != nil && $0.molecularWeight != nil } ?? reaction.enzymes.first
            let modelReaction = input.modelReaction(forStep: reaction.id)
            let solved = atOptimum[modelReaction]
            return EnzymeScoreReport.Step(
                step: reaction.id, reaction: modelReaction, enzyme: enzyme?.label ?? "—", kcat: enzyme?.kcat,
                molecularWeight: enzyme?.molecularWeight, flux: solved?.flux, protein: solved?.protein)
        }
    }

    /// The budget LP as data, against the model file as read (for `bench/enzyme_budget_cobra.py`).
    static func problem(_ input: ScoringInput, result: EnzymeBudgetResult, modelFile: String) throws -> EnzymeBudgetProblem {
        let base = try ModelIO.read(path: try ShippedModels.path(of: modelFile)).model
        return EnzymeBudgetProblem(
            base: base, modelFile: modelFile, scored: input.model, enzymes: ProteinCostScorer.capacities(for: input),
            growthFraction: input.settings["growth_fraction"] ?? ProteinCostScorer.defaultGrowthFraction, result: result)
    }
}
