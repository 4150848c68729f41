import ArgumentParser

/// `metadesign batch validate|run|merge|export`: evaluate many combinations from a plan file.
struct BatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Evaluate every chassis × pathway × substrate × aeration of a plan: validate, run (resumable, sharded), merge, export.",
        discussion: """
            A plan is a YAML file (see docs/BatchPlans.md and examples/batch/). Typical use:
              metadesign batch validate plan.yaml
              metadesign batch run plan.yaml -o results.jsonl --jobs 2
              metadesign batch export results.jsonl --format csv -o results.csv
              metadesign report results.jsonl -o report.html
            On a cluster, run one shard per task (--shard I/N) and merge:
              metadesign batch merge shard-*.jsonl -o results.jsonl
            """,
        subcommands: [BatchValidateCommand.self, BatchRunCommand.self, BatchMergeCommand.self, BatchExportCommand.self]
    )
}

/// The plan file argument shared by `batch validate` and `batch run`.
struct PlanOptions: ParsableArguments {
    @Argument(help: "The plan file (YAML).")
    var plan: String

    /// The plan read and checked against the plugins and model files.
    ///
    /// - Throws: `ExitCode(1)` after printing every problem of an invalid plan to stderr.
    func prepare() throws -> any PreparedBatch {
        do {
            let read = try PlanReader.read(path: plan)
            return try PlanResolver.resolve(read.plan, registry: PluginHost.registry, known: read.problems)
        } catch let error as PlanError {
            printError(error.description)
            throw ExitCode(1)
        }
    }
}
