import MetaCore
import XCTest

/// Linear MOMA on e_coli_core against COBRApy 0.32 + GLPK:
/// ```
/// wt = m.optimize()
/// with m:
///     m.genes.b1761.knock_out()          # or m.reactions.PGI.knock_out()
///     s = cobra.flux_analysis.moma(m, solution=wt, linear=True)
///     s.objective_value, s.fluxes['BIOMASS_Ecoli_core_w_GAM']
/// ```
/// The distance is unique; growth is one optimum's and may differ between solvers.
final class MOMATests: XCTestCase {
    func testGdhAKnockoutDistanceMatchesCOBRApy() throws {
        let result = try MOMA.linear(model: try EnvelopeTestModels.eColiCore(), knockouts: ["b1761"])
        XCTAssertEqual(result.status, .optimal)
        XCTAssertEqual(result.distance ?? .nan, 19.707248597838596, accuracy: 1e-6)
        XCTAssertEqual(result.referenceGrowth ?? .nan, 0.8739215069684305, accuracy: 1e-6)
        XCTAssertEqual(result.flux("GLUDy") ?? .nan, 0, accuracy: 1e-12)
        let growth = try XCTUnwrap(result.growth)
        XCTAssertGreaterThan(growth, 0)
        XCTAssertLessThanOrEqual(growth, 0.8513885233462047 + 1e-6)  // the knockout's FBA optimum
        print("MOMA b1761: distance \(result.distance ?? .nan), growth \(growth) (COBRApy 0.8177712859010215)")
    }

    func testPGIKnockoutDistanceMatchesCOBRApy() throws {
        let result = try MOMA.linear(model: try EnvelopeTestModels.eColiCore(), knockouts: ["PGI"])
        XCTAssertEqual(result.distance ?? .nan, 70.96499763490225, accuracy: 1e-6)
        print("MOMA PGI: distance \(result.distance ?? .nan), growth \(result.growth ?? .nan) (COBRApy 0.8425697466822729)")
    }

    func testReferenceItselfHasDistanceZero() throws {
        let model = try EnvelopeTestModels.eColiCore()
        let wildType = try FBA.optimize(model)
        let result = try MOMA.linear(model: model, reference: wildType.fluxes)
        XCTAssertEqual(result.distance ?? .nan, 0, accuracy: 1e-9)
    }

    func testInfeasibleKnockoutIsAStatusAndBadReferenceThrows() throws {
        var model = try EnvelopeTestModels.eColiCore()
        let wildType = try FBA.optimize(model)
        try model.setBounds(ofReaction: "EX_glc__D_e", lower: 0, upper: 1000)  // ATPM can no longer be fuelled
        let result = try MOMA.linear(model: model, reference: wildType.fluxes)
        XCTAssertEqual(result.status, .infeasible)
        XCTAssertNil(result.distance)
        XCTAssertThrowsError(try MOMA.linear(model: model, reference: [1, 2])) { error in
            XCTAssertEqual(error as? MOMAError, .referenceSizeMismatch(reference: 2, reactions: model.reactions.count))
        }
        XCTAssertThrowsError(try MOMA.linear(model: model, knockouts: ["no_such_gene"]))
    }
}
