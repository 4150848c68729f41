import MetaPlugin

/// The evaluations a plan can name with `evaluation:`; the one list they are registered in.
///
/// Each entry makes its evaluation from the run's plugin registry, so that an evaluation can
/// find pathways in the pathway providers (and anything else the plugins offer).
enum BatchEvaluations {
    /// An evaluation's id, summary and how to make it.
    struct Entry: Sendable {
        /// The id plans use.
        var id: String
        /// What it computes.
        var summary: String
        /// Makes the evaluation for a run.
        var make: @Sendable (PluginRegistry) -> any BatchEvaluation
    }

    /// Every evaluation, the default first.
    static let all: [Entry] = [
        Entry(id: PathwayBatchEvaluation.id, summary: PathwayBatchEvaluation.summary) { PathwayBatchEvaluation(registry: $0) },
        Entry(id: NativeProductYield.id, summary: NativeProductYield.summary) { _ in NativeProductYield() },
    ]

    /// The evaluation with id `id`, made for `registry`.
    static func named(_ id: String, registry: PluginRegistry) -> (any BatchEvaluation)? {
        all.first { $0.id == id }?.make(registry)
    }
}
