/// Checks a plugin against the contract of its family; call it from your plugin's own tests:
///
/// ```swift
/// func testConformance() throws {
///     XCTAssertEqual(PluginConformance.check(MyChassis()), [])
/// }
/// ```
///
/// The checks: the descriptor is well formed and its kind matches the protocol; a chassis
/// loads its model, names reactions the model has, and grows on its default medium and on
/// every listed substrate aerobically; a pathway provider returns at least one pathway, unique
/// ids, the same list every time; a scorer (given a sample input) returns equal cards for
/// equal inputs, with a unit and meaning for every component.
public enum PluginConformance {
    /// Growth below this (1/h) counts as no growth.
    public static let growthThreshold = 1e-6

    /// Every contract violation found in `plugin`; empty when it conforms.
    ///
    /// - Parameter scorerInput: an input to score twice when `plugin` is an ``EnzymeScorer``.
    public static func check(_ plugin: any Plugin, scorerInput: ScoringInput? = nil) -> [ConformanceFailure] {
        var failures = checkDescriptor(plugin)
        switch plugin {
        case let chassis as any ChassisPlugin: failures += checkChassis(chassis)
        case let provider as any PathwayProvider: failures += checkProvider(provider)
        case let scorer as any EnzymeScorer: failures += checkScorer(scorer, input: scorerInput)
        default: break
        }
        return failures
    }

    static func checkDescriptor(_ plugin: any Plugin) -> [ConformanceFailure] {
        let descriptor = plugin.descriptor
        var failures: [ConformanceFailure] = []
        if !PluginDescriptor.isWellFormed(id: descriptor.id) {
            failures.append(.init(descriptor.id, "id is malformed: use lowercase letters, digits, '-', '_', '.'"))
        }
        for (field, value) in [("name", descriptor.name), ("version", descriptor.version), ("summary", descriptor.summary)]
        where value.trimmingCharacters(in: .whitespaces).isEmpty {
            failures.append(.init(descriptor.id, "\(field) is empty"))
        }
        if PluginRegistry.kind(of: plugin) != descriptor.kind {
            failures.append(.init(descriptor.id, "descriptor says kind '\(descriptor.kind.rawValue)' but the plugin conforms to another protocol"))
        }
        return failures
    }

    static func checkChassis(_ chassis: any ChassisPlugin) -> [ConformanceFailure] {
        let id = chassis.id
        let profile = chassis.profile
        let model: Model
        do {
            model = try chassis.loadModel()
        } catch {
            return [.init(id, "model does not load: \(error)")]
        }
        var failures: [ConformanceFailure] = []
        let named = [profile.biomassReaction, profile.oxygenExchange] + [profile.maintenanceReaction].compactMap { $0 }
            + profile.substrates.map(\.exchange)
        for reaction in named where model.index(ofReaction: reaction) == nil {
            failures.append(.init(id, "the model has no reaction '\(reaction)'"))
        }
        if profile.substrate(named: profile.defaultSubstrate) == nil {
            failures.append(.init(id, "default substrate '\(profile.defaultSubstrate)' is not among the substrates"))
        }
        if profile.condition(for: .aerobic) == nil && profile.traits.oxygen.value != .aerotolerantAnaerobe {
            failures.append(.init(id, "no aerobic condition declared"))
        }
        guard failures.isEmpty else { return failures }
        let firstAeration = profile.naturalAeration
        var conditions = [("default medium", ChassisCondition(aeration: firstAeration))]
        conditions += profile.substrates.map { ("\($0.name), \(firstAeration.rawValue)", ChassisCondition(substrate: $0.name, aeration: firstAeration)) }
        for (label, condition) in conditions {
            do {
                let configured = try chassis.configure(model, for: condition)
                let result = try FBA.optimize(configured, objective: .reaction(profile.biomassReaction))
                let growth = result.objectiveValue ?? 0
                if result.status != .optimal || growth < growthThreshold {
                    failures.append(.init(id, "no growth on \(label) (status \(result.status), growth \(growth))"))
                }
            } catch {
                failures.append(.init(id, "cannot grow on \(label): \(error)"))
            }
        }
        return failures
    }

    static func checkProvider(_ provider: any PathwayProvider) -> [ConformanceFailure] {
        let id = provider.id
        do {
            let first = try provider.pathways()
            let second = try provider.pathways()
            var failures: [ConformanceFailure] = []
            if first.isEmpty { failures.append(.init(id, "provides no pathways")) }
            if first.map(\.id) != second.map(\.id) { failures.append(.init(id, "pathways() changes between calls")) }
            var seen = Set<String>()
            for pathway in first where !seen.insert(pathway.id).inserted {
                failures.append(.init(id, "pathway id '\(pathway.id)' appears twice"))
            }
            return failures
        } catch {
            return [.init(id, "pathways() throws: \(error)")]
        }
    }

    static func checkScorer(_ scorer: any EnzymeScorer, input: ScoringInput?) -> [ConformanceFailure] {
        guard let input else { return [] }
        let id = scorer.id
        do {
            let first = try scorer.score(input)
            let second = try scorer.score(input)
            var failures: [ConformanceFailure] = []
            if first != second { failures.append(.init(id, "scoring the same input twice gave different cards")) }
            for component in first.components where component.unit.isEmpty || component.meaning.isEmpty {
                failures.append(.init(id, "component '\(component.key)' lacks a unit or a meaning"))
            }
            return failures
        } catch {
            return [.init(id, "score(_:) throws on the sample input: \(error)")]
        }
    }
}

/// One way a plugin breaks its family's contract.
public struct ConformanceFailure: Sendable, Hashable, CustomStringConvertible {
    /// The plugin's id.
    public var plugin: String
    /// What is wrong.
    public var message: String

    /// A failure of `plugin`.
    public init(_ plugin: String, _ message: String) {
        self.plugin = plugin
        self.message = message
    }

    /// `plugin: message`.
    public var description: String { "\(plugin): \(message)" }
}
