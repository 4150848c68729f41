import MetaPlugin

/// One result record of a batch: a single JSON line in the result stream.
///
/// Keys, in order: `chassis`, `pathway`, `product`, `substrate`, `aeration` (as `pathway
/// evaluate --format json`), the evaluation's numbers, `scores` (when the plan runs scorers),
/// `envelope` (when computed), `status`, `error` (when failed), `seconds`, then provenance:
/// `record_key`, `combination_index`, `combination_total`, `plan_sha256`, `model_sha256`,
/// `evaluation` and `metadesign_version`. `seconds` is the only field that differs between
/// two runs of the same plan.
enum BatchRecord {
    /// The fields a reader may ignore when comparing runs: they measure, not compute.
    static let timingFields: Set<String> = ["seconds"]

    /// The record of an evaluated combination.
    static func evaluated<Target>(
        _ task: BatchTask<Target>, outcome: EvaluationOutcome, scores: [ScoreResult]?, seconds: Double,
        planHash: String, evaluation: String
    ) -> JSONText {
        var fields = identity(task, product: outcome.product)
        fields += outcome.metrics
        if let scores { fields.append(("scores", .array(scores.map(\.json)))) }
        if let envelope = outcome.envelope { fields.append(("envelope", json(envelope))) }
        fields.append(("status", .string(outcome.status)))
        fields += provenance(task, seconds: seconds, planHash: planHash, evaluation: evaluation)
        return .object(fields)
    }

    /// The status of a combination the chassis cannot take (`unsupported: skip`).
    static let skippedStatus = "skipped"

    /// The record of a combination whose evaluation failed (`status` `failed`), or that was
    /// not evaluated because its chassis cannot take the feed or aeration (`skipped`).
    static func failed<Target>(
        _ task: BatchTask<Target>, error: String, status: String = "failed", seconds: Double, planHash: String,
        evaluation: String
    ) -> JSONText {
        var fields = identity(task, product: nil)
        fields.append(("status", .string(status)))
        fields.append(("error", .string(error)))
        fields += provenance(task, seconds: seconds, planHash: planHash, evaluation: evaluation)
        return .object(fields)
    }

    private static func identity<Target>(_ task: BatchTask<Target>, product: String?) -> [(String, JSONText)] {
        [
            ("chassis", .string(task.chassis.id)), ("pathway", .string(task.target.id)),
            ("product", product.map(JSONText.string) ?? .null), ("substrate", .string(task.feed.name)),
            ("aeration", .string(task.aeration.rawValue)),
        ]
    }

    private static func provenance<Target>(
        _ task: BatchTask<Target>, seconds: Double, planHash: String, evaluation: String
    ) -> [(String, JSONText)] {
        [
            ("seconds", .number((seconds * 1e6).rounded() / 1e6)),
            ("record_key", .string(task.key)),
            ("combination_index", .integer(task.index)),
            ("combination_total", .integer(task.total)),
            ("plan_sha256", .string(planHash)),
            ("model_sha256", task.chassis.modelSHA256.map(JSONText.string) ?? .null),
            ("evaluation", .string(evaluation)),
            ("metadesign_version", .string(MetaDesignVersion.string)),
        ]
    }

    private static func json(_ envelope: RecordEnvelope) -> JSONText {
        .object([
            ("x", .string(envelope.x)), ("y", .string(envelope.y)),
            ("uptake", envelope.uptake.map(JSONText.number) ?? .null),
            ("points", .array(envelope.points.map { .array([.number($0.x), .number($0.minimum), .number($0.maximum)]) })),
        ])
    }
}

/// One scorer's verdict on a combination, or why it could not give one.
struct ScoreResult: Sendable {
    /// The scorer id.
    var scorer: String
    /// The card, when scoring worked.
    var card: ScoreCard?
    /// The error, when it did not.
    var error: String?

    /// `{"scorer": …, "components": [{key, value, unit, higher_is_better, meaning}], "notes": […]}`,
    /// or `{"scorer": …, "error": …}`.
    var json: JSONText {
        guard let card else { return .object([("scorer", .string(scorer)), ("error", .string(error ?? "unknown error"))]) }
        return .object([
            ("scorer", .string(scorer)),
            ("components", .array(card.components.map { component in
                .object([
                    ("key", .string(component.key)), ("value", component.value.map(JSONText.number) ?? .null),
                    ("unit", .string(component.unit)), ("higher_is_better", .bool(component.higherIsBetter)),
                    ("meaning", .string(component.meaning)),
                ])
            })),
            ("notes", .array(card.notes.map(JSONText.string))),
        ])
    }
}
