import Foundation
import XCTest

/// `metadesign envelope`, `yield` and `moma` end to end: output shapes and exit codes.
final class EnvelopeCommandTests: XCTestCase {
    private let model = "models/e_coli_core.xml.gz"

    func testEnvelopeCSVHeaderAndPlot() throws {
        let svg = FileManager.default.temporaryDirectory.appendingPathComponent("envelope-\(UUID().uuidString).svg").path
        defer { try? FileManager.default.removeItem(atPath: svg) }
        let outcome = try CLIRunner.run(["envelope", model, "--product", "EX_succ_e", "--points", "3", "--format", "csv", "--plot", svg])
        XCTAssertEqual(outcome.exitCode, 0, outcome.stderr)
        let lines = outcome.stdout.split(separator: "\n")
        XCTAssertTrue(lines.first?.hasPrefix("x,product_minimum,product_maximum,") ?? false)
        XCTAssertEqual(lines.count, 4)
        XCTAssertTrue(lines[1].hasPrefix("0,0,16.38416666"), String(lines[1]))
        XCTAssertTrue(try String(contentsOfFile: svg, encoding: .utf8).contains("<svg "))
    }

    func testUnknownProductIsAUsageError() throws {
        let outcome = try CLIRunner.run(["envelope", model, "--product", "EX_nope"])
        XCTAssertFalse(outcome.crashedBySignal)
        XCTAssertNotEqual(outcome.exitCode, 0)
        XCTAssertTrue(outcome.stderr.contains("EX_nope"), outcome.stderr)
    }

    func testYieldJSONAndMOMATable() throws {
        let yield = try CLIRunner.run(["yield", model, "--product", "EX_succ_e", "--substrate", "EX_glc__D_e", "--format", "json"])
        XCTAssertEqual(yield.exitCode, 0, yield.stderr)
        XCTAssertTrue(yield.stdout.contains("\"molar_yield\": 1.63841666"), yield.stdout)
        let moma = try CLIRunner.run(["moma", model, "--knockout", "b1761"])
        XCTAssertEqual(moma.exitCode, 0, moma.stderr)
        XCTAssertTrue(moma.stdout.contains("distance: 19.7072"), moma.stdout)
    }
}
