import ArgumentParser
import MetaCore

/// `metadesign moma`: linear MOMA of a knockout against the wild type's FBA fluxes.
struct MOMACommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "moma",
        abstract: "Linear MOMA: the knockout's flux distribution closest (Σ|v − v_wt|) to the wild type's FBA optimum.",
        discussion: """
            As COBRApy's moma(model, solution=model.optimize(), linear=True). The distance is unique;
            the growth reported is that of one closest flux distribution.
            Examples:
              metadesign moma models/e_coli_core.xml.gz --knockout b1761
              metadesign moma models/e_coli_core.xml.gz --knockout PGI --format csv -o pgi.csv
            """
    )

    @OptionGroup var model: ModelOptions

    @Option(name: .long, parsing: .upToNextOption,
            help: ArgumentHelp("Genes (via their rules) or reactions to knock out.", valueName: "GENE_OR_RXN"))
    var knockout: [String] = []

    @OptionGroup var solver: SolverOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard !knockout.isEmpty else { throw ValidationError("name at least one gene or reaction with --knockout") }
    }

    func run() throws {
        let loaded = try model.load()
        let result: MOMAResult
        do {
            result = try MOMA.linear(model: loaded.model, knockouts: knockout, settings: solver.settings)
        } catch {
            throw ValidationError(error.description)
        }
        switch output.format {
        case .table: try output.emit(result.table())
        case .json: try output.emit(result.json().rendered() + "\n")
        case .csv: try output.emit(result.csv())
        }
        if result.status != .optimal { throw ExitCode(2) }
    }
}
