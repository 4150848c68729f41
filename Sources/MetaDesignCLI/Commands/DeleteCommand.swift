import ArgumentParser
import MetaCore

/// `metadesign delete genes|reactions`: single and double deletion studies.
struct DeleteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "delete",
        abstract: "Knock out each gene or reaction (or each pair) and report the growth.",
        discussion: """
            Examples:
              metadesign delete genes models/iML1515.xml.gz --format csv -o genes.csv
              metadesign delete reactions models/e_coli_core.xml.gz --double
              metadesign delete genes models/e_coli_core.xml.gz --only b0720,b1136 --double
            """
    )

    @Argument(help: "What to delete: genes or reactions.")
    var target: DeletionTarget

    @OptionGroup var model: ModelOptions
    @OptionGroup var edits: EditOptions

    @Flag(name: .long, help: "Delete every pair instead of one at a time.")
    var double = false

    @Option(name: .long, parsing: .upToNextOption, help: ArgumentHelp("Only these ids (comma- or space-separated).", valueName: "IDS"))
    var only: [String] = []

    @OptionGroup var parallel: ParallelOptions
    @OptionGroup var solver: SolverOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var timing: TimingOptions

    func run() throws {
        let study = try timing.measure(load: { try edits.apply(to: model.load().model) }) { edited in
            let ids = splitList(only)
            let count = ids.isEmpty ? (target == .genes ? edited.genes.count : edited.reactions.count) : ids.count
            let progress = ProgressReporter(total: double ? count * (count - 1) / 2 : count, label: "deletions")
            defer { progress.finish() }
            return try Deletion.run(edited, target: target, ids: ids.isEmpty ? nil : ids, double: double,
                                    settings: solver.settings, jobs: parallel.jobs,
                                    progress: { progress.advance(by: $0) })
        }
        try output.emit(table: study.table(), json: study.json(), csv: study.csv())
    }
}

extension DeletionTarget: ExpressibleByArgument {}
