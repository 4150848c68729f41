/// The plugins a run of metadesign can use, built once and then immutable.
///
/// ```swift
/// let registry = try PluginRegistry(BuiltinPlugins.all + loadedFromLibraries)
/// let ecoli = try registry.chassis(id: "ecoli")
/// ```
public struct PluginRegistry: Sendable {
    /// Every plugin, in registration order.
    public let plugins: [any Plugin]
    private let positions: [String: Int]

    /// A registry of `plugins`.
    ///
    /// - Throws: ``PluginRegistryError`` for a malformed id, or an id used twice (ids are
    ///   unique across kinds, so `--chassis X` and `plugins list` never disagree).
    public init(_ plugins: [any Plugin]) throws(PluginRegistryError) {
        var positions: [String: Int] = [:]
        for (index, plugin) in plugins.enumerated() {
            let descriptor = plugin.descriptor
            guard PluginDescriptor.isWellFormed(id: descriptor.id) else {
                throw .malformedID(descriptor.id, name: descriptor.name)
            }
            if let first = positions[descriptor.id] {
                throw .duplicateID(descriptor.id, first: plugins[first].descriptor.name, second: descriptor.name)
            }
            guard Self.kind(of: plugin) == descriptor.kind else {
                throw .kindMismatch(descriptor.id, declared: descriptor.kind)
            }
            positions[descriptor.id] = index
        }
        self.plugins = plugins
        self.positions = positions
    }

    /// The plugin with id `id`, of any kind.
    public func plugin(id: String) -> (any Plugin)? {
        positions[id].map { plugins[$0] }
    }

    /// The plugins of one kind, in registration order.
    public func plugins(ofKind kind: PluginKind) -> [any Plugin] {
        plugins.filter { $0.descriptor.kind == kind }
    }

    /// Every chassis plugin.
    public var chassis: [any ChassisPlugin] { plugins.compactMap { $0 as? any ChassisPlugin } }
    /// Every pathway provider.
    public var pathwayProviders: [any PathwayProvider] { plugins.compactMap { $0 as? any PathwayProvider } }
    /// Every enzyme scorer.
    public var scorers: [any EnzymeScorer] { plugins.compactMap { $0 as? any EnzymeScorer } }

    /// The chassis with id `id`.
    ///
    /// - Throws: ``PluginRegistryError/unknownID(_:kind:available:)`` listing the chassis there are.
    public func chassis(id: String) throws(PluginRegistryError) -> any ChassisPlugin {
        guard let chassis = plugin(id: id) as? any ChassisPlugin else {
            throw .unknownID(id, kind: .chassis, available: chassis.map(\.id))
        }
        return chassis
    }

    /// The pathway provider with id `id`.
    public func pathwayProvider(id: String) throws(PluginRegistryError) -> any PathwayProvider {
        guard let provider = plugin(id: id) as? any PathwayProvider else {
            throw .unknownID(id, kind: .pathway, available: pathwayProviders.map(\.id))
        }
        return provider
    }

    /// The enzyme scorer with id `id`.
    public func scorer(id: String) throws(PluginRegistryError) -> any EnzymeScorer {
        guard let scorer = plugin(id: id) as? any EnzymeScorer else {
            throw .unknownID(id, kind: .scorer, available: scorers.map(\.id))
        }
        return scorer
    }

    /// The family a plugin actually conforms to (nil when it conforms to none).
    static func kind(of plugin: any Plugin) -> PluginKind? {
        switch plugin {
        case is any ChassisPlugin: .chassis
        case is any PathwayProvider: .pathway
        case is any EnzymeScorer: .scorer
        default: nil
        }
    }
}

/// Why a registry could not be built or a plugin not found.
public enum PluginRegistryError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The id breaks the id rules (lowercase letters, digits, `-_.`, starting with a letter).
    case malformedID(String, name: String)
    /// Two plugins share an id.
    case duplicateID(String, first: String, second: String)
    /// The descriptor's kind is not the protocol the plugin conforms to.
    case kindMismatch(String, declared: PluginKind)
    /// No plugin of that kind has that id.
    case unknownID(String, kind: PluginKind, available: [String])

    /// A one-line message.
    public var description: String {
        switch self {
        case .malformedID(let id, let name):
            "plugin '\(name)' has a malformed id '\(id)': use lowercase letters, digits, '-', '_' or '.', starting with a letter"
        case .duplicateID(let id, let first, let second):
            "plugin id '\(id)' is used twice: by '\(first)' and by '\(second)'"
        case .kindMismatch(let id, let declared):
            "plugin '\(id)' says it is a \(declared.rawValue) plugin but does not conform to that protocol"
        case .unknownID(let id, let kind, let available):
            "no \(kind.rawValue) plugin '\(id)'; available: "
                + (available.isEmpty ? "none" : available.joined(separator: ", "))
        }
    }
}
