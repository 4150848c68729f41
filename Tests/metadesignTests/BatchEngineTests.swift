import Foundation
import MetaPlugin
import XCTest

@testable import MetaDesignCLI

/// The batch engine in process: plan reading details, scorers in records, the stream's torn-line repair.
final class BatchEngineTests: XCTestCase {
    /// A deterministic scorer: how many uptakes the model leaves open, and the pathway id's length.
    struct OpenUptakeScorer: EnzymeScorer {
        let descriptor = PluginDescriptor(id: "open-uptakes", name: "Open uptakes", version: "1.0.0",
                                          summary: "Counts open uptakes (a test scorer).", kind: .scorer)

        func score(_ input: ScoringInput) throws -> ScoreCard {
            let open = input.model.exchanges.filter { $0.lowerBound < 0 }.count
            return ScoreCard(scorer: descriptor.id, components: [
                ScoreComponent(key: "uptakes", value: Double(open), unit: "1", higherIsBetter: false,
                               meaning: "Exchanges open for uptake"),
                ScoreComponent(key: "id_length", value: Double(input.pathway.id.count), unit: "characters",
                               higherIsBetter: true, meaning: "Length of the pathway id"),
            ])
        }
    }

    /// A scorer that always fails, to show a failure stays inside its record.
    struct BrokenScorer: EnzymeScorer {
        let descriptor = PluginDescriptor(id: "broken", name: "Broken", version: "0.0.1",
                                          summary: "Always throws (a test scorer).", kind: .scorer)

        struct Failure: Error, CustomStringConvertible { var description: String { "no data for this host" } }

        func score(_ input: ScoringInput) throws -> ScoreCard { throw Failure() }
    }

    private func prepare(_ fixtures: BatchFixtures, scorers: String) throws -> any PreparedBatch {
        try fixtures.write("""
            name: scored
            evaluation: native-yield
            chassis:
              - id: core
                model: \(CLIRunner.model("e_coli_core.xml.gz"))
                substrates: {glucose: EX_glc__D_e, fructose: EX_fru_e}
            pathways: [succinate, EX_ac_e]
            substrates:
              - glucose
              - hexoses: {ratio: {glucose: 3, fructose: 1}, total: 8}
            aerations: [aerobic]
            scorers: \(scorers)
            settings: {envelope_points: 0}
            """, to: "scored.yaml")
        let read = try PlanReader.read(path: fixtures.path("scored.yaml"))
        XCTAssertEqual(read.problems, [])
        let registry = try PluginRegistry([OpenUptakeScorer(), BrokenScorer()])
        return try PlanResolver.resolve(read.plan, registry: registry, known: read.problems)
    }

    func testRatioMixtureIsScaledToItsTotal() throws {
        let fixtures = try BatchFixtures(self)
        let prepared = try prepare(fixtures, scorers: "[]")
        let feed = try XCTUnwrap(prepared.plan.feeds.last?.value)
        XCTAssertEqual(feed.name, "hexoses")
        XCTAssertEqual(feed.substrates, [SubstrateUptake("glucose", rate: 6), SubstrateUptake("fructose", rate: 2)])
        XCTAssertEqual(prepared.total, 4)
    }

    func testScoresAreRecordedExportedAndAScorerFailureStaysInItsRecord() throws {
        let fixtures = try BatchFixtures(self)
        let prepared = try prepare(fixtures, scorers: "[open-uptakes, broken]")
        let output = fixtures.path("scored.jsonl")
        let summary = try prepared.run(RunOptions(output: output, jobs: 2, progress: false))
        XCTAssertEqual(summary.evaluated, 4)
        XCTAssertEqual(summary.failed, 0)
        XCTAssertTrue(summary.isComplete)

        let records = try ResultFile.read(path: output).records.canonicallyOrdered
        XCTAssertEqual(records.map(\.key), ["core|succinate|glucose|aerobic", "core|succinate|hexoses|aerobic",
                                            "core|EX_ac_e|glucose|aerobic", "core|EX_ac_e|hexoses|aerobic"])
        let scores = try XCTUnwrap(records[0]["scores"]?.array)
        XCTAssertEqual(scores.count, 2)
        XCTAssertEqual(scores[1].value.object?["error"]?.value.string, "no data for this host")

        let (header, rows) = BatchExport.table(records)
        XCTAssertTrue(header.contains("open-uptakes.uptakes"), "\(header)")
        XCTAssertTrue(header.contains("broken.error"), "\(header)")
        XCTAssertEqual(rows[0]["open-uptakes.id_length"], "9")
        XCTAssertEqual(rows[2]["open-uptakes.id_length"], "7")
        // The mixture opens one more uptake (fructose) than glucose alone.
        XCTAssertEqual(Int(rows[1]["open-uptakes.uptakes"] ?? "") ?? 0, (Int(rows[0]["open-uptakes.uptakes"] ?? "") ?? 0) + 1)

        let report = HTMLReport(data: ReportData(records: records, manifest: RunManifest.read(for: output), source: output),
                                title: nil).render()
        XCTAssertTrue(report.contains("Exchanges open for uptake"))
        XCTAssertTrue(report.contains("<h1>scored</h1>"))
    }

    func testStreamCutsOffATornLineOnOpen() throws {
        let fixtures = try BatchFixtures(self)
        let prepared = try prepare(fixtures, scorers: "[]")
        let output = fixtures.path("stream.jsonl")
        _ = try prepared.run(RunOptions(output: output, jobs: 1, progress: false))
        let whole = try String(contentsOfFile: output, encoding: .utf8)
        let lines = whole.split(separator: "\n")
        try fixtures.write(lines[0] + "\n" + lines[1].prefix(40), to: "stream.jsonl")

        let (stream, existing) = try ResultStream.openForAppending(path: output, discardExisting: false)
        XCTAssertEqual(existing.map(\.text), [String(lines[0])])
        XCTAssertEqual(try String(contentsOfFile: output, encoding: .utf8), lines[0] + "\n")
        try stream.append(String(lines[1]))
        XCTAssertEqual(try String(contentsOfFile: output, encoding: .utf8), lines[0] + "\n" + lines[1] + "\n")
    }

    func testSetUpQueueKeepsWorkersOnTheirSetUps() {
        // Combinations 0..<12 in three set-ups of four.
        let queue = SetUpQueue(Array(0..<12)) { $0 / 4 }
        var last: [Int?] = [nil, nil]
        var taken: [[Int]] = [[], []]
        var turn = 0
        while let next = queue.take(after: last[turn]) {
            taken[turn].append(next.combination)
            last[turn] = next.setUp
            turn = 1 - turn
        }
        XCTAssertEqual((taken[0] + taken[1]).sorted(), Array(0..<12), "each combination exactly once")
        XCTAssertEqual(taken[0].prefix(4).map { $0 / 4 }, [0, 0, 0, 0], "worker 0 stays on set-up 0")
        XCTAssertEqual(taken[1].prefix(4).map { $0 / 4 }, [1, 1, 1, 1], "worker 1 starts a set-up of its own")
        XCTAssertEqual(Set(taken[0].suffix(2).map { $0 / 4 } + taken[1].suffix(2).map { $0 / 4 }), [2],
                       "the last set-up is shared")
    }

    func testShardParsing() {
        XCTAssertEqual(Shard(parsing: "0/1"), .whole)
        XCTAssertEqual(Shard(parsing: "3/8"), Shard(index: 3, count: 8))
        for bad in ["8/8", "-1/2", "1/0", "1", "a/b", "1/2/3", ""] { XCTAssertNil(Shard(parsing: bad), bad) }
        XCTAssertEqual(Array(Shard(index: 1, count: 3).indices(of: 8)), [1, 4, 7])
        XCTAssertEqual(Shard(index: 1, count: 3).size(of: 8), 3)
        XCTAssertEqual(Shard(index: 2, count: 3).size(of: 8), 2)
        XCTAssertEqual(Shard(index: 5, count: 8).size(of: 3), 0)
    }
}
