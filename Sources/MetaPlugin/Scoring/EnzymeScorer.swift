/// A scorer of a pathway in a chassis: protein cost, thermodynamic driving force, host fit, …
///
/// Contract:
/// - `score(_:)` never changes its input (the model inside is a value; don't smuggle state out).
/// - Equal inputs give equal scores: no randomness, no dependence on time or call order.
/// - Every number in the result carries its unit and a sentence saying what it means.
public protocol EnzymeScorer: Plugin {
    /// Scores one pathway in one chassis model and condition.
    func score(_ input: ScoringInput) throws -> ScoreCard
}

/// What a scorer looks at.
public struct ScoringInput: Sendable {
    /// The chassis model with the pathway inserted and the condition applied.
    public var model: Model
    /// The pathway being scored.
    public var pathway: Pathway
    /// The chassis the model comes from, when it comes from one.
    public var chassis: ChassisProfile?
    /// The growth condition applied to the model.
    public var condition: ChassisCondition
    /// Scorer settings given by the user (`budget` → 0.2, …); unknown keys are ignored.
    public var settings: [String: Double]
    /// How the pathway went into the model (product drain, native matches), when known.
    public var insertion: PathwayInsertion?
    /// A basis of ``model``'s LP, or of the LP of the model the pathway went into (the chassis
    /// as set up; its rows and columns come first), e.g. a growth optimum, for scorers that
    /// solve LPs on ``model`` to start from instead of GLPK's standard basis (see
    /// ``PathwayEvaluation/Options/startingBasis``); only the speed changes. A batch sets it
    /// (the evaluation's ``PathwayEvaluation/insertedGrowthBasis``); `nil` starts cold.
    public var startingBasis: GLPKBasis?

    /// An input from its parts.
    public init(
        model: Model, pathway: Pathway, chassis: ChassisProfile? = nil,
        condition: ChassisCondition = ChassisCondition(), settings: [String: Double] = [:],
        insertion: PathwayInsertion? = nil
    ) {
        self.model = model
        self.pathway = pathway
        self.chassis = chassis
        self.condition = condition
        self.settings = settings
        self.insertion = insertion
    }

    /// An input for `pathway` inserted into `model` (the chassis model with the condition
    /// applied): the model scored is the one with the pathway in it.
    ///
    /// - Throws: ``PathwayError`` when the pathway cannot be inserted.
    public static func inserting(
        _ pathway: Pathway, into model: Model, chassis: ChassisProfile? = nil, condition: ChassisCondition = ChassisCondition(),
        settings: [String: Double] = [:], table: MetaboliteTable = MetaboliteTable()
    ) throws(PathwayError) -> ScoringInput {
        let insertion = try model.inserting(pathway, table: table)
        return ScoringInput(
            model: insertion.model, pathway: pathway, chassis: chassis, condition: condition, settings: settings,
            insertion: insertion)
    }

    /// The model reaction that releases the product: the insertion's drain, or `EX_<product>_e`.
    public var productExchange: String? {
        if let drain = insertion?.productDrain { return drain }
        let exchange = "EX_\(pathway.product.id)_e"
        return model.index(ofReaction: exchange) == nil ? nil : exchange
    }

    /// The model reaction carrying pathway step `id`: the native chassis reaction when the
    /// step already existed, else the step's own id.
    public func modelReaction(forStep id: String) -> String {
        insertion?.nativeReactions.first { $0.pathwayReaction == id }?.chassisReaction
            ?? insertion?.renamedReactions[id] ?? id
    }
}

/// A scorer's verdict: named components, each with its value, unit and meaning.
public struct ScoreCard: Sendable, Hashable {
    /// The scorer that produced it.
    public var scorer: String
    /// The components, in the order the scorer wants them shown.
    public var components: [ScoreComponent]
    /// Remarks a person should read (the bottleneck step, a missing kcat, …).
    public var notes: [String]

    /// A score card from its components and notes.
    public init(scorer: String, components: [ScoreComponent], notes: [String] = []) {
        self.scorer = scorer
        self.components = components
        self.notes = notes
    }
}

/// One number of a score card.
public struct ScoreComponent: Sendable, Hashable {
    /// A short key (`protein_cost`, `mdf`), used in `--weights` and JSON.
    public var key: String
    /// The value; `nil` when it could not be computed (then `notes` says why).
    public var value: Double?
    /// The unit (`g/(mmol/gDW/h)`, `kJ/mol`, `1`).
    public var unit: String
    /// Whether a larger value is better (used when ranking).
    public var higherIsBetter: Bool
    /// What the number means, in one sentence.
    public var meaning: String

    /// A component from its key, value, unit, direction and meaning.
    public init(key: String, value: Double?, unit: String, higherIsBetter: Bool, meaning: String) {
        self.key = key
        self.value = value
        self.unit = unit
        self.higherIsBetter = higherIsBetter
        self.meaning = meaning
    }
}
