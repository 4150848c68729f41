import MetaCore
import XCTest

/// `Yield.maximum` on a mixture of substrates, against COBRApy 0.32 + GLPK:
/// ```
/// with m:
///     m.reactions.EX_glc__D_e.bounds = (-10, -10); m.reactions.EX_ac_e.bounds = (-5, -5)
///     m.objective = 'EX_succ_e'; p = m.slim_optimize()   # 18.571666666666214
/// ```
/// mol/mol divides by the 15 mmol taken up, C-mol/C-mol by the 70 mmol carbon, g/g by the mass.
final class YieldMixtureTests: XCTestCase {
    func testGlucoseAndAcetate() throws {
        var model = try EnvelopeTestModels.eColiCore()
        try model.setBounds(ofReaction: "EX_ac_e", lower: -5, upper: 1000)
        let result = try Yield.maximum(model, product: "EX_succ_e", substrates: ["EX_glc__D_e", "EX_ac_e"])
        XCTAssertEqual(result.status, .optimal)
        XCTAssertEqual(result.substrate, "EX_glc__D_e+EX_ac_e")
        XCTAssertEqual(result.substrateUptake, 15)
        XCTAssertEqual(result.productFlux ?? .nan, 18.571666666666214, accuracy: 1e-6)
        XCTAssertEqual(result.molar ?? .nan, 1.238111111111081, accuracy: 1e-6)
        XCTAssertEqual(result.carbon ?? .nan, 1.0612380952380693, accuracy: 1e-6)
        XCTAssertEqual(result.mass ?? .nan, 1.0280785755712951, accuracy: 5e-6)
    }

    func testOneSubstrateMixtureEqualsTheSingleForm() throws {
        let model = try EnvelopeTestModels.eColiCore()
        let single = try Yield.maximum(model, product: "EX_succ_e", substrate: "EX_glc__D_e", growthFraction: 0.1)
        let mixture = try Yield.maximum(model, product: "EX_succ_e", substrates: ["EX_glc__D_e"], growthFraction: 0.1)
        XCTAssertEqual(single, mixture)
    }

    func testASubstrateThatCannotBeTakenUpIsNamed() throws {
        let model = try EnvelopeTestModels.eColiCore()
        XCTAssertThrowsError(try Yield.maximum(model, product: "EX_succ_e", substrates: ["EX_glc__D_e", "EX_fru_e"])) { error in
            XCTAssertEqual(error as? EnvelopeError, .substrateNotTakenUp("EX_fru_e"))
        }
    }
}
