import Foundation
import MetaCore

/// The run manifest beside a result stream (`results.jsonl.manifest.json`): the plan's text and
/// hash, the chassis and their model digests, and how far the run got.
///
/// It is rewritten atomically (a temporary file renamed over it) when a run starts and when it
/// ends or is interrupted, so it is always whole; the stream alone stays the truth about which
/// combinations are done. `report` reads it for the plan and provenance sections.
enum RunManifest {
    /// The manifest path of a result stream.
    static func path(for output: String) -> String { output + ".manifest.json" }

    /// The manifest of a resolved plan's run.
    static func json<E>(_ plan: ResolvedPlan<E>, state: String, shard: Shard, summary: RunSummary?, jobs: Int?) -> JSONText {
        var fields: [(String, JSONText)] = [
            ("metadesign_version", .string(MetaDesignVersion.string)),
            ("state", .string(state)),
            ("updated", .string(ISO8601DateFormatter().string(from: Date()))),
            ("plan_name", .string(plan.plan.name)),
            ("plan_file", .string(plan.plan.file)),
            ("plan_sha256", .string(plan.hash)),
            ("evaluation", .string(E.id)),
            ("evaluation_summary", .string(E.summary)),
            ("combinations", .integer(plan.total)),
            ("shard", .string(shard.description)),
            ("chassis", .array(plan.chassis.map { host in
                .object([("id", .string(host.id)), ("source", .string(host.source)),
                         ("model_sha256", host.modelSHA256.map(JSONText.string) ?? .null)])
            })),
            ("scorers", .array(plan.scorers.map { .object([("id", .string($0.id)), ("version", .string($0.descriptor.version))]) })),
        ]
        if let summary {
            fields += [
                ("records", .integer(summary.resumed + summary.evaluated)),
                ("evaluated_this_run", .integer(summary.evaluated)),
                ("failed_this_run", .integer(summary.failed)),
                ("skipped_this_run", .integer(summary.skipped)),
                ("seconds_this_run", .number((summary.seconds * 1000).rounded() / 1000)),
                ("evaluations_per_second", .number((summary.rate * 100).rounded() / 100)),
            ]
        }
        if let jobs { fields.append(("jobs", .integer(jobs))) }
        fields.append(("plan_text", .string(plan.plan.text)))
        return .object(fields)
    }

    /// Writes `manifest` beside `output`, atomically.
    static func write(_ manifest: JSONText, for output: String) throws(ResultFileError) {
        do {
            try FileBytes.writeAtomically(Array((manifest.rendered() + "\n").utf8), to: path(for: output))
        } catch {
            throw ResultFileError(file: path(for: output), message: error.message)
        }
    }

    /// The manifest beside `output`, when there is a readable one.
    static func read(for output: String) -> JSONObject? {
        guard let data = FileManager.default.contents(atPath: path(for: output)) else { return nil }
        return (try? JSONNode.parse([UInt8](data)))?.value.object
    }
}
