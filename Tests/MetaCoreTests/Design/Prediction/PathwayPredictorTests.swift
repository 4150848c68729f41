import Foundation
import MetaCore
import XCTest

/// Prediction on e_coli_core with a 17-reaction slice of CarveMe's universe
/// (`Tests/Fixtures/universe_13ppd_subset.json`: the reactions around 1,3-propanediol,
/// copied from models/universe_bacteria.xml.gz with COBRApy, plus three decoys that a
/// careless predictor would pick: an element-unbalanced shortcut `dhap → 13ppd`, a one-sided
/// source `→ 13ppd + h2o`, and a transporter that only moves the product).
///
/// e_coli_core has neither glycerol nor 1,3-propanediol. Known routes from glucose: the
/// DuPont route (glycerol-3-P dehydrogenase, glycerol-3-P phosphatase, glycerol dehydratase,
/// 1,3-PDO oxidoreductase: 4 steps, with the NADH or NADPH oxidoreductase) and the
/// universe's 3-step methylglyoxal → L-lactaldehyde route.
final class PathwayPredictorTests: XCTestCase {
    static let chassis: Model = {
        // Force-unwrapped only in tests: the shipped file is known to read.
        try! ModelIO.read(path: TestModels.path("e_coli_core.xml.gz")).model
    }()
    static let universe: Model = {
        let path = TestModels.root.appendingPathComponent("Tests/Fixtures/universe_13ppd_subset.json").path
        return try! ModelIO.read(path: path).model
    }()

    private func predictor() throws -> PathwayPredictor {
        try PathwayPredictor(host: Self.chassis, universes: [Self.universe])
    }

    func testCandidatesLeaveOutTrivialAndInvalidReactions() throws {
        let candidates = try predictor().candidates
        let ids = Set(candidates.reactions.map(\.id))
        XCTAssertFalse(ids.contains("EX_13ppd_e"), "universe exchanges would make the product from nothing")
        XCTAssertFalse(ids.contains("FAKE_SOURCE"), "a one-sided reaction is a boundary in disguise")
        XCTAssertFalse(ids.contains("FAKE_13PPD"), "element-unbalanced reactions create mass")
        XCTAssertFalse(ids.contains("PGK"), "the chassis already has PGK")
        XCTAssertFalse(ids.contains("13PPDtpp"), "e_coli_core has no periplasm")
        XCTAssertEqual(candidates.excluded[.boundary], 3)
        XCTAssertEqual(candidates.excluded[.elementImbalance], 1)
        XCTAssertEqual(candidates.excluded[.inChassis], 1)
        XCTAssertEqual(candidates.excluded[.unmappedCompartment], 1)
        // Universe compartment C_c maps to the chassis' c; new metabolites carry the universe's formula and charge.
        let glycerol = try XCTUnwrap(candidates.newMetabolites["glyc_c"])
        XCTAssertEqual(glycerol.compartment, "c")
        XCTAssertEqual(glycerol.formula, "C3H8O3")
        XCTAssertEqual(glycerol.charge, 0)
    }

    func testFindsTheShortestRouteThenTheAlternatives() throws {
        let prediction = try predictor().predict(product: "13ppd", substrate: "EX_glc__D_e")
        XCTAssertEqual(prediction.stopReason, .exhausted)
        XCTAssertEqual(prediction.product.metabolite.id, "13ppd_c")
        XCTAssertTrue(prediction.product.isNew)
        XCTAssertEqual(prediction.demandReaction, "DM_13ppd_c")
        let byDiscovery = prediction.pathways.sorted { $0.discovery < $1.discovery }
        XCTAssertEqual(byDiscovery.map(\.steps), [3, 4, 4], "shortest first, then the next shortest")
        XCTAssertEqual(Set(byDiscovery[0].reactions.map(\.id)), ["MGSA", "LALDO3", "13PPDH2_1"])
        let dupont = Set(["G3PD2", "G3PT", "GLYCDH"])
        XCTAssertEqual(Set(byDiscovery[1...].map { Set($0.reactions.map(\.id)).subtracting(dupont) }), [["13PPDH"], ["13PPDH2"]])
        for pathway in prediction.pathways {
            XCTAssertEqual(pathway.status, .verified)
            XCTAssertTrue(pathway.provenShortest)
        }
        // Ranked by yield: COBRApy (GLPK), e_coli_core + the route + DM_13ppd_c, glucose uptake fixed at 10:
        // NADH route 13.117314487632461, the two NADPH routes 12.71301369863012.
        XCTAssertEqual(prediction.pathways.map(\.rank), [1, 2, 3])
        let first = prediction.pathways[0]
        XCTAssertEqual(Set(first.reactions.map(\.id)), dupont.union(["13PPDH"]))
        XCTAssertEqual(try XCTUnwrap(first.verification.productFlux), 13.117314487632461, accuracy: 1e-6)
        XCTAssertEqual(try XCTUnwrap(first.verification.molarYield), 1.3117314487632461, accuracy: 1e-7)
        XCTAssertEqual(try XCTUnwrap(first.verification.carbonYield), 1.3117314487632461 / 2, accuracy: 1e-7)
        for later in prediction.pathways.dropFirst() {
            XCTAssertEqual(try XCTUnwrap(later.verification.productFlux), 12.71301369863012, accuracy: 1e-6)
        }
        // New metabolites of the lactaldehyde route: mthgxl, lald__L and the product.
        XCTAssertEqual(Set(byDiscovery[0].newMetabolites.map(\.id)), ["mthgxl_c", "lald__L_c", "13ppd_c"])
    }

    func testMaximumStepsBoundsTheSearch() throws {
        let prediction = try predictor().predict(product: "13ppd", substrate: "EX_glc__D_e", settings: PredictionSettings(maximumSteps: 2))
        XCTAssertTrue(prediction.pathways.isEmpty)
        XCTAssertEqual(prediction.stopReason, .exhausted)
        let three = try predictor().predict(product: "13ppd", settings: PredictionSettings(maximumSteps: 3))
        XCTAssertEqual(three.pathways.map(\.steps), [3])
        XCTAssertNil(three.pathways[0].verification.molarYield, "no substrate: fluxes only")
    }

    func testAlternativesStopTheSearch() throws {
        let prediction = try predictor().predict(product: "13ppd", substrate: "EX_glc__D_e", settings: PredictionSettings(alternatives: 1))
        XCTAssertEqual(prediction.stopReason, .alternativesFound)
        XCTAssertEqual(prediction.pathways.count, 1)
        XCTAssertEqual(prediction.pathways[0].steps, 3)
    }

    func testProductNames() throws {
        let predictor = try predictor()
        for query in ["13ppd", "13ppd_c", "1,3-propanediol"] {
            XCTAssertEqual(try ProductTarget.resolve(query, host: Self.chassis, candidates: predictor.candidates).metabolite.id, "13ppd_c", query)
        }
        XCTAssertThrowsError(try predictor.predict(product: "14bdo")) { error in
            guard case .productNotFound(let query, _, _) = error as? PredictionError else { return XCTFail("\(error)") }
            XCTAssertEqual(query, "14bdo")
        }
        XCTAssertThrowsError(try predictor.predict(product: "succ")) { error in
            guard case .productAlreadyMade(let id, let flux) = error as? PredictionError else { return XCTFail("\(error)") }
            XCTAssertEqual(id, "succ_c")
            XCTAssertGreaterThan(flux, 1)
        }
    }

    func testBadInputIsATypedError() throws {
        let predictor = try predictor()
        XCTAssertThrowsError(try predictor.predict(product: "13ppd", substrate: "PGK")) { error in
            guard case .invalidSubstrate = error as? PredictionError else { return XCTFail("\(error)") }
        }
        for settings in [PredictionSettings(maximumSteps: 0), PredictionSettings(timeLimit: .nan), PredictionSettings(minimumProduction: -1)] {
            XCTAssertThrowsError(try predictor.predict(product: "13ppd", settings: settings)) { error in
                guard case .invalidSettings = error as? PredictionError else { return XCTFail("\(error)") }
            }
        }
        let foreign = try Model(id: "foreign", compartments: [Compartment(id: "x")],
                                metabolites: [Metabolite(id: "zzz", compartment: "x")], reactions: [])
        XCTAssertThrowsError(try PathwayPredictor(host: Self.chassis, universes: [foreign])) { error in
            guard case .noSharedMetabolites = error as? PredictionError else { return XCTFail("\(error)") }
        }
    }

    func testTimeLimitEndsTheSearch() throws {
        let prediction = try predictor().predict(product: "13ppd", settings: PredictionSettings(timeLimit: 1e-6))
        XCTAssertEqual(prediction.stopReason, .timeLimit)
        XCTAssertTrue(prediction.pathways.isEmpty)
    }
}
