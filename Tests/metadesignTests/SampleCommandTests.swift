import Foundation
import XCTest

/// `metadesign sample`: the CSV contract (reaction ids as columns, one row per sample),
/// reproducibility from the command line, and clean failures.
final class SampleCommandTests: XCTestCase {
    private func sample(_ extra: [String]) throws -> CLIRunner.Outcome {
        try CLIRunner.run(["sample", CLIRunner.model("e_coli_core.xml.gz"), "--thinning", "10"] + extra)
    }

    func testCSVHasOneColumnPerReactionAndOneRowPerSample() throws {
        let outcome = try sample(["--samples", "4", "--seed", "9", "--jobs", "2", "--format", "csv"])
        XCTAssertEqual(outcome.exitCode, 0, outcome.stderr)
        let lines = outcome.stdout.split(separator: "\n")
        XCTAssertEqual(lines.count, 5)
        let header = lines[0].split(separator: ",")
        XCTAssertEqual(header.count, 95)
        XCTAssertEqual(header.first, "ACALD")
        XCTAssertTrue(lines[1...].allSatisfy { $0.split(separator: ",").compactMap { Double($0) }.count == 95 })
    }

    func testSeedMakesRunsRepeatable() throws {
        let arguments = ["--samples", "5", "--seed", "21", "--jobs", "2", "--format", "csv"]
        let first = try sample(arguments)
        XCTAssertEqual(first.exitCode, 0, first.stderr)
        XCTAssertEqual(first.stdout, try sample(arguments).stdout)
        XCTAssertNotEqual(first.stdout, try sample(["--samples", "5", "--seed", "22", "--jobs", "2", "--format", "csv"]).stdout)
    }

    func testJSONAndTableCarryTheSettings() throws {
        let json = try sample(["--samples", "2", "--method", "achr", "--format", "json"])
        XCTAssertEqual(json.exitCode, 0, json.stderr)
        let document = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(document["method"] as? String, "achr")
        XCTAssertEqual((document["samples"] as? [[Double]])?.count, 2)
        XCTAssertEqual((document["reactions"] as? [String])?.count, 95)
        let table = try sample(["--samples", "2"])
        XCTAssertTrue(table.stdout.hasPrefix("2 samples (optgp, seed 0, thinning 10"), table.stdout)
    }

    func testBadCountsAndInfeasibleModelsFailCleanly() throws {
        let zero = try sample(["--samples", "0"])
        XCTAssertEqual(zero.exitCode, 64, zero.stderr)
        XCTAssertTrue(zero.stderr.contains("--samples"), zero.stderr)
        let starved = try sample(["--samples", "3", "--bound", "EX_glc__D_e=0:1000"])
        XCTAssertEqual(starved.exitCode, 1)
        XCTAssertFalse(starved.crashedBySignal)
        XCTAssertTrue(starved.stderr.contains("infeasible"), starved.stderr)
    }
}
