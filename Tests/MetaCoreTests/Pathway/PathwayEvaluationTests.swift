import Foundation
import Synchronization
import MetaCore
import XCTest

/// Pathway yields in iML1515 against COBRApy 0.32.1 + GLPK on the same definitions, recorded by
/// `bench/pathway_yields.py` in `bench/reference/pathway_yields.json`.
final class PathwayEvaluationTests: XCTestCase {
    private struct Reference: Decodable {
        struct Entry: Decodable {
            var status: String
            var max_theoretical_yield: Double?
            var carbon_yield: Double?
            var maximum_growth: Double?
            var max_achievable_yield: Double?
            var growth_coupled_yield: Double?
            var added: [String]?
            var native: [String]?
        }
        var results: [String: Entry]
    }

    private static let files = ["bdo_yim2011": "14bdo.yaml", "succ_native": "succinate.yaml", "pdo_glycerol_dha": "13pdo.yaml"]
    private static let exchanges = ["glucose": "EX_glc__D_e", "glycerol": "EX_glyc_e"]

    func testYieldsEqualCOBRApy() throws {
        let url = TestModels.root.appendingPathComponent("bench/reference/pathway_yields.json")
        let reference = try JSONDecoder().decode(Reference.self, from: Data(contentsOf: url))
        XCTAssertEqual(reference.results.count, 6)
        let chassis = try PathwayTestSupport.iML1515()
        let index = ChassisIndex(chassis)
        for (key, expected) in reference.results.sorted(by: { $0.key < $1.key }) {
            let parts = key.split(separator: "|").map(String.init)
            let pathway = try PathwayTestSupport.pathway(parts[0], in: try XCTUnwrap(Self.files[parts[0]]))
            let exchange = try XCTUnwrap(Self.exchanges[parts[1]])
            let model = try PathwayTestSupport.condition(chassis, substrate: exchange, aerobic: parts[2] == "aerobic")
            var options = PathwayEvaluation.Options()
            options.envelopePoints = 0
            let result = PathwayEvaluation.evaluate(pathway, in: model, substrate: exchange, options: options,
                                                    table: PathwayTestSupport.table, index: index)
            XCTAssertEqual(result.status.rawValue, expected.status, key)
            func check(_ ours: Double?, _ theirs: Double?, _ what: String) {
                guard let theirs else { return }
                XCTAssertEqual(ours ?? .nan, theirs, accuracy: 1e-6, "\(key) \(what)")
            }
            check(result.maxTheoretical?.molar, expected.max_theoretical_yield, "max theoretical")
            check(result.maxTheoretical?.carbon, expected.carbon_yield, "carbon yield")
            check(result.maximumGrowth, expected.maximum_growth, "maximum growth")
            check(result.maxAchievable?.molar, expected.max_achievable_yield, "max achievable")
            check(result.growthCoupledYield, expected.growth_coupled_yield, "growth-coupled")
            XCTAssertEqual(result.addedReactions, expected.added ?? [], key)
            XCTAssertEqual(result.nativeReactions.map(\.pathwayReaction), expected.native ?? [], key)
        }
    }

    /// The published values: anaerobic succinate ≈ 1.71 mol/mol glucose in E. coli (CO₂ fixed by
    /// PEP carboxykinase; with maintenance), and 1,4-BDO ≈ 1.05 mol/mol aerobically in iML1515
    /// with ATP maintenance (1.08 without it; Yim et al. 2011 report 1.09 in iAF1260).
    func testWellKnownYields() throws {
        let chassis = try PathwayTestSupport.iML1515()
        let succinate = try PathwayTestSupport.pathway("succ_native", in: "succinate.yaml")
        var options = PathwayEvaluation.Options()
        options.envelopePoints = 5
        let anaerobic = PathwayEvaluation.evaluate(
            succinate, in: try PathwayTestSupport.condition(chassis, aerobic: false), substrate: "EX_glc__D_e", options: options)
        XCTAssertEqual(anaerobic.maxTheoretical?.molar ?? .nan, 1.7111578947368358, accuracy: 1e-6)
        XCTAssertTrue(anaerobic.isGrowthCoupled)  // anaerobic growth needs succinate as an electron sink
        XCTAssertEqual(anaerobic.envelope?.points.count, 5)
        XCTAssertEqual(anaerobic.limitingCofactors.first?.cofactor, "ATP")  // anaerobic succinate is ATP-limited

        let bdo = try PathwayTestSupport.pathway("bdo_yim2011", in: "14bdo.yaml")
        let aerobic = try PathwayTestSupport.condition(chassis, aerobic: true)
        let result = PathwayEvaluation.evaluate(bdo, in: aerobic, substrate: "EX_glc__D_e", options: options, table: PathwayTestSupport.table)
        XCTAssertEqual(result.status, .optimal)
        XCTAssertEqual(result.maxTheoretical?.molar ?? .nan, 1.048919540229885, accuracy: 1e-6)
        XCTAssertEqual(result.maxTheoretical?.mass ?? .nan, 1.048919540229885 * 90.122 / 180.156, accuracy: 1e-4)
        XCTAssertEqual(result.heterologousSteps, 5)
        var noMaintenance = aerobic
        try noMaintenance.setBounds(ofReaction: "ATPM", lower: 0, upper: 1000)
        let free = PathwayEvaluation.evaluate(bdo, in: noMaintenance, substrate: "EX_glc__D_e", options: options, table: PathwayTestSupport.table)
        XCTAssertEqual(free.maxTheoretical?.molar ?? .nan, 1.080459770114943, accuracy: 1e-6)
    }

    /// The theoretical and achievable yields are exactly what `Yield.maximum` gives on the inserted model.
    func testAgreesWithYieldMaximum() throws {
        let chassis = try PathwayTestSupport.eColiCore()
        let bdo = try PathwayTestSupport.pathway("bdo_yim2011", in: "14bdo.yaml")
        var options = PathwayEvaluation.Options()
        options.envelopePoints = 0
        let result = PathwayEvaluation.evaluate(bdo, in: chassis, substrate: "EX_glc__D_e", options: options, table: PathwayTestSupport.table)
        XCTAssertEqual(result.status, .optimal)
        let inserted = try chassis.inserting(bdo, table: PathwayTestSupport.table).model
        let theoretical = try Yield.maximum(inserted, product: "EX_14bdo_e", substrate: "EX_glc__D_e")
        let achievable = try Yield.maximum(inserted, product: "EX_14bdo_e", substrate: "EX_glc__D_e", growthFraction: 0.1)
        XCTAssertEqual(result.maxTheoretical?.molar ?? .nan, theoretical.molar ?? .nan, accuracy: 1e-9)
        XCTAssertEqual(result.maxTheoretical?.carbon ?? .nan, theoretical.carbon ?? .nan, accuracy: 1e-9)
        XCTAssertEqual(result.maxTheoretical?.mass ?? .nan, theoretical.mass ?? .nan, accuracy: 1e-9)
        XCTAssertEqual(result.maxAchievable?.molar ?? .nan, achievable.molar ?? .nan, accuracy: 1e-9)
        XCTAssertEqual(result.maximumGrowth ?? .nan, achievable.maximumGrowth ?? .nan, accuracy: 1e-9)
    }

    /// A cofactor's value is the product gained per unit supplied: on a toy network where the
    /// product needs one NADH per molecule and NADH comes only from the substrate, one extra
    /// NADH buys one extra product.
    func testCofactorValueSign() throws {
        func reaction(_ id: String, _ equation: String) throws -> Reaction {
            let parsed = try ReactionEquation.parse(equation)
            var stoichiometry: [String: Double] = [:]
            for (reference, coefficient) in parsed.stoichiometry { stoichiometry[reference.description] = coefficient }
            return Reaction(id: id, stoichiometry: .init(uniqueKeysWithValues: stoichiometry.sorted { $0.key < $1.key }),
                            lowerBound: parsed.lowerBound, upperBound: parsed.upperBound)
        }
        let ids = ["s_e", "s_c", "p_c", "p_e", "nad_c", "nadh_c", "h_c", "biomass_c"]
        let model = try Model(
            id: "toy", compartments: [Compartment(id: "c"), Compartment(id: "e")],
            metabolites: ids.map { Metabolite(id: $0, compartment: String($0.suffix(1)), formula: $0.hasPrefix("s") ? "C2" : "C1") },
            reactions: [
                try reaction("EX_s_e", "s_e <=>"), try reaction("EX_p_e", "p_e -->"), try reaction("T", "s_e --> s_c"),
                // One substrate gives two product precursors but only one NADH.
                try reaction("SPLIT", "s_c + nad_c --> 2 p_c + nadh_c"), try reaction("RED", "p_c + nadh_c + h_c --> p_e + nad_c"),
                try reaction("H", "--> h_c"), try reaction("BIO", "s_c --> biomass_c"), try reaction("DM_bio", "biomass_c -->"),
                try reaction("DM_p_c", "p_c -->"),  // surplus precursor leaves unreduced
            ],
            objective: .reaction("BIO"))
        var bounded = model
        try bounded.setBounds(ofReaction: "EX_s_e", lower: -10, upper: 1000)
        let pathway = Pathway(id: "toy", name: "toy", product: PathwayMetabolite(id: "p"), export: true)
        var options = PathwayEvaluation.Options()
        options.envelopePoints = 0
        let result = PathwayEvaluation.evaluate(pathway, in: bounded, substrate: "EX_s_e", options: options)
        XCTAssertEqual(result.status, .optimal, result.message ?? "")
        XCTAssertEqual(result.maxTheoretical?.molar ?? .nan, 1, accuracy: 1e-9)
        let nadh = try XCTUnwrap(result.limitingCofactors.first)
        XCTAssertEqual(nadh.cofactor, "NADH")
        XCTAssertEqual(nadh.value, 1, accuracy: 1e-9)
    }

    func testStatusesForWhatCannotBeComputed() throws {
        let chassis = try PathwayTestSupport.eColiCore()
        let bdo = try PathwayTestSupport.pathway("bdo_yim2011", in: "14bdo.yaml")
        let unresolved = PathwayEvaluation.evaluate(bdo, in: chassis, substrate: "EX_glc__D_e")  // no table: nadh_c is found, 4hbal new…
        XCTAssertEqual(unresolved.status, .optimal)  // every metabolite is a BiGG id or declared new
        let missing = Pathway(id: "m", name: "m", product: PathwayMetabolite(id: "p", isNew: true), export: true,
                              reactions: [PathwayReaction(id: "R", stoichiometry: try ReactionEquation.parse("foo_c --> p_c").stoichiometry)])
        let result = PathwayEvaluation.evaluate(missing, in: chassis, substrate: "EX_glc__D_e")
        XCTAssertEqual(result.status, .unresolvedMetabolites)
        XCTAssertEqual(result.unresolved.map(\.reference.description), ["foo_c"])
        XCTAssertTrue(result.table().contains("unresolved: foo_c"), result.table())
        XCTAssertEqual(PathwayEvaluation.evaluate(bdo, in: chassis, substrate: "PGI", table: PathwayTestSupport.table).status, .invalid)
        XCTAssertEqual(PathwayEvaluation.evaluate(bdo, in: chassis, substrate: "EX_nope").message,
                       "the model has no substrate exchange 'EX_nope'")
        var anaerobicNoGlucose = chassis
        try anaerobicNoGlucose.setBounds(ofReaction: "EX_glc__D_e", lower: 0, upper: 1000)
        XCTAssertTrue(PathwayEvaluation.evaluate(bdo, in: anaerobicNoGlucose, substrate: "EX_glc__D_e").message?
            .contains("cannot be taken up") ?? false)
        var starving = chassis
        try starving.setBounds(ofReaction: "ATPM", lower: 1000, upper: 1000)
        XCTAssertEqual(PathwayEvaluation.evaluate(bdo, in: starving, substrate: "EX_glc__D_e").status, .infeasible)
        let glycerol = try PathwayTestSupport.pathway("pdo_glycerol_dha", in: "13pdo.yaml")
        // e_coli_core has no glycerol metabolism: 1,3-PDO cannot be made from glucose.
        let none = PathwayEvaluation.evaluate(glycerol, in: chassis, substrate: "EX_glc__D_e", table: PathwayTestSupport.table)
        XCTAssertTrue([.unresolvedMetabolites, .noProduction].contains(none.status), "\(none.status)")
    }

    /// Evaluations from several threads at once give what one thread gives.
    func testConcurrentEvaluationsAgree() throws {
        let chassis = try PathwayTestSupport.eColiCore()
        let index = ChassisIndex(chassis)
        let bdo = try PathwayTestSupport.pathway("bdo_yim2011", in: "14bdo.yaml")
        let serial = PathwayEvaluation.evaluate(bdo, in: chassis, substrate: "EX_glc__D_e", table: PathwayTestSupport.table, index: index)
        let results = Mutex<[Double?]>([])
        DispatchQueue.concurrentPerform(iterations: 8) { _ in
            let result = PathwayEvaluation.evaluate(bdo, in: chassis, substrate: "EX_glc__D_e", table: PathwayTestSupport.table, index: index)
            results.withLock { $0.append(result.maxAchievable?.molar) }
        }
        XCTAssertEqual(results.withLock { $0 }, Array(repeating: serial.maxAchievable?.molar, count: 8))
    }

    func testReportsCarryTheContractKeys() throws {
        let chassis = try PathwayTestSupport.eColiCore()
        let bdo = try PathwayTestSupport.pathway("bdo_yim2011", in: "14bdo.yaml")
        let result = PathwayEvaluation.evaluate(bdo, in: chassis, substrate: "EX_glc__D_e",
                                                labels: .init(chassis: "core", substrate: "glucose", aeration: "aerobic"),
                                                table: PathwayTestSupport.table)
        let json = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(result.json().rendered().utf8)) as? [String: Any])
        for key in ["chassis", "pathway", "product", "substrate", "aeration", "max_theoretical_yield", "max_achievable_yield",
                    "max_theoretical_yield_g_per_g", "carbon_yield", "heterologous_steps", "status"] {
            XCTAssertNotNil(json[key], key)
        }
        XCTAssertEqual(json["chassis"] as? String, "core")
        XCTAssertEqual(json["heterologous_steps"] as? Int, 6)  // e_coli_core lacks iML1515's GHBDHx
        XCTAssertEqual(result.csv().split(separator: "\n").count, 2)
        XCTAssertTrue(result.table().contains("maximum theoretical"))
    }
}
