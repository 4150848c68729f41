import BuiltinPlugins
import ChassisPlugins
import Foundation
import MetaPlugin

/// What the chassis tests share: which chassis are small enough for unit tests, and the COBRApy
/// growth numbers that `bench/chassis_vs_cobra.py --write-reference` stores.
enum ChassisFixtures {
    /// Chassis whose models load in about a second in a debug build; the genome-scale giants
    /// (iML1515, yeast-GEM, iJN1463, iCGB21FR) are checked by the bench script only, to keep CI short.
    static let small: [any ChassisPlugin] = [
        EColiCoreChassis(), LLactisChassis(), LPlantarumChassis(), ANigerChassis(), YeastIMM904Chassis(),
        BSubtilisChassis(),
    ]

    /// Every built-in chassis.
    static var all: [any ChassisPlugin] { BuiltinPlugins.all.compactMap { $0 as? any ChassisPlugin } }

    /// COBRApy's growth for `chassis` under `substrate` (nil: default medium) and `aeration`;
    /// nil when the condition is not stored or COBRApy found it infeasible.
    static func cobraGrowth(_ chassis: String, substrate: String?, aeration: Aeration) throws -> Double? {
        let growth = try reference()[chassis]?["growth"] as? [String: Any]
        return growth?["\(substrate ?? "default")/\(aeration.rawValue)"] as? Double
    }

    /// Growth of `chassis` set up for `condition`: status and biomass flux.
    static func growth(of chassis: any ChassisPlugin, model: Model, _ condition: ChassisCondition) throws -> FBAResult {
        try FBA.optimize(chassis.configure(model, for: condition), objective: .reaction(chassis.profile.biomassReaction))
    }

    private static func reference() throws -> [String: [String: Any]] {
        let url = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("bench/reference/chassis_growth.json")
        let document = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any]
        return document?["chassis"] as? [String: [String: Any]] ?? [:]
    }
}
