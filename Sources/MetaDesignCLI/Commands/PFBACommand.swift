import ArgumentParser
import MetaCore

/// `metadesign pfba`: parsimonious FBA.
struct PFBACommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pfba",
        abstract: "Parsimonious FBA: the optimum with the smallest total absolute flux."
    )

    @OptionGroup var model: ModelOptions
    @OptionGroup var edits: EditOptions

    @Option(name: .long, help: "Fraction of the optimum to hold (0…1).")
    var fraction = 1.0

    @OptionGroup var solver: SolverOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var timing: TimingOptions

    func run() throws {
        let result = try timing.measure(load: { try edits.apply(to: model.load().model) }) { edited in
            try PFBA.optimize(edited, fraction: fraction, settings: solver.settings)
        }
        try output.emit(table: result.table(), json: result.json(), csv: result.csv())
    }
}
