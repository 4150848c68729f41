import Foundation
import XCTest

/// `--shard I/N` and `batch merge`: shards run apart and merged equal one run of the whole plan.
final class BatchShardTests: XCTestCase {
    func testMergedShardsEqualASingleRun() throws {
        let fixtures = try BatchFixtures(self)
        let plan = try fixtures.plan()
        var shards: [String] = []
        for index in 0..<3 {
            let output = fixtures.path("shard-\(index).jsonl")
            let outcome = try CLIRunner.run(["batch", "run", plan, "-o", output, "--shard", "\(index)/3", "--jobs", "1"])
            XCTAssertEqual(outcome.exitCode, 0, outcome.stderr)
            XCTAssertEqual(BatchFixtures.lines(output).count, 8)
            shards.append(output)
        }
        let merged = fixtures.path("merged.jsonl")
        let merge = try CLIRunner.run(["batch", "merge"] + shards + ["-o", merged])
        XCTAssertEqual(merge.exitCode, 0, merge.stderr)

        let single = fixtures.path("single.jsonl")
        XCTAssertEqual(try CLIRunner.run(["batch", "run", plan, "-o", single, "--jobs", "2"]).exitCode, 0)
        XCTAssertEqual(try BatchFixtures.comparableRecords(merged), try BatchFixtures.comparableRecords(single))
        let indices = BatchFixtures.lines(merged).compactMap { line in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["combination_index"] as? Int
        }
        XCTAssertEqual(indices, Array(0..<24), "the merge is in canonical order")
        XCTAssertTrue(FileManager.default.fileExists(atPath: merged + ".manifest.json"))
    }

    func testMergeReportsMissingAndDuplicateCombinations() throws {
        let fixtures = try BatchFixtures(self)
        let plan = try fixtures.plan(pathways: ["succinate"], points: 0)
        let first = fixtures.path("a.jsonl"), second = fixtures.path("b.jsonl")
        XCTAssertEqual(try CLIRunner.run(["batch", "run", plan, "-o", first, "--shard", "0/2"]).exitCode, 0)
        XCTAssertEqual(try CLIRunner.run(["batch", "run", plan, "-o", second, "--shard", "1/2"]).exitCode, 0)
        let merged = fixtures.path("merged.jsonl")

        let incomplete = try CLIRunner.run(["batch", "merge", first, "-o", merged])
        XCTAssertEqual(incomplete.exitCode, 1)
        XCTAssertTrue(incomplete.stderr.contains("missing 3 of 6 combinations (indices 1, 3, 5)"), incomplete.stderr)

        let doubled = try CLIRunner.run(["batch", "merge", first, second, first, "-o", merged])
        XCTAssertEqual(doubled.exitCode, 1)
        XCTAssertTrue(doubled.stderr.contains("combination 0 (core|succinate|glucose|aerobic) appears twice"), doubled.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: merged), "nothing is written when the merge fails")
    }

    func testShardResumeRefusesAnotherShard() throws {
        let fixtures = try BatchFixtures(self)
        let plan = try fixtures.plan(pathways: ["succinate"], points: 0)
        let output = fixtures.path("s.jsonl")
        XCTAssertEqual(try CLIRunner.run(["batch", "run", plan, "-o", output, "--shard", "0/2"]).exitCode, 0)
        let wrong = try CLIRunner.run(["batch", "run", plan, "-o", output, "--shard", "1/2"])
        XCTAssertEqual(wrong.exitCode, 1)
        XCTAssertTrue(wrong.stderr.contains("does not belong to shard 1/2"), wrong.stderr)
        let malformed = try CLIRunner.run(["batch", "run", plan, "-o", output, "--shard", "2/2"])
        XCTAssertEqual(malformed.exitCode, 64)
        XCTAssertTrue(malformed.stderr.contains("is not I/N"), malformed.stderr)
    }
}

/// The shipped Slurm script, run locally with the array variables Slurm would set.
final class BatchClusterScriptTests: XCTestCase {
    func testSlurmArrayScriptShardsMergeToASingleRun() throws {
        let fixtures = try BatchFixtures(self)
        let plan = try fixtures.plan(pathways: ["succinate", "ethanol"], points: 3)
        let binaryFolder = try CLIRunner.executable().deletingLastPathComponent().path
        let results = fixtures.path("results")
        for index in 0..<3 {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/bash")
            process.arguments = [CLIRunner.root.appendingPathComponent("examples/cluster/slurm.sh").path, plan, results]
            var environment = ProcessInfo.processInfo.environment
            environment["PATH"] = binaryFolder + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
            environment["SLURM_ARRAY_TASK_ID"] = String(index)
            environment["SLURM_ARRAY_TASK_COUNT"] = "3"
            environment["SLURM_CPUS_PER_TASK"] = "1"
            process.environment = environment
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            XCTAssertEqual(process.terminationStatus, 0, "task \(index)")
        }
        let shards = (0..<3).map { "\(results)/shard-\($0).jsonl" }
        let merged = fixtures.path("merged.jsonl")
        let merge = try CLIRunner.run(["batch", "merge"] + shards + ["-o", merged])
        XCTAssertEqual(merge.exitCode, 0, merge.stderr)
        let single = fixtures.path("single.jsonl")
        XCTAssertEqual(try CLIRunner.run(["batch", "run", plan, "-o", single]).exitCode, 0)
        XCTAssertEqual(try BatchFixtures.comparableRecords(merged), try BatchFixtures.comparableRecords(single))
    }
}
