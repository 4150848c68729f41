import BuiltinPlugins
import ChassisPlugins
import MetaPlugin
import XCTest

/// The plugin contract for the chassis small enough to load in a unit test: model loads, named
/// reactions exist, growth on the default medium and on every substrate.
final class ChassisConformanceTests: XCTestCase {
    func testSmallChassisConform() {
        for chassis in ChassisFixtures.small {
            XCTAssertEqual(PluginConformance.check(chassis), [], chassis.id)
        }
    }

    /// Every chassis, big or small, names a default substrate it lists, declares each aeration
    /// once, and keeps obligate aerobes out of anaerobic conditions; no model needs loading.
    func testEveryProfileIsConsistent() {
        for chassis in ChassisFixtures.all {
            let profile = chassis.profile
            XCTAssertNotNil(profile.substrate(named: profile.defaultSubstrate), chassis.id)
            XCTAssertEqual(Set(profile.aerations.map(\.aeration)).count, profile.aerations.count, chassis.id)
            XCTAssertEqual(Set(profile.substrates.map(\.name)).count, profile.substrates.count, chassis.id)
            XCTAssertTrue(profile.substrates.allSatisfy { $0.uptake > 0 }, chassis.id)
            if profile.traits.oxygen.value == .obligateAerobe {
                XCTAssertNil(profile.condition(for: .anaerobic), "\(chassis.id) is an obligate aerobe")
            }
        }
    }

    /// Substrates carry the same carbon flux as the default glucose uptake, so growth compares per carbon.
    func testSubstratesAreCarbonMatched() throws {
        let profile = EColiChassis().profile
        let glucose = try XCTUnwrap(profile.substrate(named: "glucose"))
        XCTAssertEqual(glucose.uptake, 10)
        XCTAssertEqual(try XCTUnwrap(profile.substrate(named: "xylose")).uptake, 12, accuracy: 1e-12)
        XCTAssertEqual(try XCTUnwrap(profile.substrate(named: "glycerol")).uptake, 20, accuracy: 1e-12)
        XCTAssertEqual(try XCTUnwrap(profile.substrate(named: "lactose")).uptake, 5, accuracy: 1e-12)
    }
}
