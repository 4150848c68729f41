import MetaPlugin

/// What a plan's hash covers: everything that changes what a record means, and nothing else.
///
/// Comments, layout and key order of the YAML do not count; the evaluation, settings, scorers,
/// every chassis with its model file's sha256, every target's fingerprint (a pathway file's
/// sha256, an exchange id), the feeds with their rates and the aerations do. A resumed run or
/// a shard merge refuses records whose plan hash differs, because they would not be comparable.
struct PlanFingerprint {
    /// The canonical content, as compact JSON.
    let canonical: String

    /// The fingerprint of a resolved plan's parts.
    init(plan: BatchPlan, evaluation: String, chassis: [ResolvedChassis], targets: [(id: String, fingerprint: String)]) {
        let settings = plan.settings
        let content = JSONText.object([
            ("evaluation", .string(evaluation)),
            ("settings", .object([
                ("growth_fraction", .number(settings.growthFraction)),
                ("envelope_points", .integer(settings.envelopePoints)),
                ("time_limit", settings.timeLimit.map(JSONText.number) ?? .null),
            ] + (settings.skipUnsupported ? [("unsupported", .string("skip"))] : []))),
            ("scorers", .array(plan.scorers.map { .string($0.value) })),
            ("scorer_settings", .object(plan.scorerSettings.sorted { $0.key < $1.key }.map { ($0.key, .number($0.value)) })),
            ("chassis", .array(chassis.map { host in
                .object([("id", .string(host.id)), ("identity", .string(host.identity)),
                         ("model_sha256", host.modelSHA256.map(JSONText.string) ?? .null)])
            })),
            ("pathways", .array(targets.map { .object([("id", .string($0.id)), ("fingerprint", .string($0.fingerprint))]) })),
            ("substrates", .array(plan.feeds.map { feed in
                .object([("name", .string(feed.value.name)), ("uptakes", .array(feed.value.substrates.map {
                    .array([.string($0.name), $0.rate.map(JSONText.number) ?? .null])
                }))])
            })),
            ("aerations", .array(plan.aerations.map { .string($0.value.rawValue) })),
        ])
        canonical = content.rendered(pretty: false)
    }

    /// The sha256 of the canonical content.
    var sha256: String { SHA256.hex(of: Array(canonical.utf8)) }
}
