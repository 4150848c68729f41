import MetaPlugin

/// The `native-yield` evaluation: growth, and the yields of a product the chassis can already
/// export, with no pathway inserted.
///
/// It exists so that batches run end to end, with real numbers, before the pathway evaluation
/// (insertion of heterologous routes) is wired in; it is honest about being nothing more. For
/// each combination it computes the maximum growth (FBA), the maximum theoretical yield of the
/// product on the feed (growth free, `Yield.maximum`), the maximum achievable yield (growth ≥
/// `growth_fraction` × its maximum), and, with `envelope_points` > 0, the production envelope.
/// The yields of all products of one chassis set-up come from one warm `YieldSession` per worker
/// thread, each question restarted from the growth optimum's basis, so results do not depend on
/// which thread evaluated what before.
///
/// A pathway entry is a product name from ``products`` (`succinate`) or an exchange id (`EX_succ_e`).
struct NativeProductYield: BatchEvaluation {
    /// The product exchange reaction.
    typealias Target = String

    /// `native-yield`.
    static let id = "native-yield"
    /// What it computes.
    static let summary = "growth and maximum yields of a product the chassis already exports (no pathway inserted)"

    /// Product names accepted as pathway entries, with their BiGG exchange reactions.
    static let products: [(name: String, exchange: String)] = [
        ("succinate", "EX_succ_e"), ("lactate", "EX_lac__D_e"), ("ethanol", "EX_etoh_e"), ("acetate", "EX_ac_e"),
        ("formate", "EX_for_e"), ("pyruvate", "EX_pyr_e"), ("fumarate", "EX_fum_e"), ("malate", "EX_mal__L_e"),
        ("2-oxoglutarate", "EX_akg_e"), ("glutamate", "EX_glu__L_e"),
    ]

    /// A named product or an `EX_` id; files and folders are for the pathway evaluation.
    func targets(for entry: PathwayEntry) throws(EvaluationFailure) -> [BatchTarget<String>] {
        switch entry {
        case .id(let id):
            if let known = Self.products.first(where: { $0.name == id.lowercased() }) {
                return [BatchTarget(id: known.name, fingerprint: known.exchange, payload: known.exchange)]
            }
            guard id.hasPrefix("EX_") else {
                throw EvaluationFailure(
                    "native-yield evaluates native products: '\(id)' is neither one of "
                        + Self.products.map(\.name).joined(separator: ", ") + " nor an exchange id (EX_…)")
            }
            return [BatchTarget(id: id, fingerprint: id, payload: id)]
        case .file(let path), .folder(let path):
            throw EvaluationFailure(
                "\(path): native-yield evaluates native products only; pathway files need the pathway evaluation")
        }
    }

    /// A problem when the chassis model lacks the product's exchange.
    func problem(with target: BatchTarget<String>, in chassis: ResolvedChassis) -> String? {
        guard let reaction = chassis.model.reaction(target.payload) else {
            return "its model has no exchange \(target.payload) for '\(target.id)'"
        }
        return reaction.isBoundary ? nil : "\(target.payload) is not an exchange (boundary) reaction"
    }

    /// A worker keeps warm yield problems per set-up.
    func makeWorker() -> NativeYieldWorker { NativeYieldWorker() }

    /// Growth, theoretical and achievable yields, and the envelope.
    func evaluate(_ task: BatchTask<String>, model: Model, worker: inout NativeYieldWorker) throws(EvaluationFailure) -> EvaluationOutcome {
        let exchange = task.target.payload
        let settings = task.settings.solverSettings
        let product = model.reaction(exchange)?.stoichiometry.keys.first.flatMap { model.metabolite($0) }
        var outcome = EvaluationOutcome(
            product: product.map { Self.baseID($0) } ?? exchange, status: SolverStatus.optimal.rawValue,
            metrics: [], envelope: nil,
            scoring: nil)
        let subject = ScoringSubject(model: model, pathway: Pathway(
            id: task.target.id, name: product?.name ?? task.target.id,
            product: PathwayMetabolite(id: product.map { Self.baseID($0) } ?? exchange, name: product?.name ?? exchange)))
        outcome.scoring = { subject }
        let warm = try worker.entry(for: task, model: model)
        do {
            let growth = warm.growth
            let theoretical = try warm.yields.maximum(product: exchange)
            let achievable = try warm.yields.maximum(product: exchange, growthFraction: task.settings.growthFraction)
            let envelope = task.settings.envelopePoints > 0
                ? try ProductionEnvelope.compute(model, product: exchange, carbonSources: task.substrateExchanges,
                                                 points: task.settings.envelopePoints, settings: settings)
                : nil
            let statuses = [growth.status, theoretical.status, achievable.status] + (envelope.map { [$0.status] } ?? [])
            outcome.status = (statuses.first { $0 != .optimal } ?? .optimal).rawValue
            outcome.envelope = envelope.map { Self.recordEnvelope($0, uptake: theoretical.substrateUptake) }
            let coupled = outcome.envelope?.points.last.map { $0.minimum / theoretical.substrateUptake }
            outcome.metrics = Self.metrics(growth: growth, theoretical: theoretical, achievable: achievable,
                                           coupled: coupled, product: exchange)
        } catch {
            throw EvaluationFailure("\(error)")
        }
        return outcome
    }

    private static func metrics(growth: FBAResult, theoretical: YieldResult, achievable: YieldResult,
                                coupled: Double?, product: String) -> [(String, JSONText)] {
        func value(_ number: Double?) -> JSONText { number.map(JSONText.number) ?? .null }
        return [
            ("max_theoretical_yield", value(theoretical.molar)),
            ("max_achievable_yield", value(achievable.molar)),
            ("max_theoretical_yield_g_per_g", value(theoretical.mass)),
            ("max_achievable_yield_g_per_g", value(achievable.mass)),
            ("carbon_yield", value(theoretical.carbon)),
            ("achievable_carbon_yield", value(achievable.carbon)),
            ("growth_coupled_yield", value(coupled)),
            ("growth_rate", value(growth.objectiveValue)),
            ("growth_fraction", value(achievable.growthFraction)),
            ("substrate_uptake", .number(theoretical.substrateUptake)),
            ("product_exchange", .string(product)),
            ("heterologous_steps", .integer(0)),
        ]
    }

    private static func recordEnvelope(_ envelope: ProductionEnvelope, uptake: Double) -> RecordEnvelope {
        let points = envelope.points.compactMap { point -> EnvelopePlot.Point? in
            guard let low = point.minimum.flux, let high = point.maximum.flux else { return nil }
            return EnvelopePlot.Point(x: point.x, minimum: low, maximum: high)
        }
        return RecordEnvelope(x: envelope.xReaction, y: envelope.product, uptake: uptake, points: points)
    }

    /// `succ_e` → `succ`: the metabolite id without its compartment suffix.
    private static func baseID(_ metabolite: Metabolite) -> String {
        let suffix = "_" + metabolite.compartment
        return metabolite.id.hasSuffix(suffix) ? String(metabolite.id.dropLast(suffix.count)) : metabolite.id
    }
}
