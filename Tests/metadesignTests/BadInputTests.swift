import Foundation
import XCTest

/// Bad input must give a clear one-line error naming the file (and line) and a non-zero
/// exit, never a crash: no abort (134) from GLPK, no segfault (139), no hang.
final class BadInputTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("metadesign-bad-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    /// Writes a variant of the tiny fixture with `edit` applied and returns its path.
    private func variant(_ name: String, from fixture: String = "tiny.xml", _ edit: (String) -> String) throws -> String {
        let tiny = try String(contentsOfFile: CLIRunner.fixture(fixture), encoding: .utf8)
        let edited = edit(tiny)
        XCTAssertNotEqual(edited, tiny, "the edit for \(name) changed nothing")
        let url = directory.appendingPathComponent(name)
        try edited.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    private func write(_ name: String, bytes: [UInt8]) throws -> String {
        let url = directory.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    /// Asserts a clean failure whose message names `file` and, when given, `line`.
    private func assertCleanFailure(_ arguments: [String], mentions needles: [String],
                                    file: StaticString = #filePath, line: UInt = #line) throws {
        let outcome = try CLIRunner.run(arguments)
        XCTAssertFalse(outcome.crashedBySignal, "crashed: \(outcome.stderr)", file: file, line: line)
        XCTAssertNotEqual(outcome.exitCode, 0, "should fail: \(arguments)", file: file, line: line)
        XCTAssertFalse([134, 139].contains(outcome.exitCode), file: file, line: line)
        let message = outcome.stderr.trimmingCharacters(in: .whitespacesAndNewlines)
        XCTAssertFalse(message.isEmpty, "no error message", file: file, line: line)
        for needle in needles {
            XCTAssertTrue(message.contains(needle), "'\(message)' should mention '\(needle)'", file: file, line: line)
        }
    }

    func testTinyFixtureSolves() throws {
        let outcome = try CLIRunner.run(["fba", CLIRunner.fixture("tiny.xml"), "--format", "json"])
        XCTAssertEqual(outcome.exitCode, 0, outcome.stderr)
        let json = try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any]
        XCTAssertEqual(json?["status"] as? String, "optimal")
        XCTAssertEqual(json?["objective"] as? Double ?? .nan, 10, accuracy: 1e-9)
        XCTAssertEqual(json?["objective_reaction"] as? String, "EX_B")
    }

    func testMissingFile() throws {
        try assertCleanFailure(["fba", "/nonexistent/model.xml"], mentions: ["/nonexistent/model.xml", "no such file"])
    }

    func testEmptyFile() throws {
        let path = try write("empty.xml", bytes: [])
        try assertCleanFailure(["fba", path], mentions: [path, "empty"])
    }

    func testBinaryGarbage() throws {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) }
        let path = try write("garbage.xml", bytes: [0x00, 0xFF] + bytes)
        try assertCleanFailure(["fba", path], mentions: [path])
    }

    func testTruncatedXML() throws {
        let tiny = try String(contentsOfFile: CLIRunner.fixture("tiny.xml"), encoding: .utf8)
        let path = try write("truncated.xml", bytes: Array(tiny.utf8.prefix(1500)))
        try assertCleanFailure(["fba", path], mentions: [path + ":"])
    }

    func testTruncatedGzip() throws {
        let gz = try Data(contentsOf: URL(fileURLWithPath: CLIRunner.model("e_coli_core.xml.gz")))
        let path = try write("truncated.xml.gz", bytes: Array(gz.prefix(gz.count / 2)))
        try assertCleanFailure(["fba", path], mentions: [path])
    }

    func testReactionWithUndeclaredSpecies() throws {
        let path = try variant("undeclared.xml") {
            $0.replacingOccurrences(of: "<speciesReference species=\"M_B_c\" stoichiometry=\"1\" constant=\"true\"/>\n        </listOfProducts>",
                                    with: "<speciesReference species=\"M_C_c\" stoichiometry=\"1\" constant=\"true\"/>\n        </listOfProducts>")
        }
        try assertCleanFailure(["fba", path], mentions: [path + ":", "C_c"])
    }

    func testDuplicateReactionID() throws {
        let path = try variant("duplicate.xml") { $0.replacingOccurrences(of: "id=\"R_EX_B\"", with: "id=\"R_R1\"") }
        try assertCleanFailure(["fba", path], mentions: [path + ":", "R1"])
    }

    func testNaNBound() throws {
        let path = try variant("nan.xml") { $0.replacingOccurrences(of: "value=\"-10\"", with: "value=\"NaN\"") }
        try assertCleanFailure(["fba", path], mentions: [path + ":"])
    }

    func testReversedBounds() throws {
        let path = try variant("reversed.xml") { $0.replacingOccurrences(of: "value=\"-10\"", with: "value=\"2000\"") }
        try assertCleanFailure(["fba", path], mentions: [path + ":", "EX_A"])
    }

    func testObjectiveOnUnknownReaction() throws {
        let path = try variant("objective.xml") {
            $0.replacingOccurrences(of: "fbc:reaction=\"R_EX_B\"", with: "fbc:reaction=\"R_NOPE\"")
        }
        try assertCleanFailure(["fba", path], mentions: [path, "NOPE"])
    }

    func testUnparsableGPRInNotes() throws {
        let path = try variant("gpr.xml", from: "tiny_l2.xml") {
            $0.replacingOccurrences(of: "GENE_ASSOCIATION: ( g1 or g2 )", with: "GENE_ASSOCIATION: ( g1 or g2")
        }
        try assertCleanFailure(["fba", path], mentions: [path + ":", "g1 or g2"])
    }

    func testEmptyGeneProductAssociation() throws {
        let path = try variant("gpr-empty.xml") {
            $0.replacingOccurrences(of: "<fbc:geneProductRef fbc:geneProduct=\"G_g1\"/>\n            <fbc:geneProductRef fbc:geneProduct=\"G_g2\"/>",
                                    with: "")
        }
        try assertCleanFailure(["fba", path], mentions: [path + ":"])
    }

    func testUnknownBoundReaction() throws {
        try assertCleanFailure(["fba", CLIRunner.fixture("tiny.xml"), "--bound", "NOPE=0:1"], mentions: ["NOPE"])
    }

    func testMalformedBoundOption() throws {
        try assertCleanFailure(["fba", CLIRunner.fixture("tiny.xml"), "--bound", "EX_A=abc"], mentions: ["EX_A=abc"])
        try assertCleanFailure(["fba", CLIRunner.fixture("tiny.xml"), "--bound", "EX_A=5:1"], mentions: ["EX_A"])
        try assertCleanFailure(["fba", CLIRunner.fixture("tiny.xml"), "--bound", "EX_A=nan:1"], mentions: ["EX_A"])
    }

    func testUnknownKnockoutAndObjective() throws {
        try assertCleanFailure(["fba", CLIRunner.fixture("tiny.xml"), "--knockout", "zzz"], mentions: ["zzz"])
        try assertCleanFailure(["fba", CLIRunner.fixture("tiny.xml"), "--objective", "zzz"], mentions: ["zzz"])
    }

    func testMalformedJSON() throws {
        let path = try write("bad.json", bytes: Array("{\n  \"id\": \"x\",\n  \"reactions\": [\n    {\"id\": \"R\", \"metabolites\": {\"a\": -1\n".utf8))
        try assertCleanFailure(["fba", path], mentions: [path + ":"])
    }

    func testInfeasibleIsAResultNotACrash() throws {
        // Forcing secretion of B above what uptake allows leaves no feasible flux.
        let outcome = try CLIRunner.run(["fba", CLIRunner.fixture("tiny.xml"), "--bound", "EX_B=20:1000", "--format", "json"])
        XCTAssertEqual(outcome.exitCode, 0, outcome.stderr)
        let json = try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any]
        XCTAssertEqual(json?["status"] as? String, "infeasible")
    }

    func testUnwritableOutput() throws {
        try assertCleanFailure(["fba", CLIRunner.fixture("tiny.xml"), "-o", "/nonexistent/dir/out.json"],
                               mentions: ["/nonexistent/dir/out.json"])
    }
}
