import Foundation
import XCTest

/// The output contracts other tools read: CSV headers and JSON keys of fva, delete and pfba.
final class AnalysisCommandTests: XCTestCase {
    func testFVACSVContract() throws {
        let outcome = try CLIRunner.run(["fva", CLIRunner.model("e_coli_core.xml.gz"), "--reactions", "PFK,PGI", "--fraction", "0.9", "--format", "csv"])
        XCTAssertEqual(outcome.exitCode, 0, outcome.stderr)
        let lines = outcome.stdout.split(separator: "\n")
        XCTAssertEqual(lines.first, "reaction,minimum,maximum")
        XCTAssertEqual(lines.count, 3)
        let pfk = lines[1].split(separator: ",")
        XCTAssertEqual(pfk[0], "PFK")
        // COBRApy: flux_variability_analysis(m, ['PFK'], fraction_of_optimum=0.9) → 1.171705670610353 … 25.29064376594441
        XCTAssertEqual(Double(pfk[1]) ?? .nan, 1.171705670610353, accuracy: 1e-6)
        XCTAssertEqual(Double(pfk[2]) ?? .nan, 25.29064376594441, accuracy: 1e-5)
    }

    func testDeleteGenesCSVContract() throws {
        let outcome = try CLIRunner.run(["delete", "genes", CLIRunner.model("e_coli_core.xml.gz"), "--only", "b2415,b1761", "--format", "csv"])
        XCTAssertEqual(outcome.exitCode, 0, outcome.stderr)
        let lines = outcome.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        XCTAssertEqual(lines[0], "ids,growth,status")
        XCTAssertEqual(lines[1], "b2415,,infeasible")
        XCTAssertTrue(lines[2].hasPrefix("b1761,0.85138852"), String(lines[2]))
    }

    func testUnknownFVAReactionIsACleanError() throws {
        let outcome = try CLIRunner.run(["fva", CLIRunner.model("e_coli_core.xml.gz"), "--reactions", "NOPE"])
        XCTAssertEqual(outcome.exitCode, 1)
        XCTAssertTrue(outcome.stderr.contains("NOPE"), outcome.stderr)
    }
}
