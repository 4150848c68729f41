import ChassisPlugins
import MetaPlugin
import XCTest

/// Growth of the fast chassis on every substrate and aeration, against COBRApy on the same bounds.
final class ChassisGrowthTests: XCTestCase {
    /// The default medium of each small chassis grows as in COBRApy, to 1e-6 relative
    /// (reference: `python3 bench/chassis_vs_cobra.py --write-reference`).
    func testDefaultMediumGrowthMatchesCOBRApy() throws {
        for chassis in ChassisFixtures.small {
            let model = try chassis.loadModel()
            let aeration = try XCTUnwrap(chassis.profile.aerations.first).aeration
            let expected = try XCTUnwrap(
                ChassisFixtures.cobraGrowth(chassis.id, substrate: nil, aeration: aeration), "\(chassis.id): no reference")
            let result = try ChassisFixtures.growth(of: chassis, model: model, ChassisCondition(aeration: aeration))
            let growth = try XCTUnwrap(result.objectiveValue, chassis.id)
            XCTAssertEqual(growth, expected, accuracy: 1e-6 * expected, chassis.id)
        }
    }

    /// e_coli_core grows on each of its substrates aerobically and matches COBRApy under every
    /// aeration; carbon sources it cannot ferment are infeasible, not a crash.
    func testEColiCoreOnEverySubstrateAndAeration() throws {
        try checkEverySubstrate(EColiCoreChassis())
    }

    /// The same for L. lactis, whose natural condition is anaerobic and whose file needed its
    /// chemostat-fitted bounds released before other sugars could replace glucose.
    func testLLactisOnEverySubstrateAndAeration() throws {
        try checkEverySubstrate(LLactisChassis())
    }

    func testAnaerobicYeastNeedsItsSupplements() throws {
        let chassis = YeastIMM904Chassis()
        let model = try chassis.loadModel()
        let supplemented = try ChassisFixtures.growth(of: chassis, model: model, ChassisCondition(aeration: .anaerobic))
        XCTAssertGreaterThan(supplemented.objectiveValue ?? 0, 0.1)
        // Without ergosterol and unsaturated fatty acids (the chassis' supplements) there is no growth.
        var bare = chassis.profile
        bare.aerations = [AerationCondition(.anaerobic, oxygenUptake: 0)]
        let configured = try BareChassis(base: chassis, profile: bare).configure(model, for: ChassisCondition(aeration: .anaerobic))
        let unsupplemented = try FBA.optimize(configured, objective: .reaction(bare.biomassReaction))
        XCTAssertLessThan(unsupplemented.objectiveValue ?? 0, PluginConformance.growthThreshold)
    }

    func testConditionsAChassisCannotMeetAreTypedErrors() throws {
        let chassis = EColiCoreChassis()
        let model = try chassis.loadModel()
        XCTAssertThrowsError(try chassis.configure(model, for: ChassisCondition(substrate: "sucrose"))) { error in
            guard case .unknownSubstrate("sucrose", _)? = (error as? ChassisError)?.kind else {
                return XCTFail("\(error)")
            }
        }
        let aniger = ANigerChassis()
        XCTAssertThrowsError(try aniger.configure(try aniger.loadModel(), for: ChassisCondition(aeration: .anaerobic))) { error in
            XCTAssertTrue("\(error)".contains("cannot grow anaerobic"), "\(error)")
        }
    }

    private func checkEverySubstrate(_ chassis: any ChassisPlugin, file: StaticString = #filePath, line: UInt = #line) throws {
        let model = try chassis.loadModel()
        let first = try XCTUnwrap(chassis.profile.aerations.first).aeration
        for aeration in chassis.profile.aerations.map(\.aeration) {
            for substrate in chassis.profile.substrates.map(\.name) {
                let label = "\(chassis.id) \(substrate) \(aeration.rawValue)"
                let result = try ChassisFixtures.growth(of: chassis, model: model, ChassisCondition(substrate: substrate, aeration: aeration))
                let expected = try ChassisFixtures.cobraGrowth(chassis.id, substrate: substrate, aeration: aeration)
                if aeration == first {
                    XCTAssertGreaterThan(result.objectiveValue ?? 0, PluginConformance.growthThreshold, label, file: file, line: line)
                }
                guard let expected else {
                    XCTAssertNotEqual(result.status, .optimal, "\(label): COBRApy finds it infeasible", file: file, line: line)
                    continue
                }
                let growth = try XCTUnwrap(result.objectiveValue, label, file: file, line: line)
                XCTAssertEqual(growth, expected, accuracy: max(1e-6 * expected, 1e-9), label, file: file, line: line)
            }
        }
    }
}

/// A chassis with a changed profile and the default `configure`, to test what a profile alone does.
private struct BareChassis: ChassisPlugin {
    var base: any ChassisPlugin
    var profile: ChassisProfile
    var descriptor: PluginDescriptor { base.descriptor }
}
