import MetaPlugin

/// One combination of a batch: everything an evaluation needs to know about it.
struct BatchTask<Target: Sendable>: Sendable {
    /// The position in the plan's canonical order, 0-based.
    var index: Int
    /// How many combinations the plan has.
    var total: Int
    /// `chassis|pathway|substrate|aeration`: stable across runs of the same plan.
    var key: String
    /// The chassis.
    var chassis: ResolvedChassis
    /// The pathway (or product) being evaluated.
    var target: BatchTarget<Target>
    /// The feed.
    var feed: Feed
    /// The feed's exchange reactions in the chassis model, in the feed's order.
    var substrateExchanges: [String]
    /// The aeration.
    var aeration: Aeration
    /// The feed and aeration as the chassis plugin takes them.
    var condition: ChassisCondition
    /// Which chassis × feed × aeration set-up the task runs on: tasks with equal set-ups share
    /// their `model`, so a worker can key warm GLPK problems by it.
    var setUp: Int
    /// The plan's settings.
    var settings: BatchSettings
}

/// A chassis of a resolved plan: the plugin (or model file) and its model, loaded once.
struct ResolvedChassis: Sendable {
    /// The id in record keys.
    var id: String
    /// The plugin that sets the model up for a condition (a ``ModelFileChassis`` for model files).
    var plugin: any ChassisPlugin
    /// Where the model came from: `plugin ecoli 1.0.0 (iML1515.xml.gz)` or the model file's path.
    var source: String
    /// What identifies the chassis on any machine: the plugin id and version, or the model
    /// file's name (its content is identified by ``modelSHA256``); paths are left out so that
    /// shards run in different folders agree.
    var identity: String
    /// The sha256 of the model file as stored; `nil` when the plugin builds its model another way.
    var modelSHA256: String?
    /// The model as loaded, before any condition is applied.
    var model: Model
}

/// The stable key of a combination: `chassis|pathway|substrate|aeration`.
func combinationKey(chassis: String, pathway: String, substrate: String, aeration: Aeration) -> String {
    [chassis, pathway, substrate, aeration.rawValue].joined(separator: "|")
}
