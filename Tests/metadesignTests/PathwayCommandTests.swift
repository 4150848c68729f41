import Foundation
import MetaCore
import XCTest

/// `metadesign pathway …` end to end: the JSON contracts, exit codes and messages.
final class PathwayCommandTests: XCTestCase {
    private func fixture(_ name: String) -> String { CLIRunner.fixture("Pathways/\(name)") }

    func testListJSONContract() throws {
        let outcome = try CLIRunner.run(["pathway", "list", "--format", "json"])
        XCTAssertEqual(outcome.exitCode, 0, outcome.stderr)
        let list = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [[String: Any]])
        let bdo = try XCTUnwrap(list.first { $0["id"] as? String == "bdo_yim2011" })
        XCTAssertEqual(bdo["product"] as? String, "14bdo")
        XCTAssertEqual(bdo["reactions"] as? Int, 6)
        XCTAssertEqual((bdo["references"] as? [[String: Any]])?.first?["doi"] as? String, "10.1038/nchembio.580")
    }

    func testEvaluateJSONContract() throws {
        let outcome = try CLIRunner.run(["pathway", "evaluate", "--chassis", "ecoli", "--pathway", "bdo_yim2011",
                                         "--substrate", "glucose", "--aeration", "aerobic", "--points", "3", "--format", "json"])
        XCTAssertEqual(outcome.exitCode, 0, outcome.stderr)
        let json = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(json["chassis"] as? String, "ecoli")
        XCTAssertEqual(json["pathway"] as? String, "bdo_yim2011")
        XCTAssertEqual(json["product"] as? String, "14bdo")
        XCTAssertEqual(json["substrate"] as? String, "glucose")
        XCTAssertEqual(json["aeration"] as? String, "aerobic")
        XCTAssertEqual(json["status"] as? String, "optimal")
        XCTAssertEqual(json["heterologous_steps"] as? Int, 5)
        // COBRApy (bench/pathway_yields.py): 1.048919540229885 mol/mol, carbon 0.6992796934865899.
        XCTAssertEqual(json["max_theoretical_yield"] as? Double ?? .nan, 1.048919540229885, accuracy: 1e-6)
        XCTAssertEqual(json["carbon_yield"] as? Double ?? .nan, 0.6992796934865899, accuracy: 1e-6)
        XCTAssertEqual(json["max_achievable_yield"] as? Double ?? .nan, 0.9444788057892426, accuracy: 1e-6)
        XCTAssertNotNil(json["max_theoretical_yield_g_per_g"] as? Double)
        XCTAssertEqual((json["envelope"] as? [String: Any])?["points"].flatMap { $0 as? [Any] }?.count, 3)
    }

    func testValidateNamesTheOffendingReaction() throws {
        let unbalanced = try CLIRunner.run(["pathway", "validate", "--chassis", "ecoli", "--pathway-file", fixture("unbalanced.yaml")])
        XCTAssertEqual(unbalanced.exitCode, 1)
        XCTAssertTrue(unbalanced.stdout.contains("reaction 'SUCD_unbalanced' is unbalanced: H +1; charge +1"), unbalanced.stdout)
        let lunch = try CLIRunner.run(["pathway", "validate", "--chassis", "ecoli", "--pathway-file", fixture("free_lunch.yaml")])
        XCTAssertEqual(lunch.exitCode, 1)
        XCTAssertTrue(lunch.stdout.contains("makes ATP"), lunch.stdout)
        XCTAssertTrue(lunch.stdout.contains("'ATPGEN_free'"), lunch.stdout)
        let good = try CLIRunner.run(["pathway", "validate", CLIRunner.model("e_coli_core.xml.gz"), "--pathway-file", fixture("14bdo.yaml")])
        XCTAssertEqual(good.exitCode, 0, good.stdout + good.stderr)
        XCTAssertTrue(good.stdout.contains("1 valid, 0 invalid"), good.stdout)
    }

    func testBadInputIsAClearError() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("metadesign-pathway-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("bad.yaml")
        try "product: {id: p, name: P}\npathways:\n  - id: r\n    name: r\n    export: true\n    reactions:\n      - id: R1\n        equation: a_c = p_c\n"
            .write(to: file, atomically: true, encoding: .utf8)
        let outcome = try CLIRunner.run(["pathway", "list", "--pathway-file", file.path])
        XCTAssertNotEqual(outcome.exitCode, 0)
        XCTAssertTrue(outcome.stderr.contains("bad.yaml:8: pathway 'r', reaction 'R1': cannot parse equation 'a_c = p_c': no arrow"), outcome.stderr)
        let unknown = try CLIRunner.run(["pathway", "evaluate", "--chassis", "ecoli", "--pathway", "nope"])
        XCTAssertNotEqual(unknown.exitCode, 0)
        XCTAssertTrue(unknown.stderr.contains("no pathway 'nope'"), unknown.stderr)
    }

    func testShowYAMLReadsBack() throws {
        let outcome = try CLIRunner.run(["pathway", "show", "bdo_yim2011", "--yaml"])
        XCTAssertEqual(outcome.exitCode, 0, outcome.stderr)
        let file = try PathwayFileReader.parse(outcome.stdout, file: "shown.yaml")
        XCTAssertEqual(file.pathways.first?.reactions.count, 6)
    }
}
