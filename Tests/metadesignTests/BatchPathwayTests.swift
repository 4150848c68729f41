import Foundation
import XCTest

/// The `pathway` batch evaluation: records agree with `pathway evaluate --format json`.
final class BatchPathwayTests: XCTestCase {
    /// Every key of `pathway evaluate --format json` is in the record with the same value
    /// (numbers to 1e-9), the envelope's points included; scorers give cards.
    func testRecordsEqualPathwayEvaluate() throws {
        let fixtures = try BatchFixtures(self)
        try fixtures.write("""
            name: pathway consistency
            chassis: [ecoli]
            pathways: [succ_pyc, lacd_ldha]
            substrates: [glucose, xylose]
            aerations: [aerobic, anaerobic]
            scorers: [protein-cost, mdf]
            settings: {envelope_points: 4}
            """, to: "plan.yaml")
        let output = fixtures.path("out.jsonl")
        let run = try CLIRunner.run(["batch", "run", fixtures.path("plan.yaml"), "-o", output, "--jobs", "2"])
        XCTAssertEqual(run.exitCode, 0, run.stderr)
        let records = try BatchFixtures.lines(output).map { text in
            try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        }
        XCTAssertEqual(records.count, 8)
        for record in records {
            let (pathway, substrate, aeration) = (record["pathway"] as? String ?? "", record["substrate"] as? String ?? "",
                                                  record["aeration"] as? String ?? "")
            let single = try CLIRunner.run(["pathway", "evaluate", "--chassis", "ecoli", "--pathway", pathway, "--substrate", substrate,
                                            "--aeration", aeration, "--points", "4", "--format", "json"])
            let expected = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(single.stdout.utf8)) as? [String: Any], single.stderr)
            let label = "\(pathway)|\(substrate)|\(aeration)"
            for (key, value) in expected where key != "envelope" {
                XCTAssertNotNil(record[key], "\(label): record lacks \(key)")
                assertEqual(record[key] ?? NSNull(), value, "\(label).\(key)")
            }
            XCTAssertEqual(record["evaluation"] as? String, "pathway")
            let envelope = (expected["envelope"] as? [String: Any])?["points"] as? [[String: Any]] ?? []
            let stored = (record["envelope"] as? [String: Any])?["points"] as? [[Double]] ?? []
            XCTAssertEqual(stored.count, envelope.count, "\(label): envelope points")
            let scores = try XCTUnwrap(record["scores"] as? [[String: Any]], label)
            XCTAssertEqual(scores.map { $0["scorer"] as? String }, ["protein-cost", "mdf"])
            if record["status"] as? String == "optimal" {
                XCTAssertTrue(scores.allSatisfy { $0["components"] != nil }, "\(label): \(scores)")
            }
        }
    }

    /// Feeds and aerations a chassis cannot take become `skipped` records with `unsupported: skip`.
    func testUnsupportedCombinationsBecomeSkippedRecords() throws {
        let fixtures = try BatchFixtures(self)
        try fixtures.write("""
            chassis: [pputida]
            pathways: [lacd_ldha]
            substrates: [glucose, arabinose]
            aerations: [aerobic, anaerobic]
            settings: {envelope_points: 0, unsupported: skip}
            """, to: "plan.yaml")
        let output = fixtures.path("out.jsonl")
        let run = try CLIRunner.run(["batch", "run", fixtures.path("plan.yaml"), "-o", output])
        XCTAssertEqual(run.exitCode, 0, run.stderr)
        let records = try BatchFixtures.lines(output).map { text in
            try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        }
        XCTAssertEqual(records.count, 4)
        let skipped = records.filter { $0["status"] as? String == "skipped" }
        XCTAssertGreaterThanOrEqual(skipped.count, 1)
        XCTAssertTrue(skipped.allSatisfy { !($0["error"] as? String ?? "").isEmpty })
        // The report files skipped records under their route's product (named), and counts statuses.
        let page = fixtures.path("report.html")
        let report = try CLIRunner.run(["report", output, "-o", page])
        XCTAssertEqual(report.exitCode, 0, report.stderr)
        let html = try String(contentsOfFile: page, encoding: .utf8)
        XCTAssertTrue(html.contains("1 product"), "skipped records count under lac__D, not as a product of their own")
        XCTAssertFalse(html.contains("<th>lacd_ldha</th>"), "no heatmap row for the pathway id")
        XCTAssertTrue(html.contains("D-lactate<span class=\"id\">lac__D</span>"), "heatmap rows by product name")
        XCTAssertTrue(html.contains("skipped \(skipped.count)"), "status counts")
        XCTAssertTrue(html.contains("no value: the chassis does not offer the feed"), "the key to empty cells")
    }

    private func assertEqual(_ actual: Any, _ expected: Any, _ label: String, file: StaticString = #filePath, line: UInt = #line) {
        switch (actual, expected) {
        case (let a as Bool, let e as Bool):
            XCTAssertEqual(a, e, label, file: file, line: line)
        case (let a as Double, let e as Double):
            XCTAssertEqual(a, e, accuracy: 1e-9, label, file: file, line: line)
        case (let a as [Any], let e as [Any]):
            XCTAssertEqual(a.count, e.count, label, file: file, line: line)
            for (index, (x, y)) in zip(a, e).enumerated() { assertEqual(x, y, "\(label)[\(index)]", file: file, line: line) }
        case (let a as [String: Any], let e as [String: Any]):
            XCTAssertEqual(Set(a.keys), Set(e.keys), label, file: file, line: line)
            for (key, value) in e { assertEqual(a[key] ?? NSNull(), value, "\(label).\(key)", file: file, line: line) }
        default:
            XCTAssertEqual("\(actual)", "\(expected)", label, file: file, line: line)
        }
    }
}
