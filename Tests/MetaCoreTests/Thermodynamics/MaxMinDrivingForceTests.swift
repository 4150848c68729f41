import Foundation
import MetaCore
import XCTest

/// MDF against equilibrator-pathway-core on the same inputs (`bench/mdf_reference.py`).
final class MaxMinDrivingForceTests: XCTestCase {
    private struct Case: Decodable {
        struct Step: Decodable {
            var id: String
            var dg0: Double
            var stoichiometry: [String: Double]
            var direction: Double?
        }
        var bounds: [Double]
        var fixed: [String: Double]
        var ignored: [String]
        var steps: [Step]
    }

    private struct Reference: Decodable {
        var mdf: Double
        var bottlenecks: [String]
    }

    private func compute(_ name: String) throws -> (MDFResult, Reference) {
        let folder = TestModels.root.appendingPathComponent("bench/reference")
        let cases = try JSONDecoder().decode([String: Case].self, from: Data(contentsOf: folder.appendingPathComponent("mdf_cases.json")))
        let references = try JSONDecoder().decode(
            [String: Reference].self, from: Data(contentsOf: folder.appendingPathComponent("mdf_equilibrator.json")))
        let testCase = try XCTUnwrap(cases[name])
        var settings = MaxMinDrivingForce.Settings()
        settings.minimumConcentration = testCase.bounds[0]
        settings.maximumConcentration = testCase.bounds[1]
        settings.concentrationBounds = testCase.fixed.mapValues { $0...$0 }
        settings.ignoredMetabolites = Set(testCase.ignored)
        let steps = testCase.steps.map {
            ThermodynamicStep(id: $0.id, stoichiometry: $0.stoichiometry, standardGibbsEnergy: $0.dg0, direction: $0.direction ?? 1)
        }
        return (try MaxMinDrivingForce.compute(steps, settings: settings), try XCTUnwrap(references[name]))
    }

    func testGlycolysisMatchesEquilibratorPathway() throws {
        let (result, reference) = try compute("glycolysis_emp")
        XCTAssertEqual(result.mdf, reference.mdf, accuracy: 0.1)
        XCTAssertEqual(Set(result.bottlenecks), Set(reference.bottlenecks))
        // Every step runs with at least the MDF as driving force.
        for (_, force) in result.drivingForces { XCTAssertGreaterThanOrEqual(force, result.mdf - 1e-6) }
    }

    func testTwoStepsMatchAnalyticValue() throws {
        let (result, reference) = try compute("two_steps")
        let analytic = -5 + MaxMinDrivingForce.gasConstant * 298.15 * log(1e4)
        XCTAssertEqual(result.mdf, analytic, accuracy: 1e-6)
        XCTAssertEqual(result.mdf, reference.mdf, accuracy: 0.1)
        XCTAssertEqual(result.bottlenecks, ["R1"])
    }

    func testInvalidInputIsAnErrorNotACrash() {
        XCTAssertThrowsError(try MaxMinDrivingForce.compute([])) { XCTAssertEqual($0 as? ThermodynamicsError, .noSteps) }
        let step = ThermodynamicStep(id: "R", stoichiometry: ["a": -1, "b": 1], standardGibbsEnergy: .nan)
        XCTAssertThrowsError(try MaxMinDrivingForce.compute([step])) {
            XCTAssertEqual($0 as? ThermodynamicsError, .invalidStep("R"))
        }
        var settings = MaxMinDrivingForce.Settings()
        settings.concentrationBounds = ["a": 0...1]
        let valid = ThermodynamicStep(id: "R", stoichiometry: ["a": -1, "b": 1], standardGibbsEnergy: -5)
        XCTAssertThrowsError(try MaxMinDrivingForce.compute([valid], settings: settings))
    }
}
