import ArgumentParser
import MetaCore

/// `metadesign yield`: maximum theoretical yield of a product on a substrate.
struct YieldCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "yield",
        abstract: "Maximum yield of a product on a substrate (mol/mol, C-mol/C-mol, g/g), growth free or at a fraction of its maximum.",
        discussion: """
            The substrate's uptake is fixed at its uptake bound and the product's exchange maximised.
            Examples:
              metadesign yield models/e_coli_core.xml.gz --product EX_succ_e --substrate EX_glc__D_e
              metadesign yield models/e_coli_core.xml.gz --product EX_succ_e --substrate EX_glc__D_e --growth-fraction 0.1
              metadesign yield models/e_coli_core.xml.gz --product EX_succ_e --substrate EX_glc__D_e --bound EX_o2_e=0:1000
            Exits with status 2 when the model is infeasible.
            """
    )

    @OptionGroup var model: ModelOptions
    @OptionGroup var edits: EditOptions

    @Option(name: .long, help: ArgumentHelp("The product's exchange reaction.", valueName: "EX_…"))
    var product: String

    @Option(name: .long, help: "Require growth ≥ this fraction (0…1) of its maximum; default: growth free.")
    var growthFraction: Double?

    @OptionGroup var solver: SolverOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if let growthFraction, !(0...1).contains(growthFraction) {
            throw ValidationError("--growth-fraction must be between 0 and 1 (0.1 means growth ≥ 10% of its maximum)")
        }
    }

    func run() throws {
        let edited = try edits.apply(to: model.load().model)
        let substrates = try model.substrateExchanges()
        guard substrates.count == 1, let substrate = substrates.first else {
            throw ValidationError("yield needs exactly one --substrate (an exchange id, or a substrate name with --chassis)")
        }
        let result: YieldResult
        do {
            result = try Yield.maximum(edited, product: product, substrate: substrate,
                                       growthFraction: growthFraction, settings: solver.settings)
        } catch {
            throw ValidationError(error.description)
        }
        try output.emit(table: result.table(), json: result.json(), csv: result.csv())
        if result.status != .optimal { throw ExitCode(2) }
    }
}
