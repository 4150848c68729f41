import Foundation
import XCTest

/// `batch run` survives kill -9, SIGTERM and torn lines, and resumes without redoing or duplicating records.
final class BatchResumeTests: XCTestCase {
    /// 24 combinations; 150 envelope points make each take long enough to be killed midway.
    private func slowPlan(_ fixtures: BatchFixtures) throws -> String {
        try fixtures.plan(points: 150)
    }

    func testKilledRunResumesToTheSameRecordsAsAnUninterruptedOne() throws {
        let fixtures = try BatchFixtures(self)
        let plan = try slowPlan(fixtures)
        let output = fixtures.path("killed.jsonl")
        guard let process = try BatchFixtures.interruptedRun(plan, output: output, afterLines: 3, signal: SIGKILL) else { return }
        XCTAssertEqual(process.terminationReason, .uncaughtSignal)
        let survived = BatchFixtures.lines(output).count
        XCTAssertGreaterThanOrEqual(survived, 3)
        XCTAssertLessThan(survived, 24, "the kill came too late to test resuming")
        let bytes = try XCTUnwrap(FileManager.default.contents(atPath: output))
        XCTAssertEqual(bytes.last, UInt8(ascii: "\n"), "a record was torn by the kill")

        let resumed = try CLIRunner.run(["batch", "run", plan, "-o", output, "--jobs", "2"])
        XCTAssertEqual(resumed.exitCode, 0, resumed.stderr)
        XCTAssertTrue(resumed.stderr.contains("\(24 - survived) evaluated"), resumed.stderr)
        XCTAssertTrue(resumed.stderr.contains("\(survived) already done"), resumed.stderr)

        let reference = fixtures.path("reference.jsonl")
        let uninterrupted = try CLIRunner.run(["batch", "run", plan, "-o", reference, "--jobs", "2"])
        XCTAssertEqual(uninterrupted.exitCode, 0, uninterrupted.stderr)
        let records = try BatchFixtures.comparableRecords(output)
        XCTAssertEqual(records.count, 24)
        XCTAssertEqual(BatchFixtures.lines(output).count, 24, "duplicated records")
        XCTAssertEqual(records, try BatchFixtures.comparableRecords(reference))

        let again = try CLIRunner.run(["batch", "run", plan, "-o", output])
        XCTAssertEqual(again.exitCode, 0, again.stderr)
        XCTAssertTrue(again.stderr.contains("0 evaluated"), again.stderr)
        XCTAssertEqual(BatchFixtures.lines(output).count, 24)
    }

    func testSIGTERMStopsCleanlyAndTheRunResumes() throws {
        let fixtures = try BatchFixtures(self)
        let plan = try slowPlan(fixtures)
        let output = fixtures.path("stopped.jsonl")
        guard let process = try BatchFixtures.interruptedRun(plan, output: output, afterLines: 2, signal: SIGTERM) else { return }
        XCTAssertEqual(process.terminationReason, .exit)
        XCTAssertEqual(process.terminationStatus, 128 + SIGTERM)
        let manifest = try XCTUnwrap(FileManager.default.contents(atPath: output + ".manifest.json"))
        XCTAssertTrue(String(decoding: manifest, as: UTF8.self).contains("\"state\": \"interrupted\""))
        XCTAssertLessThan(BatchFixtures.lines(output).count, 24)

        let resumed = try CLIRunner.run(["batch", "run", plan, "-o", output, "--jobs", "2"])
        XCTAssertEqual(resumed.exitCode, 0, resumed.stderr)
        XCTAssertEqual(try BatchFixtures.comparableRecords(output).count, 24)
        XCTAssertEqual(BatchFixtures.lines(output).count, 24)
    }

    func testTornLastLineIsCutOffAndRedone() throws {
        let fixtures = try BatchFixtures(self)
        let plan = try fixtures.plan()
        let output = fixtures.path("torn.jsonl")
        XCTAssertEqual(try CLIRunner.run(["batch", "run", plan, "-o", output]).exitCode, 0)
        let complete = try BatchFixtures.comparableRecords(output)
        let lines = BatchFixtures.lines(output)
        // Ten whole records, then half of the eleventh, as a power cut might leave them.
        let torn = lines.prefix(10).map { $0 + "\n" }.joined() + lines[10].prefix(lines[10].count / 2)
        try fixtures.write(torn, to: "torn.jsonl")

        let resumed = try CLIRunner.run(["batch", "run", plan, "-o", output])
        XCTAssertEqual(resumed.exitCode, 0, resumed.stderr)
        XCTAssertTrue(resumed.stderr.contains("14 evaluated"), resumed.stderr)
        XCTAssertTrue(resumed.stderr.contains("10 already done"), resumed.stderr)
        XCTAssertEqual(try BatchFixtures.comparableRecords(output), complete)
        XCTAssertEqual(BatchFixtures.lines(output).count, 24)
    }

    func testChangedPlanIsRefusedUnlessRestarted() throws {
        let fixtures = try BatchFixtures(self)
        let plan = try fixtures.plan(pathways: ["succinate"], aerations: ["aerobic"])
        let output = fixtures.path("out.jsonl")
        XCTAssertEqual(try CLIRunner.run(["batch", "run", plan, "-o", output]).exitCode, 0)

        // Comments and layout do not change the plan's hash.
        let text = try String(contentsOfFile: plan, encoding: .utf8)
        try fixtures.write("# a comment\n" + text, to: "plan.yaml")
        let same = try CLIRunner.run(["batch", "run", plan, "-o", output])
        XCTAssertEqual(same.exitCode, 0, same.stderr)
        XCTAssertTrue(same.stderr.contains("0 evaluated"), same.stderr)

        try fixtures.plan(pathways: ["succinate", "acetate"], aerations: ["aerobic"])
        let refused = try CLIRunner.run(["batch", "run", plan, "-o", output])
        XCTAssertEqual(refused.exitCode, 1)
        XCTAssertTrue(refused.stderr.contains("written for a different plan"), refused.stderr)
        XCTAssertTrue(refused.stderr.contains("--restart"), refused.stderr)
        XCTAssertEqual(BatchFixtures.lines(output).count, 3, "a refused run must leave the output alone")

        let restarted = try CLIRunner.run(["batch", "run", plan, "-o", output, "--restart"])
        XCTAssertEqual(restarted.exitCode, 0, restarted.stderr)
        XCTAssertEqual(BatchFixtures.lines(output).count, 6)
    }
}
