import MetaPlugin

/// One combination of the `pathway` evaluation: the question `pathway evaluate --chassis` asks,
/// and the batch outcome made from its answer.
struct PathwayBatchRun {
    /// The combination.
    let task: BatchTask<Pathway>
    /// The chassis' evaluator (index and table).
    let evaluator: PathwayEvaluator

    /// The record keys the engine writes itself (identity, status, envelope), left out of the metrics.
    static let engineKeys: Set<String> = ["chassis", "pathway", "product", "substrate", "aeration", "status", "envelope"]

    /// The labels `pathway evaluate` gives: chassis id, feed name, aeration.
    var labels: PathwayEvaluation.Labels {
        PathwayEvaluation.Labels(chassis: task.chassis.id, substrate: task.feed.name, aeration: task.aeration.rawValue)
    }

    /// The evaluation options: the plan's settings with the chassis' biomass reaction and the
    /// substrate's formula, as `pathway evaluate --chassis` sets them.
    func options(for substrate: Substrate?) -> PathwayEvaluation.Options {
        var options = PathwayEvaluation.Options()
        options.growthFraction = task.settings.growthFraction
        options.envelopePoints = task.settings.envelopePoints
        options.settings = task.settings.solverSettings
        let profile = evaluator.chassis.profile
        options.growthReaction = profile.biomassReaction
        return substrate.map { profile.evaluationOptions(for: $0, base: options) } ?? options
    }

    /// The evaluation on `model` (the chassis set up for the task's feed and aeration), on
    /// `compression`'s compressed LP of that set-up (shared by every route on it), and the
    /// insertion it made (for the scorers); a mixture feed gives status `invalid`, as the
    /// pathway evaluation takes one substrate.
    func evaluate(on model: Model, compression: SetUpCompression) -> (PathwayEvaluation, PathwayInsertion?) {
        let pathway = task.target.payload
        guard task.substrateExchanges.count == 1, let exchange = task.substrateExchanges.first else {
            return (PathwayEvaluation.unevaluated(pathway, labels: labels, substrate: task.substrateExchanges.joined(separator: "+"),
                                                 growthFraction: task.settings.growthFraction)
                .failing(.invalid, "the pathway evaluation takes one substrate, not a mixture of \(task.substrateExchanges.count)"), nil)
        }
        let insertion = Result { () throws(PathwayError) in try model.inserting(pathway, table: evaluator.table, index: evaluator.index) }
        let substrate = evaluator.chassis.profile.substrates.first { $0.exchange == exchange }
        let result = PathwayEvaluation.evaluate(insertion, of: pathway, in: model, substrate: exchange, labels: labels,
                                                options: options(for: substrate), table: evaluator.table, index: evaluator.index,
                                                compression: compression)
        return (result, try? insertion.get())
    }

    /// The batch outcome: every `--format json` key but the engine's own, the envelope in
    /// record form, and (lazily) the pathway inserted into the set-up model for the scorers.
    static func outcome(_ result: PathwayEvaluation, insertion: PathwayInsertion?, pathway: Pathway,
                        startingBasis: @escaping @Sendable () -> GLPKBasis? = { nil }) -> EvaluationOutcome {
        guard case .object(let fields) = result.json() else {
            return EvaluationOutcome(product: pathway.product.id, status: result.status.rawValue, metrics: [], envelope: nil,
                                     scoring: nil)
        }
        let scoring = insertion.flatMap { insertion -> @Sendable () throws(EvaluationFailure) -> ScoringSubject in
            // The evaluation's own insertion, as `ScoringInput.inserting` would make it again
            // (and `startingBasis`, a basis of the inserted or set-up model's LP, for the scorers' warm starts).
            { ScoringSubject(model: insertion.model, pathway: pathway, insertion: insertion, startingBasis: startingBasis()) }
        }
        return EvaluationOutcome(
            product: pathway.product.id, status: result.status.rawValue,
            metrics: fields.filter { !engineKeys.contains($0.0) },
            envelope: result.envelope.flatMap { recordEnvelope($0, uptake: result.substrateUptake) },
            scoring: result.productDrain != nil ? scoring : nil)
    }

    /// The envelope as records store it; `nil` when it did not solve.
    static func recordEnvelope(_ envelope: ProductionEnvelope, uptake: Double?) -> RecordEnvelope? {
        guard envelope.status == .optimal else { return nil }
        let points = envelope.points.compactMap { point -> EnvelopePlot.Point? in
            guard let low = point.minimum.flux, let high = point.maximum.flux else { return nil }
            return EnvelopePlot.Point(x: point.x, minimum: low, maximum: high)
        }
        return RecordEnvelope(x: envelope.xReaction, y: envelope.product, uptake: uptake, points: points)
    }
}
