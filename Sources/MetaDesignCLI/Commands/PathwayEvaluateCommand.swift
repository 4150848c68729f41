import ArgumentParser
import Foundation
import MetaCore
import MetaPlugin

/// `metadesign pathway evaluate`.
struct PathwayEvaluateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Insert a pathway into a chassis and compute its yields, growth coupling, envelope and limiting cofactors.",
        discussion: """
            Maximum theoretical yield: substrate uptake fixed at its bound, growth free, ATP
            maintenance kept. Without --substrate a chassis uses the route's first listed substrate
            (its `substrates` in the file) when the chassis has it, else its default substrate. Maximum achievable yield: growth at least --growth-fraction of its
            maximum. Yields in mol/mol, C-mol/C-mol and g/g.
            Examples:
              metadesign pathway evaluate --chassis ecoli --pathway bdo_yim2011 --substrate glucose --aeration aerobic
              metadesign pathway evaluate --chassis ecoli --pathway succ_native --aeration anaerobic --format json
              metadesign pathway evaluate models/e_coli_core.xml.gz --pathway-file my.yaml --substrate EX_glc__D_e
            Exits with status 2 when the model is infeasible, 1 when the pathway cannot be inserted.
            """
    )

    @OptionGroup var model: ModelOptions
    @OptionGroup var edits: EditOptions
    @OptionGroup var pathways: PathwayOptions

    @Option(name: .long, help: "Growth must be at least this fraction (0…1) of its maximum for the achievable yield.")
    var growthFraction = 0.1

    @Option(name: .long, help: ArgumentHelp("The growth reaction (default: the chassis' biomass reaction or the model objective).", valueName: "RXN"))
    var growth: String?

    @Option(name: .long, help: "Points of the production envelope (0 leaves it out).")
    var points = 10

    @Flag(name: .long, help: "Also run the free-lunch check.")
    var check = false

    @OptionGroup var solver: SolverOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard (0...1).contains(growthFraction) else {
            throw ValidationError("--growth-fraction must be between 0 and 1 (0.1 means growth ≥ 10% of its maximum)")
        }
        guard (0...10_000).contains(points) else { throw ValidationError("--points must be between 0 and 10000") }
    }

    func run() throws {
        let pathway = try pathways.single()
        var model = self.model
        // Without --substrate, a chassis evaluates the route on the substrate it names first (glycerol for 1,3-PDO).
        if let chassis = model.chassis, model.substrate.isEmpty, let hint = pathway.substrates.first,
           try PluginHost.registry.chassis(id: chassis).profile.substrate(named: hint) != nil {
            model.substrate = [hint]
        }
        let loaded = try edits.apply(to: model.load().model)
        let exchanges = try model.substrateExchanges()
        guard exchanges.count == 1, let exchange = exchanges.first else {
            throw ValidationError("evaluate needs exactly one --substrate (a substrate name with --chassis, else an exchange id)")
        }
        var options = PathwayEvaluation.Options()
        options.growthFraction = growthFraction
        options.growthReaction = growth
        options.envelopePoints = points
        options.checkFreeLunch = check
        options.settings = solver.settings
        var labels = PathwayEvaluation.Labels(chassis: model.model.map { ($0 as NSString).lastPathComponent } ?? loaded.id, substrate: exchange)
        if let id = model.chassis {
            let profile = try PluginHost.registry.chassis(id: id).profile
            options.growthReaction = options.growthReaction ?? profile.biomassReaction
            if let substrate = profile.substrates.first(where: { $0.exchange == exchange }) {
                options = profile.evaluationOptions(for: substrate, base: options)
                labels.substrate = substrate.name
            }
            // The condition `model.load()` built: the chassis' natural one when --aeration is absent.
            let aeration = model.aeration ?? profile.naturalAeration
            labels = PathwayEvaluation.Labels(chassis: id, substrate: labels.substrate, aeration: aeration.rawValue)
        }
        // The chassis set-up compressed around what routes touch, as a batch evaluates it.
        let table = try pathways.table()
        let index = ChassisIndex(loaded)
        let compression = SetUpCompression(
            setUp: loaded, base: EvaluationFootprint(table: table, model: loaded, index: index), settings: options.settings)
        let result = PathwayEvaluation.evaluate(pathway, in: loaded, substrate: exchange, labels: labels, options: options,
                                                table: table, index: index, compression: compression)
        try output.emit(table: result.table(), json: result.json(), csv: result.csv())
        switch result.status {
        case .optimal, .noProduction: return
        case .infeasible: throw ExitCode(2)
        case .unresolvedMetabolites, .invalid, .solverFailure: throw ExitCode(1)
        }
    }
}
