import ArgumentParser
import MetaCore

/// `metadesign batch merge shard-*.jsonl -o results.jsonl`: join shard outputs.
struct BatchMergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Merge shard result streams into one, in canonical order, checking completeness and duplicates.",
        discussion: """
            Every combination 0..<total must be present exactly once, all records of one plan
            (same plan sha256); otherwise every problem is listed and nothing is written (exit 1).
            The merged stream and its manifest are written atomically.
            Example:
              metadesign batch merge shard-*.jsonl -o results.jsonl
            """
    )

    @Argument(help: "The shard outputs (JSON Lines).")
    var inputs: [String]

    @Option(name: [.short, .customLong("output")], help: "The merged stream.")
    var output: String

    func validate() throws {
        guard !inputs.isEmpty else { throw ValidationError("give the shard outputs to merge") }
        if inputs.contains(output) { throw ValidationError("-o \(output) is also an input: write the merge to a new file") }
    }

    func run() throws {
        let records: [ResultRecord]
        do {
            records = try BatchMerge.merge(inputs)
        } catch {
            printError(error.description)
            throw ExitCode(1)
        }
        try FileBytes.writeAtomically(Array(BatchMerge.text(of: records).utf8), to: output)
        try RunManifest.write(BatchMerge.manifest(from: inputs, records: records), for: output)
        printError("merged \(records.count) records from \(inputs.count) files into \(output)")
    }
}
