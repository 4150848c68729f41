import MetaCore
import XCTest

/// Maximum yields on e_coli_core (aerobic, glucose uptake fixed at 10) against COBRApy 0.32 + GLPK:
/// ```
/// with m:
///     glc = m.reactions.EX_glc__D_e; glc.bounds = (glc.lower_bound, glc.lower_bound)
///     mu = m.slim_optimize(); m.reactions.BIOMASS_Ecoli_core_w_GAM.lower_bound = f * mu
///     m.objective = 'EX_succ_e'; p = m.slim_optimize()   # yield = p / 10, × C or × formula_weight
/// ```
final class EnvelopeYieldTests: XCTestCase {
    func testSuccinateOnGlucoseGrowthFree() throws {
        let result = try Yield.maximum(try EnvelopeTestModels.eColiCore(), product: "EX_succ_e", substrate: "EX_glc__D_e")
        XCTAssertEqual(result.status, .optimal)
        XCTAssertEqual(result.substrateUptake, 10)
        XCTAssertEqual(result.molar ?? .nan, 1.6384166666666666, accuracy: 1e-6)
        XCTAssertEqual(result.carbon ?? .nan, 1.0922777777777777, accuracy: 1e-6)
        XCTAssertEqual(result.mass ?? .nan, 1.0556111822717082, accuracy: 5e-6)  // atomic weights, see EnvelopeTests
    }

    func testSuccinateAtTenPercentGrowth() throws {
        let result = try Yield.maximum(try EnvelopeTestModels.eColiCore(), product: "EX_succ_e", substrate: "EX_glc__D_e",
                                       growthFraction: 0.1)
        XCTAssertEqual(result.maximumGrowth ?? .nan, 0.8739215069684305, accuracy: 1e-6)
        XCTAssertEqual(result.molar ?? .nan, 1.4784947477946344, accuracy: 1e-6)
        XCTAssertEqual(result.carbon ?? .nan, 0.9856631651964229, accuracy: 1e-6)
        XCTAssertEqual(result.mass ?? .nan, 0.9525755080832136, accuracy: 5e-6)
    }

    func testAcetateAtHalfGrowth() throws {
        let result = try Yield.maximum(try EnvelopeTestModels.eColiCore(), product: "EX_ac_e", substrate: "EX_glc__D_e",
                                       growthFraction: 0.5)
        XCTAssertEqual(result.molar ?? .nan, 1.3358851988170144, accuracy: 1e-6)
        XCTAssertEqual(result.carbon ?? .nan, 0.44529506627233817, accuracy: 1e-6)
    }

    func testClosedSubstrateAndBadFractionThrow() throws {
        var model = try EnvelopeTestModels.eColiCore()
        XCTAssertThrowsError(try Yield.maximum(model, product: "EX_succ_e", substrate: "EX_glc__D_e", growthFraction: 1.5))
        XCTAssertThrowsError(try Yield.maximum(model, product: "EX_succ_e", substrate: "PGI")) { error in
            XCTAssertEqual(error as? EnvelopeError, .notABoundaryReaction("PGI", role: "substrate"))
        }
        try model.setBounds(ofReaction: "EX_glc__D_e", lower: 0, upper: 1000)
        XCTAssertThrowsError(try Yield.maximum(model, product: "EX_succ_e", substrate: "EX_glc__D_e")) { error in
            XCTAssertEqual(error as? EnvelopeError, .substrateNotTakenUp("EX_glc__D_e"))
        }
    }

    func testInfeasibleModelIsAStatus() throws {
        var model = try EnvelopeTestModels.eColiCore()
        // A maintenance demand 10 mmol glucose cannot meet.
        try model.setBounds(ofReaction: "ATPM", lower: 1000, upper: 1000)
        let result = try Yield.maximum(model, product: "EX_succ_e", substrate: "EX_glc__D_e", growthFraction: 0.1)
        XCTAssertEqual(result.status, .infeasible)
        XCTAssertNil(result.molar)
        XCTAssertNil(result.maximumGrowth)
    }
}
