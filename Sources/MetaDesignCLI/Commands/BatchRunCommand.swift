import ArgumentParser
import Foundation
import MetaCore

/// `metadesign batch run PLAN -o results.jsonl`: evaluate a plan's combinations, resumably.
struct BatchRunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Evaluate a plan's combinations in parallel, streaming one JSON record per line; rerun to resume.",
        discussion: """
            Records are appended to the output as whole lines as they finish (in completion order;
            `batch merge` and `batch export` sort them). Rerunning the same command after Ctrl-C,
            SIGTERM or kill -9 continues where the run stopped: finished combinations are not redone,
            a torn last line is cut off. A different plan (another plan sha256) is refused unless
            --restart. A manifest (OUTPUT.manifest.json) records the plan and provenance.
            Exit status: 0 when the shard is complete (failed evaluations are records, not errors),
            1 for an invalid plan or output, 130/143 when stopped by SIGINT/SIGTERM.
            Examples:
              metadesign batch run examples/batch/core-native.yaml -o results.jsonl --jobs 2
              metadesign batch run plan.yaml -o shard-3.jsonl --shard 3/8
            """
    )

    @OptionGroup var plan: PlanOptions

    @Option(name: [.short, .customLong("output")], help: "The result stream (JSON Lines), created or resumed.")
    var output: String

    @OptionGroup var parallel: ParallelOptions

    @Option(name: .long, help: ArgumentHelp("Run only slice I of N (0 ≤ I < N): combinations with index % N == I.", valueName: "I/N"))
    var shard: String?

    @Flag(name: .long, help: "Discard the output's existing records (even of another plan) and start over.")
    var restart = false

    @Flag(name: .long, inversion: .prefixedNo, help: "Draw a progress bar on stderr (default: when stderr is a terminal).")
    var progress: Bool?

    func validate() throws {
        if let shard, Shard(parsing: shard) == nil {
            throw ValidationError("--shard '\(shard)' is not I/N with 0 ≤ I < N (e.g. 0/4 … 3/4)")
        }
    }

    func run() throws {
        let prepared = try plan.prepare()
        let options = RunOptions(output: output, jobs: parallel.jobs, shard: shard.flatMap(Shard.init(parsing:)) ?? .whole,
                                 restart: restart, progress: progress)
        let summary: RunSummary
        do {
            summary = try prepared.run(options)
        } catch {
            printError("error: \(error)")
            throw ExitCode(1)
        }
        printError(Self.describe(summary, output: output))
        if let signal = summary.interruptedBy { throw ExitCode(128 + signal) }
    }

    static func describe(_ summary: RunSummary, output: String) -> String {
        var text = "batch: \(summary.evaluated) evaluated in \(ProgressReporter.formatDuration(summary.seconds))"
        if summary.evaluated > 0 { text += String(format: " (%.1f/s)", summary.rate) }
        if summary.failed > 0 { text += ", \(summary.failed) failed (see their error field)" }
        if summary.skipped > 0 { text += ", \(summary.skipped) skipped (feed or aeration the chassis does not offer)" }
        if summary.resumed > 0 { text += ", \(summary.resumed) already done" }
        text += "; \(summary.resumed + summary.evaluated) of \(summary.inShard) in \(output)"
        if !summary.isComplete { text += "\nstopped early: rerun the same command to continue" }
        return text
    }
}
