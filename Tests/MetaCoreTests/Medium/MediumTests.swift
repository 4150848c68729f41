import MetaCore
import XCTest

/// Expected values come from COBRApy 0.29 on the same model (`model.medium` getter and setter).
final class MediumTests: XCTestCase {
    /// Exchanges in both orientations, forced secretion, an unlimited one, a sink and a transporter.
    static func tinyModel() throws -> Model {
        let ids = ["glc_e", "o2_e", "co2_e", "ac_e", "nh4_e", "fe_e", "pi_e", "glc_c"]
        func reaction(_ id: String, _ stoichiometry: [(String, Double)], _ lower: Double, _ upper: Double) -> Reaction {
            Reaction(id: id, stoichiometry: .init(uniqueKeysWithValues: stoichiometry), lowerBound: lower, upperBound: upper)
        }
        return try Model(
            id: "tiny",
            compartments: [Compartment(id: "c"), Compartment(id: "e")],
            metabolites: ids.map { Metabolite(id: $0, name: $0.uppercased(), compartment: String($0.suffix(1))) },
            reactions: [
                reaction("EX_glc_e", [("glc_e", -1)], -10, 1000),
                reaction("EX_o2_e", [("o2_e", -1)], -1000, 1000),
                reaction("EX_co2_e", [("co2_e", -1)], 0, 1000),
                reaction("EX_ac_e", [("ac_e", -1)], 2, 1000),
                reaction("EX_nh4_e", [("nh4_e", 1)], -1000, 5),
                reaction("EX_fe_e", [("fe_e", 1)], -1000, 0),
                reaction("EX_pi_e", [("pi_e", -1)], -.infinity, .infinity),
                reaction("SK_glc_c", [("glc_c", -1)], -10, 1000),
                reaction("GLCt", [("glc_e", -1), ("glc_c", 1)], 0, 1000),
            ])
    }

    func bounds(_ model: Model, _ id: String) -> [Double] {
        guard let reaction = model.reaction(id) else { return [] }
        return [reaction.lowerBound, reaction.upperBound]
    }

    func testReadingMatchesCOBRApyGetter() throws {
        let medium = try Self.tinyModel().medium
        XCTAssertEqual(medium.exchanges, ["EX_glc_e", "EX_o2_e", "EX_nh4_e", "EX_pi_e"])
        XCTAssertEqual(medium["EX_glc_e"], 10)
        XCTAssertEqual(medium["EX_o2_e"], 1000)
        XCTAssertEqual(medium["EX_nh4_e"], 5, "for <=> nh4_e uptake is the upper bound")
        XCTAssertEqual(medium["EX_pi_e"], .infinity)
        XCTAssertNil(medium["SK_glc_c"], "a sink in the cytosol is not an exchange")
        XCTAssertNil(medium["EX_ac_e"], "forced secretion allows no uptake")
    }

    func testApplyingMatchesCOBRApySetter() throws {
        let model = try Self.tinyModel()
        let medium = try Medium(["EX_glc_e": 5, "EX_co2_e": 3, "EX_fe_e": 2, "EX_ac_e": 1])
        let result = try medium.apply(to: model)
        XCTAssertEqual(bounds(result, "EX_glc_e"), [-5, 1000])
        XCTAssertEqual(bounds(result, "EX_o2_e"), [0, 1000])
        XCTAssertEqual(bounds(result, "EX_co2_e"), [-3, 1000])
        XCTAssertEqual(bounds(result, "EX_ac_e"), [-1, 1000])
        XCTAssertEqual(bounds(result, "EX_nh4_e"), [-1000, 0])
        XCTAssertEqual(bounds(result, "EX_fe_e"), [-1000, 2])
        XCTAssertEqual(bounds(result, "EX_pi_e"), [0, .infinity])
        XCTAssertEqual(bounds(result, "SK_glc_c"), [-10, 1000], "non-exchanges are untouched")
        XCTAssertEqual(result.medium.exchanges, ["EX_glc_e", "EX_co2_e", "EX_ac_e", "EX_fe_e"], "model order")
        XCTAssertEqual(result.medium, try Medium(["EX_glc_e": 5, "EX_co2_e": 3, "EX_ac_e": 1, "EX_fe_e": 2]))
        XCTAssertEqual(bounds(model, "EX_glc_e"), [-10, 1000], "the original model is a value and unchanged")
        XCTAssertFalse(bounds(result, "EX_o2_e")[0].sign == .minus, "closing writes 0, not -0")
    }

    func testClosingKeepsForcedSecretion() throws {
        let result = try Medium().apply(to: try Self.tinyModel())
        XCTAssertEqual(bounds(result, "EX_ac_e"), [2, 1000])
        XCTAssertTrue(result.medium.isEmpty)
    }

    func testRoundTripThroughModel() throws {
        let model = try Self.tinyModel()
        XCTAssertEqual(try model.medium.apply(to: model).medium, model.medium)
        var copy = model
        var medium = model.medium
        try medium.setUptake(0, for: "EX_o2_e")
        medium.remove("EX_pi_e")
        try copy.setMedium(medium)
        XCTAssertEqual(bounds(copy, "EX_o2_e"), [0, 1000])
        XCTAssertEqual(copy.medium.exchanges, ["EX_glc_e", "EX_nh4_e"], "a zero uptake is not an open exchange")
    }

    func testUnknownAndNonExchangeReactionsAreErrorsWithLines() throws {
        let model = try Self.tinyModel()
        let text = "# test\nEX_glc_e 10\n\nEX_xyz_e 5\n"
        XCTAssertThrowsError(try Medium(parsing: text, source: .file("m.txt")).apply(to: model)) { error in
            XCTAssertEqual((error as? MediumError)?.position, 4)
            XCTAssertEqual("\(error)", "m.txt:4: model 'tiny' has no reaction 'EX_xyz_e'")
        }
        XCTAssertThrowsError(try Medium(inline: "EX_glc_e=1,SK_glc_c=2").apply(to: model)) { error in
            guard let error = error as? MediumError, case .notAnExchange("SK_glc_c", "e") = error.kind else {
                return XCTFail("unexpected \(error)")
            }
            XCTAssertTrue(error.description.hasPrefix("--medium, entry 2: 'SK_glc_c' is not an exchange"), error.description)
        }
    }

    func testRateContradictingForcedBoundIsAnError() throws {
        let model = try Self.tinyModel()
        var forced = model
        try forced.setBounds(ofReaction: "EX_glc_e", lower: -10, upper: -8)
        // Uptake 5 would set lb = -5 above ub = -8; COBRApy raises ValueError here too.
        XCTAssertThrowsError(try Medium(["EX_glc_e": 5]).apply(to: forced)) { error in
            guard case .conflictingBounds(.reversedBounds("EX_glc_e", -5, -8))? = (error as? MediumError)?.kind else {
                return XCTFail("unexpected \(error)")
            }
        }
    }

    func testProgrammaticRatesAreChecked() {
        XCTAssertThrowsError(try Medium(["EX_glc_e": -10]))
        XCTAssertThrowsError(try Medium(["EX_glc_e": .nan]))
        XCTAssertThrowsError(try Medium(["EX_glc_e": 1, "EX_glc_e": 2]))
    }
}
