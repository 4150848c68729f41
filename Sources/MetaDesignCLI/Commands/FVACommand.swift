import ArgumentParser
import MetaCore

/// `metadesign fva`: flux variability analysis.
struct FVACommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fva",
        abstract: "Flux variability analysis: each reaction's flux range at a fraction of the optimum.",
        discussion: """
            Examples:
              metadesign fva models/iML1515.xml.gz --fraction 0.9 --format csv -o ranges.csv
              metadesign fva models/e_coli_core.xml.gz --reactions PFK,PGI --jobs 2
            """
    )

    @OptionGroup var model: ModelOptions
    @OptionGroup var edits: EditOptions

    @Option(name: .long, help: "Fraction of the optimum to hold (0…1).")
    var fraction = 1.0

    @Option(name: .long, parsing: .upToNextOption, help: ArgumentHelp("Only these reactions (comma- or space-separated).", valueName: "A,B"))
    var reactions: [String] = []

    @OptionGroup var parallel: ParallelOptions
    @OptionGroup var solver: SolverOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var timing: TimingOptions

    func run() throws {
        let result = try timing.measure(load: { try edits.apply(to: model.load().model) }) { edited in
            let ids = splitList(reactions)
            let progress = ProgressReporter(total: ids.isEmpty ? edited.reactions.count : ids.count, label: "FVA")
            defer { progress.finish() }
            return try FVA.run(edited, reactions: ids.isEmpty ? nil : ids, fraction: fraction,
                               settings: solver.settings, jobs: parallel.jobs,
                               progress: { progress.advance(by: $0) })
        }
        try output.emit(table: result.table(), json: result.json(), csv: result.csv())
    }
}
