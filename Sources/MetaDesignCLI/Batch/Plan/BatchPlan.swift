import MetaPlugin

/// A batch plan as written in its YAML file: which chassis, pathways, substrates and aerations
/// to combine, which evaluation and scorers to run, and their settings.
///
/// A plan is only read here; ``PlanResolver`` checks it against the plugins and model files and
/// turns it into a ``ResolvedPlan`` that can run. The format is documented in `docs/BatchPlans.md`.
struct BatchPlan: Sendable {
    /// The plan file's path as given on the command line.
    var file: String
    /// The folder relative paths in the plan are read from (the plan file's folder).
    var folder: String
    /// The plan's text, kept for the run manifest and the report.
    var text: String
    /// A title for reports; defaults to the file name.
    var name: String
    /// The evaluation to run for every combination (`native-yield`, …).
    var evaluation: Located<String>
    /// The production hosts.
    var chassis: [Located<ChassisEntry>]
    /// The routes or products.
    var pathways: [Located<PathwayEntry>]
    /// The feeds: single substrates or mixtures.
    var feeds: [Located<Feed>]
    /// The aerations.
    var aerations: [Located<Aeration>]
    /// Scorer plugin ids to run on every evaluated combination.
    var scorers: [Located<String>]
    /// Evaluation settings.
    var settings: BatchSettings
    /// Settings handed to every scorer (`budget: 0.2`, …).
    var scorerSettings: [String: Double]
}

/// A value read from the plan, with the line it was written on (for `file:line` messages).
struct Located<Value: Sendable>: Sendable {
    /// The value.
    var value: Value
    /// The 1-based line in the plan file.
    var line: Int
}

/// One chassis of a plan: a chassis plugin, or a model file set up like one.
enum ChassisEntry: Sendable, Hashable {
    /// A chassis plugin by id (`ecoli`).
    case plugin(String)
    /// A model file given in the plan.
    case modelFile(ModelFileSpec)

    /// The id the chassis has in record keys.
    var id: String {
        switch self {
        case .plugin(let id): id
        case .modelFile(let spec): spec.id
        }
    }
}

/// A chassis made from a model file: its id, path, and how to set it up.
struct ModelFileSpec: Sendable, Hashable {
    /// The id used in record keys.
    var id: String
    /// The model file, resolved against the plan's folder.
    var path: String
    /// A chassis plugin whose substrates, aerations and oxygen exchange the model borrows.
    var like: String?
    /// Substrate names mapped to the model's exchange reactions (default uptake 10 mmol/gDW/h).
    var substrates: [String: String]
    /// The oxygen exchange, when it is not `EX_o2_e` (and not borrowed with `like`).
    var oxygen: String?
}

/// One pathway entry of a plan.
enum PathwayEntry: Sendable, Hashable {
    /// A built-in id the evaluation knows (a route id, or a native product for `native-yield`).
    case id(String)
    /// A pathway file, resolved against the plan's folder.
    case file(String)
    /// A folder of pathway files (`*.yaml`, `*.yml`), resolved against the plan's folder.
    case folder(String)
}

/// A feed: one substrate or a mixture, each with a maximum uptake rate.
struct Feed: Sendable, Hashable {
    /// The name in record keys (`glucose`, `straw_hydrolysate`).
    var name: String
    /// The substrates and their uptake caps in mmol/gDW/h (`nil`: the chassis' default).
    var substrates: [SubstrateUptake]
}

/// Settings of the evaluation, from the plan's `settings:` section.
struct BatchSettings: Sendable, Hashable {
    /// Growth kept during the achievable-yield calculation, as a fraction of its maximum.
    var growthFraction = 0.1
    /// Points of the production envelope stored in each record; 0 stores none.
    var envelopePoints = 10
    /// A time limit per LP in seconds.
    var timeLimit: Double?

    /// Whether combinations whose chassis cannot take the feed or aeration become `skipped`
    /// records (`unsupported: skip`) instead of plan problems (`unsupported: error`, the default).
    var skipUnsupported = false

    /// The keys the `settings:` section accepts.
    static let keys = ["growth_fraction", "envelope_points", "time_limit", "unsupported"]

    /// The solver settings these settings imply.
    var solverSettings: SolverSettings {
        var settings = SolverSettings()
        if let timeLimit { settings.timeLimit = timeLimit }
        return settings
    }
}
