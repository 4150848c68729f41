import HelloPlugin
import MetaPlugin
import XCTest

final class HelloChassisTests: XCTestCase {
    /// The contract every chassis must meet: well-formed descriptor, the named reactions exist,
    /// growth on the default medium and on every substrate.
    func testConformance() {
        XCTAssertEqual(PluginConformance.check(HelloChassis()), [])
    }

    /// The default medium is the model file's, so growth is COBRApy's optimum for e_coli_core.
    func testDefaultGrowthMatchesCOBRApy() throws {
        let chassis = HelloChassis()
        let result = try FBA.optimize(try chassis.model(), objective: .reaction(chassis.profile.biomassReaction))
        XCTAssertEqual(result.objectiveValue ?? .nan, 0.8739215069684305, accuracy: 1e-6)
    }

    /// Without oxygen the core model still grows, by fermentation, but more slowly.
    func testAnaerobicGrowthIsSlower() throws {
        let chassis = HelloChassis()
        let model = try chassis.model(for: ChassisCondition(substrate: nil, aeration: .anaerobic))
        let growth = try FBA.optimize(model, objective: .reaction(chassis.profile.biomassReaction)).objectiveValue ?? 0
        XCTAssertGreaterThan(growth, 0.1)
        XCTAssertLessThan(growth, 0.5)
    }
}
