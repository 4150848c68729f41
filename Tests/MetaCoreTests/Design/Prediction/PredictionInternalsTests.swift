import Foundation
@testable import MetaCore
import XCTest
import Yams

/// The pieces of prediction that are easy to get subtly wrong: dead-end pruning, YAML
/// scalars, balances, compartment naming and the free-lunch test.
final class PredictionInternalsTests: XCTestCase {
    private func reaction(_ id: String, _ stoichiometry: [(String, Double)], lower: Double = 0, upper: Double = 1000) -> Reaction {
        var map = Reaction(id: id, stoichiometry: [:]).stoichiometry
        for (metabolite, coefficient) in stoichiometry { map[metabolite] = coefficient }
        return Reaction(id: id, stoichiometry: map, lowerBound: lower, upperBound: upper)
    }

    func testDeadEndPruningKeepsOnlyReactionsThatCanCarryFlux() {
        // EX_a: → a; R1: a → b; R2: b → c (c has no consumer); R3: b ⇌ d with d touched only by R3;
        // R4: b → e, DM_e: e →. Blocked: R2 (dead end c) and R3 (d has one reaction).
        let reactions = [
            reaction("EX_a", [("a", 1)]), reaction("R1", [("a", -1), ("b", 1)]), reaction("R2", [("b", -1), ("c", 1)]),
            reaction("R3", [("b", -1), ("d", 1)], lower: -1000), reaction("R4", [("b", -1), ("e", 1)]), reaction("DM_e", [("e", -1)]),
        ]
        XCTAssertEqual(DeadEndPruning.blockedReactions(reactions), [2, 3])
        // An irreversible reaction that can only consume a metabolite nothing makes is blocked, and so is what follows it.
        let chain = [reaction("R1", [("x", -1), ("y", 1)]), reaction("R2", [("y", -1), ("z", 1)]), reaction("DM_z", [("z", -1)])]
        XCTAssertEqual(DeadEndPruning.blockedReactions(chain), [0, 1, 2])
    }

    func testYAMLScalarsReadBackAsTheSameString() throws {
        let samples = [
            "13ppd", "14bdo", "1e3", "0x1F", "123", "1_000", ".5", "true", "no", "null", "~", "", " lead", "trail ",
            "a: b", "a #b", "- dash", "[x]", "{y}", "glc__D_c + atp_c --> g6p_c + adp_c + h_c", "x <=> y", "quote\"d",
            "back\\slash", "tab\there", "new\nline", "del\u{7F}", "c1\u{85}x\u{9B}", "ünï ✓", "1,3-Propanediol", "@at", "%pct", "`tick`", "*star", "&amp", "!bang", "|pipe", ">gt",
        ]
        for sample in samples {
            let text = "key: \(YAMLScalar.string(sample))\nlist: \(YAMLScalar.list([sample, "b"]))\n"
            let document = try XCTUnwrap(try Yams.load(yaml: text) as? [String: Any], text)
            XCTAssertEqual(document["key"] as? String, sample, text)
            XCTAssertEqual(document["list"] as? [String], [sample, "b"], text)
        }
        XCTAssertEqual(YAMLScalar.string("13ppd"), "13ppd")
        XCTAssertEqual(YAMLScalar.number(-1000), "-1000")
    }

    func testBalanceFromFormulas() throws {
        let metabolites: [String: Metabolite] = [
            "glyc_c": Metabolite(id: "glyc_c", compartment: "c", formula: "C3H8O3", charge: 0),
            "3hppnl_c": Metabolite(id: "3hppnl_c", compartment: "c", formula: "C3H6O2", charge: 0),
            "h2o_c": Metabolite(id: "h2o_c", compartment: "c", formula: "H2O", charge: 0),
            "h_c": Metabolite(id: "h_c", compartment: "c", formula: "H", charge: 1),
            "bad_c": Metabolite(id: "bad_c", compartment: "c", formula: nil, charge: 0),
        ]
        let balanced = try XCTUnwrap(CandidateBalance(reaction("GLYCDH", [("glyc_c", -1), ("3hppnl_c", 1), ("h2o_c", 1)]).stoichiometry) { metabolites[$0] })
        XCTAssertTrue(balanced.isElementBalanced)
        XCTAssertNil(balanced.chargeImbalance)
        let unbalanced = try XCTUnwrap(CandidateBalance(reaction("X", [("glyc_c", -1), ("3hppnl_c", 1), ("h_c", 1)]).stoichiometry) { metabolites[$0] })
        XCTAssertFalse(unbalanced.isElementBalanced)
        XCTAssertEqual(unbalanced.chargeImbalance, 1)
        XCTAssertNil(CandidateBalance(reaction("Y", [("bad_c", -1), ("glyc_c", 1)]).stoichiometry) { metabolites[$0] })
    }

    func testCompartmentNaming() throws {
        XCTAssertEqual(CompartmentNaming.baseID(of: "glc__D_c"), "glc__D")
        XCTAssertEqual(CompartmentNaming.suffix(of: "glc__D_c"), "c")
        XCTAssertEqual(CompartmentNaming.baseID(of: "nosuffix"), "nosuffix")
        let mapping = CompartmentNaming.mapping(from: PathwayPredictorTests.universe, to: PathwayPredictorTests.chassis)
        XCTAssertEqual(mapping["C_c"], "c")
        XCTAssertEqual(mapping["C_e"], "e")
        XCTAssertNil(mapping["C_p"])
        XCTAssertEqual(CompartmentNaming(PathwayPredictorTests.chassis).cytosol, "c")
    }

    func testFreeATPIsCaughtAsAFreeLunch() throws {
        // A balanced but impossible "ATP synthase" that needs no proton gradient: adp + pi + h → atp + h2o.
        let chassis = PathwayPredictorTests.chassis
        let predictor = try PathwayPredictor(host: chassis, universes: [PathwayPredictorTests.universe])
        let product = try ProductTarget.resolve("13ppd", host: chassis, candidates: predictor.candidates)
        let prepared = try PreparedChassis(host: chassis, product: product, bigM: 1000, settings: SolverSettings())
        let verifier = try PathwayVerifier(
            host: prepared.model, demand: prepared.demand, substrate: "EX_glc__D_e", maintenance: "ATPM", settings: SolverSettings())
        let route = ["MGSA", "LALDO3", "13PPDH2_1"].compactMap { id in predictor.candidates.reactions.first { $0.id == id } }
        let metabolites = ["mthgxl_c", "lald__L_c"].compactMap { predictor.candidates.newMetabolites[$0] }
        XCTAssertEqual(try verifier.verify(route, newMetabolites: metabolites).status, .verified)
        let freeATP = reaction("FREE_ATP", [("adp_c", -1), ("pi_c", -1), ("h_c", -1), ("atp_c", 1), ("h2o_c", 1)])
        let verdict = try verifier.verify(route + [freeATP], newMetabolites: metabolites)
        XCTAssertEqual(verdict.status, .freeLunch)
        XCTAssertTrue(verdict.freeLunch?.contains("ATP") ?? false, verdict.freeLunch ?? "")
    }

    func testAnUnprovenSetIsReducedToAMinimalOne() throws {
        // What happens to a MILP incumbent found before the time limit: reactions are dropped
        // while the rest still reach the minimum production.
        let chassis = PathwayPredictorTests.chassis
        let predictor = try PathwayPredictor(host: chassis, universes: [PathwayPredictorTests.universe])
        let product = try ProductTarget.resolve("13ppd", host: chassis, candidates: predictor.candidates)
        let prepared = try PreparedChassis(host: chassis, product: product, bigM: 1000, settings: SolverSettings())
        let pool = CandidatePool(candidates: predictor.candidates, prepared: prepared, product: product, pruneDeadEnds: true)
        let verifier = try PathwayVerifier(
            host: prepared.model, demand: prepared.demand, substrate: "EX_glc__D_e", maintenance: nil, settings: SolverSettings())
        let padded = ["GLYK", "MGSA", "G3PT", "LALDO3", "13PPDH2_1"].compactMap { id in pool.reactions.firstIndex { $0.id == id } }
        XCTAssertEqual(padded.count, 5)
        let minimal = try predictor.minimalSubset(padded, pool: pool, verifier: verifier, settings: PredictionSettings())
        XCTAssertEqual(Set(minimal.map { pool.reactions[$0].id }), ["MGSA", "LALDO3", "13PPDH2_1"])
    }
}
