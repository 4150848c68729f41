import Foundation
import XCTest

/// `batch export` and `report`: the flat tables' headers and the self-contained page.
final class BatchExportTests: XCTestCase {
    func testCSVAndTSVHeadersAndRows() throws {
        let fixtures = try BatchFixtures(self)
        let plan = try fixtures.plan(pathways: ["succinate", "acetate"], aerations: ["aerobic"])
        let output = fixtures.path("r.jsonl")
        XCTAssertEqual(try CLIRunner.run(["batch", "run", plan, "-o", output]).exitCode, 0)

        let csv = try CLIRunner.run(["batch", "export", output, "--format", "csv"])
        XCTAssertEqual(csv.exitCode, 0, csv.stderr)
        let lines = csv.stdout.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, 7)
        XCTAssertTrue(lines[0].hasPrefix(
            "chassis,pathway,product,substrate,aeration,max_theoretical_yield,max_achievable_yield,"
                + "max_theoretical_yield_g_per_g,max_achievable_yield_g_per_g,carbon_yield,"), lines[0])
        for column in ["status", "seconds", "record_key", "combination_index", "plan_sha256", "model_sha256"] {
            XCTAssertTrue(lines[0].split(separator: ",").contains(Substring(column)), column)
        }
        XCTAssertFalse(lines[0].contains("envelope"))
        // e_coli_core, aerobic, glucose 10: COBRApy's maximum succinate yield is 1.6384166666666666 mol/mol.
        let first = lines[1].split(separator: ",", omittingEmptySubsequences: false)
        XCTAssertEqual(first[0...4].joined(separator: ","), "core,succinate,succ,glucose,aerobic")
        XCTAssertEqual(Double(first[5]) ?? .nan, 1.6384166666666666, accuracy: 1e-6)

        let tsvFile = fixtures.path("r.tsv")
        let tsv = try CLIRunner.run(["batch", "export", output, "--format", "tsv", "-o", tsvFile])
        XCTAssertEqual(tsv.exitCode, 0, tsv.stderr)
        let header = try XCTUnwrap(BatchFixtures.lines(tsvFile).first)
        XCTAssertTrue(header.hasPrefix("chassis\tpathway\tproduct\tsubstrate\taeration\t"), header)
    }

    func testReportIsOneSelfContainedPage() throws {
        let fixtures = try BatchFixtures(self)
        let plan = try fixtures.plan(pathways: ["succinate", "ethanol"])
        let output = fixtures.path("r.jsonl")
        XCTAssertEqual(try CLIRunner.run(["batch", "run", plan, "-o", output]).exitCode, 0)
        let page = fixtures.path("report.html")
        let outcome = try CLIRunner.run(["report", output, "-o", page])
        XCTAssertEqual(outcome.exitCode, 0, outcome.stderr)
        let html = try String(contentsOfFile: page, encoding: .utf8)
        for part in ["id=\"ranking\"", "id=\"heatmap\"", "id=\"envelopes\"", "id=\"scores\"", "id=\"provenance\"",
                     "<svg", "class=\"feasible-region\"", "test plan", "Plan sha256", "<script>"] {
            XCTAssertTrue(html.contains(part), part)
        }
        XCTAssertTrue(html.contains("envelope_points: 5"), "the plan text is shown")
        // Nothing is fetched: no external scripts, styles, images or fonts.
        for pattern in ["src=\"http", "href=\"http", "<link", "@import", "url(http"] {
            XCTAssertFalse(html.contains(pattern), pattern)
        }
        XCTAssertFalse(html.contains("<?xml"), "SVG is inlined without its XML declaration")
    }
}

/// Batch records agree with the single-run commands on the same condition.
final class BatchConsistencyTests: XCTestCase {
    func testRecordEqualsTheYieldCommand() throws {
        let fixtures = try BatchFixtures(self)
        let plan = try fixtures.plan(pathways: ["acetate"], substrates: "[glucose]", aerations: ["anaerobic"], points: 0)
        let output = fixtures.path("one.jsonl")
        XCTAssertEqual(try CLIRunner.run(["batch", "run", plan, "-o", output]).exitCode, 0)
        let record = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(XCTUnwrap(BatchFixtures.lines(output).first).utf8)) as? [String: Any])

        let single = try CLIRunner.run(["yield", CLIRunner.model("e_coli_core.xml.gz"), "--product", "EX_ac_e",
                                        "--substrate", "EX_glc__D_e", "--bound", "EX_o2_e=0:1000",
                                        "--growth-fraction", "0.1", "--format", "json"])
        XCTAssertEqual(single.exitCode, 0, single.stderr)
        let yield = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(single.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(record["max_achievable_yield"] as? Double ?? .nan, yield["molar_yield"] as? Double ?? 0, accuracy: 1e-9)
        XCTAssertEqual(record["achievable_carbon_yield"] as? Double ?? .nan, yield["carbon_yield"] as? Double ?? 0, accuracy: 1e-9)
    }
}
