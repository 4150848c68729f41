import MetaCore
import XCTest

/// Production envelopes of e_coli_core against COBRApy 0.32 + GLPK, computed with
/// ```
/// m = cobra.io.read_sbml_model('models/e_coli_core.xml.gz')
/// cobra.flux_analysis.production_envelope(m, ['BIOMASS_Ecoli_core_w_GAM'], objective='EX_succ_e')
/// ```
/// (and `objective='EX_ac_e'`), columns printed with full precision.
final class EnvelopeTests: XCTestCase {
    private static let succinateMaximum = [
        16.384166666666665, 15.542472356813873, 14.700778046961076, 13.859083737108278, 13.017389427255484,
        12.171232836207157, 11.322755999193229, 10.474279162179384, 9.611048637078714, 8.74201795200768,
        7.872987266936638, 7.003956581865599, 6.134925896794555, 5.265895211723511, 4.396864526652472,
        3.5247240051347934, 2.643543003851099, 1.7623620025674218, 0.8811810012837009, 0.0,
    ]
    private static let acetateMaximum = [
        20.000000000000007, 19.30093178822844, 18.601863576456875, 17.90279536468531, 17.20372715291375,
        16.50465894114219, 15.805590729370625, 15.10652251759906, 14.407454305827503, 13.708386094055935,
        13.009317882284376, 12.310249670512809, 11.61118145874125, 10.912113246969689, 9.619969948034516,
        7.9069916109893725, 6.021403508771927, 4.014269005847948, 2.007134502923975, 0.0,
    ]

    func testSuccinateMatchesCOBRApy() throws {
        let envelope = try ProductionEnvelope.compute(try EnvelopeTestModels.eColiCore(), product: "EX_succ_e")
        XCTAssertEqual(envelope.status, .optimal)
        XCTAssertEqual(envelope.xReaction, "BIOMASS_Ecoli_core_w_GAM")
        XCTAssertEqual(envelope.carbonSources, ["EX_glc__D_e"])
        XCTAssertEqual(envelope.points.count, 20)
        XCTAssertEqual(envelope.points[0].x, 0, accuracy: 1e-9)
        XCTAssertEqual(envelope.points[19].x, 0.8739215069684303, accuracy: 1e-6)
        XCTAssertEqual(envelope.points[10].x, 0.4599586878781212, accuracy: 1e-6)
        for (point, expected) in zip(envelope.points, Self.succinateMaximum) {
            XCTAssertEqual(point.minimum.flux ?? .nan, 0, accuracy: 1e-6)
            XCTAssertEqual(point.minimum.carbonYield ?? .nan, 0, accuracy: 1e-6)
            XCTAssertEqual(point.maximum.flux ?? .nan, expected, accuracy: 1e-6)
        }
        // carbon_yield_maximum, mass_yield_maximum at points 0 and 10.
        XCTAssertEqual(envelope.points[0].maximum.carbonYield ?? .nan, 1.0922777777777777, accuracy: 1e-6)
        XCTAssertEqual(envelope.points[10].maximum.carbonYield ?? .nan, 0.5248658177957759, accuracy: 1e-6)
        // Mass yields differ from COBRApy's by ~2e-6 relative: `Formula.molarMass` uses IUPAC 2013
        // abridged atomic weights (C 12.011, H 1.008), COBRApy older ones (C 12.0107, H 1.00794).
        XCTAssertEqual(envelope.points[0].maximum.massYield ?? .nan, 1.0556111822717082, accuracy: 5e-6)
        XCTAssertEqual(envelope.points[10].maximum.massYield ?? .nan, 0.5072466342624133, accuracy: 5e-6)
    }

    func testAcetateMatchesCOBRApy() throws {
        let envelope = try ProductionEnvelope.compute(try EnvelopeTestModels.eColiCore(), product: "EX_ac_e")
        XCTAssertEqual(envelope.points.count, 20)
        for (point, expected) in zip(envelope.points, Self.acetateMaximum) {
            XCTAssertEqual(point.minimum.flux ?? .nan, 0, accuracy: 1e-6)
            XCTAssertEqual(point.maximum.flux ?? .nan, expected, accuracy: 1e-6)
        }
        XCTAssertEqual(envelope.points[0].maximum.carbonYield ?? .nan, 0.666666666666667, accuracy: 1e-6)
        XCTAssertEqual(envelope.points[14].maximum.carbonYield ?? .nan, 0.3206656649344838, accuracy: 1e-6)
        XCTAssertEqual(envelope.points[14].maximum.massYield ?? .nan, 0.3152834634157646, accuracy: 5e-6)
    }

    func testOtherXAxisAndPointCount() throws {
        // Succinate against oxygen uptake, 5 points; x runs from the least to the most EX_o2_e flux.
        let envelope = try ProductionEnvelope.compute(
            try EnvelopeTestModels.eColiCore(), product: "EX_succ_e", x: "EX_o2_e", carbonSources: ["EX_glc__D_e"], points: 5)
        XCTAssertEqual(envelope.points.count, 5)
        XCTAssertLessThan(envelope.points[0].x, envelope.points[4].x)
        XCTAssertTrue(envelope.points.allSatisfy { $0.maximum.status == .optimal })
    }

    func testNoCarbonSourceIsAStatusNotACrash() throws {
        var model = try EnvelopeTestModels.eColiCore()
        try model.setBounds(ofReaction: "EX_glc__D_e", lower: 0, upper: 1000)
        // ATPM forces 8.39 mmol/gDW/h of ATP turnover, which nothing can fuel now.
        let envelope = try ProductionEnvelope.compute(model, product: "EX_succ_e")
        XCTAssertEqual(envelope.status, .infeasible)
        XCTAssertTrue(envelope.points.isEmpty)
        XCTAssertEqual(envelope.carbonSources, [])
    }

    func testBadArgumentsThrowDescriptiveErrors() throws {
        let model = try EnvelopeTestModels.eColiCore()
        XCTAssertThrowsError(try ProductionEnvelope.compute(model, product: "EX_nope")) { error in
            XCTAssertEqual(error as? EnvelopeError, .unknownReaction("EX_nope", role: "product"))
        }
        XCTAssertThrowsError(try ProductionEnvelope.compute(model, product: "EX_succ_e", points: 0))
        XCTAssertThrowsError(try ProductionEnvelope.compute(model, product: "EX_succ_e", x: "EX_succ_e"))
    }
}
