import MetaCore
import XCTest

final class ReactionEquationTests: XCTestCase {
    private func ref(_ text: String) -> MetaboliteReference {
        MetaboliteReference(parsing: text) ?? MetaboliteReference(id: "?", compartment: "?")
    }

    func testArrowsSetTheBounds() throws {
        let forward = try ReactionEquation.parse("succoa_c + nadh_c + h_c --> sucsal_c + coa_c + nad_c")
        XCTAssertEqual(forward.lowerBound, 0)
        XCTAssertEqual(forward.upperBound, 1000)
        XCTAssertEqual(forward.stoichiometry[ref("succoa_c")], -1)
        XCTAssertEqual(forward.stoichiometry[ref("nad_c")], 1)
        XCTAssertEqual(forward.stoichiometry.count, 6)
        let reversible = try ReactionEquation.parse("a_c <=> b_c")
        XCTAssertEqual([reversible.lowerBound, reversible.upperBound], [-1000, 1000])
        let backward = try ReactionEquation.parse("a_c <-- b_c")
        XCTAssertEqual([backward.lowerBound, backward.upperBound], [-1000, 0])
        // COBRApy's looser arrows.
        XCTAssertEqual(try ReactionEquation.parse("a_c -> b_c").upperBound, 1000)
        XCTAssertEqual(try ReactionEquation.parse("a_c <==> b_c").lowerBound, -1000)
    }

    func testCoefficientsCompartmentsAndCancelling() throws {
        let parsed = try ReactionEquation.parse("2 glc__D_e + 0.5 o2_c --> 3 h_e + 2-oxo_c + h_e")
        XCTAssertEqual(parsed.stoichiometry[MetaboliteReference(id: "glc__D", compartment: "e")], -2)
        XCTAssertEqual(parsed.stoichiometry[ref("o2_c")], -0.5)
        XCTAssertEqual(parsed.stoichiometry[ref("h_e")], 4)
        XCTAssertEqual(parsed.stoichiometry[MetaboliteReference(id: "2-oxo", compartment: "c")], 1)
        // Water on both sides cancels; the rest stays in written order.
        let cancelled = try ReactionEquation.parse("a_c + h2o_c --> b_c + h2o_c")
        XCTAssertEqual(cancelled.stoichiometry.keys.map(\.description), ["a_c", "b_c"])
        // An exchange-like equation with an empty side.
        XCTAssertEqual(try ReactionEquation.parse("a_e -->").stoichiometry.count, 1)
    }

    func testRenderingRoundTrips() throws {
        for equation in ["succoa_c + nadh_c + h_c --> sucsal_c + coa_c + nad_c", "2 a_c <=> b_m", "a_c <-- 1.5 b_x"] {
            let parsed = try ReactionEquation.parse(equation)
            XCTAssertEqual(ReactionEquation.render(parsed.stoichiometry, lowerBound: parsed.lowerBound, upperBound: parsed.upperBound), equation)
        }
    }

    func testErrorsSayWhatIsWrong() {
        let cases: [(String, String)] = [
            ("a_c + b_c", "no arrow"),
            ("a_c --> b_c --> c_c", "2 arrows"),
            ("-2 a_c --> b_c", "not a positive coefficient"),
            ("a_c --> b", "no compartment suffix"),
            ("a_c --> b_q", "unknown compartment '_q'"),
            ("a_c + + b_c --> c_c", "'+' in '+ b_c' is not a positive coefficient"),
            ("a_c --> a_c", "cancel"),
        ]
        for (equation, expected) in cases {
            XCTAssertThrowsError(try ReactionEquation.parse(equation), equation) { error in
                XCTAssertTrue("\(error)".contains(expected), "\(equation): \(error)")
                XCTAssertTrue("\(error)".contains(equation), "\(error)")
            }
        }
    }
}
