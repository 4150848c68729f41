import BuiltinPlugins
import EnzymeScorers
import Foundation
import MetaPlugin

/// What the scorer tests share: a built-in route inserted into a built-in chassis as
/// `metadesign enzyme score` does it, and the COBRApy numbers of `bench/enzyme_budget_cobra.py`.
enum ScoringFixtures {
    /// The registry of built-in plugins.
    static let registry = Result { try PluginRegistry(BuiltinPlugins.all) }

    /// Chassis models set up for a condition, loaded once per (chassis, aeration).
    nonisolated(unsafe) private static var models: [String: Model] = [:]
    private static let lock = NSLock()

    /// `pathway` inserted into `chassis` under `aeration` (default substrate), with `settings`.
    static func input(chassis id: String, pathway: String, aeration: Aeration, settings: [String: Double] = [:]) throws -> ScoringInput {
        let registry = try registry.get()
        let plugin = try registry.chassis(id: id)
        let condition = ChassisCondition(substrate: plugin.profile.defaultSubstrate, aeration: aeration)
        let key = "\(id)/\(aeration.rawValue)"
        lock.lock()
        let cached = models[key]
        lock.unlock()
        let model = try cached ?? plugin.model(for: condition)
        lock.lock()
        models[key] = model
        lock.unlock()
        return try ScoringInput.inserting(try registry.pathway(id: pathway), into: model, chassis: plugin.profile, condition: condition,
                                          settings: settings, table: registry.metaboliteTable())
    }

    /// One case of `bench/reference/enzyme_budget_cobra.json`.
    struct CobraCase: Decodable {
        struct Answer: Decodable {
            var maximum_growth: Double?
            var product_rate: Double?
            var protein_used: Double?
            var protein_cost_per_flux: Double?
            var dominant_step: String?
            var budget_binds: Bool
        }
        var chassis: String
        var pathway: String
        var aeration: String
        var budget: Double
        var cobra: Answer
    }

    private struct CobraDocument: Decodable { var cases: [CobraCase] }

    /// The stored COBRApy cases.
    static func cobraCases() throws -> [CobraCase] {
        let url = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("bench/reference/enzyme_budget_cobra.json")
        return try JSONDecoder().decode(CobraDocument.self, from: Data(contentsOf: url)).cases
    }
}
