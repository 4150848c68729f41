import ArgumentParser
import MetaCore

/// `metadesign fba`: flux balance analysis with optional objective, bound overrides and knockouts.
struct FBACommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fba",
        abstract: "Run flux balance analysis and print the optimum, uptakes, secretions and largest fluxes.",
        discussion: """
            Examples:
              metadesign fba models/iML1515.xml.gz
              metadesign fba models/e_coli_core.xml.gz --bound EX_o2_e=0:1000 --format json
              metadesign fba models/e_coli_core.xml.gz --knockout b1761 --objective EX_succ_e
            """
    )

    @OptionGroup var model: ModelOptions

    @Option(name: .long, help: "Optimise this reaction's flux instead of the model objective.")
    var objective: String?

    @Flag(name: .long, help: "Minimise instead of maximise.")
    var minimize = false

    @OptionGroup var edits: EditOptions

    @OptionGroup var timing: TimingOptions

    @OptionGroup var solver: SolverOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let (edited, result) = try timing.measure(load: { try edits.apply(to: model.load().model) }) { edited in
            var objective = edited.objective
            if let reaction = self.objective {
                guard edited.index(ofReaction: reaction) != nil else {
                    throw ValidationError("--objective '\(reaction)': no such reaction in \(model.source)")
                }
                objective = .reaction(reaction)
            }
            if minimize { objective.sense = .minimize }
            return (edited, try FBA.optimize(edited, objective: objective, settings: solver.settings))
        }
        let report = FBAReport(model: edited, result: result)
        try output.emit(table: report.table(), json: report.json(), csv: report.csv())
    }
}
