/// The root of every plugin family.
///
/// A plugin is a small value that describes itself and does one kind of work. Conformers are
/// `Sendable`: the registry hands the same plugin to many worker threads at once, so a plugin
/// keeps no mutable shared state (cache in a lock-protected box if you must).
///
/// Do not conform to `Plugin` directly; conform to ``ChassisPlugin``, ``PathwayProvider`` or
/// ``EnzymeScorer``.
public protocol Plugin: Sendable {
    /// The plugin's id, name, version, summary and kind.
    var descriptor: PluginDescriptor { get }
}

extension Plugin {
    /// The plugin's id (shorthand for `descriptor.id`).
    public var id: String { descriptor.id }
}
