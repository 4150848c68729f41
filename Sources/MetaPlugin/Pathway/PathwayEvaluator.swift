/// Evaluates pathways in one chassis under any condition, loading and indexing the chassis
/// model once: what the batch runner calls per (pathway, substrate, aeration) from worker threads.
///
/// An immutable value (`Sendable`): share one evaluator across threads; each call works on its
/// own copy of the model and its own GLPK problem.
///
/// ```swift
/// let evaluator = try PathwayEvaluator(chassis: registry.chassis(id: "ecoli"), table: table)
/// let result = evaluator.evaluate(bdo, condition: ChassisCondition(substrate: "glucose", aeration: .aerobic))
/// print(result.maxTheoretical?.molar ?? .nan)
/// ```
public struct PathwayEvaluator: Sendable {
    /// The chassis.
    public let chassis: any ChassisPlugin
    /// The chassis model as shipped (no condition applied).
    public let model: Model
    /// The model's index, valid for every condition.
    public let index: ChassisIndex
    /// The shared table of common metabolites.
    public let table: MetaboliteTable

    /// An evaluator for `chassis`; `model` defaults to the chassis' shipped model, read now.
    public init(chassis: any ChassisPlugin, model: Model? = nil, table: MetaboliteTable = MetaboliteTable()) throws(ChassisError) {
        let loaded: Model
        if let model { loaded = model } else { loaded = try chassis.loadModel() }
        self.chassis = chassis
        self.model = loaded
        self.index = ChassisIndex(loaded)
        self.table = table
    }

    /// Evaluates `pathway` on the condition's single substrate (when none is named: the first of
    /// the route's ``Pathway/substrates`` the chassis has, else its default) and aeration.
    /// Problems with the condition come back as status `invalid`.
    public func evaluate(
        _ pathway: Pathway, condition: ChassisCondition, options: PathwayEvaluation.Options = PathwayEvaluation.Options()
    ) -> PathwayEvaluation {
        let profile = chassis.profile
        var condition = condition
        if condition.substrates.isEmpty, let hint = pathway.substrates.first, profile.substrate(named: hint) != nil {
            condition.substrates = [SubstrateUptake(hint)]
        }
        let name = condition.substrates.first?.name ?? profile.defaultSubstrate
        let labels = PathwayEvaluation.Labels(chassis: chassis.id, substrate: name, aeration: condition.aeration.rawValue)
        let placeholder = PathwayEvaluation.unevaluated(pathway, labels: labels, substrate: name, growthFraction: options.growthFraction)
        guard condition.substrates.count <= 1 else {
            return placeholder.failing(.invalid, "pathway evaluation takes one substrate, not a mixture of \(condition.substrates.count)")
        }
        guard let substrate = profile.substrate(named: name) else {
            return placeholder.failing(.invalid, ChassisError(chassis: chassis.id, kind: .unknownSubstrate(name, available: profile.substrates.map(\.name))).description)
        }
        let configured: Model
        do {
            configured = try chassis.configure(model, for: condition)
        } catch {
            return placeholder.failing(.invalid, error.description)
        }
        let compression = SetUpCompression(
            setUp: configured, base: EvaluationFootprint(table: table, model: configured, index: index), settings: options.settings)
        return PathwayEvaluation.evaluate(
            pathway, in: configured, substrate: substrate.exchange, labels: labels,
            options: profile.evaluationOptions(for: substrate, base: options), table: table, index: index, compression: compression)
    }
}

extension ChassisProfile {
    /// `base` with this chassis' growth reaction and the substrate's formula (for mass and
    /// carbon yields when the model's exchanged metabolite has none).
    public func evaluationOptions(for substrate: Substrate, base: PathwayEvaluation.Options = PathwayEvaluation.Options()) -> PathwayEvaluation.Options {
        var options = base
        options.growthReaction = options.growthReaction ?? biomassReaction
        options.substrateFormula = options.substrateFormula ?? substrate.formula
        return options
    }
}
