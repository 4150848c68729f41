import MetaCore
import XCTest

final class GPRTests: XCTestCase {
    func testAndBindsTighterThanOr() throws {
        let rule = try XCTUnwrap(GPR.parse("a or b and c"))
        XCTAssertEqual(rule, .or([.gene("a"), .and([.gene("b"), .gene("c")])]))
        XCTAssertEqual(rule.description, "a or (b and c)")
    }

    func testNestedSameOperatorIsFlattened() throws {
        let rule = try XCTUnwrap(GPR.parse("( ( llmg_0126  and  llmg_0127 )  or  ( llmg_0126  and  llmg_0128 ) )"))
        XCTAssertEqual(rule.genes, ["llmg_0126", "llmg_0127", "llmg_0128"])
        XCTAssertEqual(try GPR.parse("(a and (b and c))"), .and([.gene("a"), .gene("b"), .gene("c")]))
    }

    func testGenesOfLargeRulesKeepFirstAppearanceOrder() throws {
        // Above 16 gene mentions the de-duplication switches from a linear search to a set.
        let ids = (0..<40).map { "g\(($0 * 7) % 23)" }
        let rule = GPR.or(ids.map { .and([.gene($0), .gene("shared")]) })
        var expected: [String] = []
        for id in ids.flatMap({ [$0, "shared"] }) where !expected.contains(id) { expected.append(id) }
        XCTAssertEqual(rule.genes, expected)
        XCTAssertEqual(expected.count, 24)
        XCTAssertEqual(GPR.gene("b1").genes, ["b1"])
        XCTAssertTrue(rule.mentions { $0 == "g22" })
        XCTAssertFalse(rule.mentions { $0 == "g23" })
    }

    func testSymbolicOperatorsAndCase() throws {
        XCTAssertEqual(try GPR.parse("a && b || c"), try GPR.parse("(a AND b) Or c"))
        XCTAssertEqual(try GPR.parse("a & b"), .and([.gene("a"), .gene("b")]))
    }

    func testEmptyRuleIsNil() throws {
        XCTAssertNil(try GPR.parse(""))
        XCTAssertNil(try GPR.parse("   "))
    }

    func testCOBRAToolboxIndexTokenIsOneGene() throws {
        // COBRApy rejects this (it parses x(375) as a function call).
        XCTAssertEqual(try GPR.parse("x(375)"), .gene("x(375)"))
        XCTAssertEqual(try GPR.parse("x(1) or (x(2) and b)"), .or([.gene("x(1)"), .and([.gene("x(2)"), .gene("b")])]))
    }

    func testMalformedRulesThrow() {
        for bad in ["a and", "(a or b", "a b", "or a", "a or )", "()"] {
            XCTAssertThrowsError(try GPR.parse(bad), "'\(bad)' should not parse")
        }
    }

    func testKnockoutEvaluation() throws {
        let rule = try XCTUnwrap(GPR.parse("a and (b or c)"))
        XCTAssertTrue(rule.isActive(knockedOut: []))
        XCTAssertTrue(rule.isActive(knockedOut: ["b"]))
        XCTAssertFalse(rule.isActive(knockedOut: ["b", "c"]))
        XCTAssertFalse(rule.isActive(knockedOut: ["a"]))
    }
}
