import Foundation
import XCTest

/// `metadesign predict` end to end: JSON contract, saved pathway files, exit codes and errors.
final class PathwayPredictCommandTests: XCTestCase {
    private let base = [
        "pathway", "predict", CLIRunner.model("e_coli_core.xml.gz"), "--substrate", "EX_glc__D_e",
        "--universe", CLIRunner.fixture("universe_13ppd_subset.json"),
    ]

    func testJSONContract() throws {
        let outcome = try CLIRunner.run(base + ["--product", "13ppd", "--format", "json"])
        XCTAssertEqual(outcome.exitCode, 0, outcome.stderr)
        let json = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(json["chassis"] as? String, "e_coli_core")
        XCTAssertEqual(json["substrate"] as? String, "EX_glc__D_e")
        XCTAssertEqual(json["stop_reason"] as? String, "exhausted")
        XCTAssertEqual((json["product"] as? [String: Any])?["id"] as? String, "13ppd_c")
        let pathways = try XCTUnwrap(json["pathways"] as? [[String: Any]])
        XCTAssertEqual(pathways.compactMap { $0["rank"] as? Int }, [1, 2, 3])
        XCTAssertEqual(pathways.compactMap { $0["steps"] as? Int }.sorted(), [3, 4, 4])
        let best = pathways[0]
        XCTAssertEqual(best["status"] as? String, "verified")
        XCTAssertEqual(best["max_theoretical_yield"] as? Double ?? .nan, 1.3117314487632461, accuracy: 1e-7)
        let reactions = try XCTUnwrap(best["reactions"] as? [[String: Any]])
        XCTAssertEqual(reactions.compactMap { $0["id"] as? String }, ["G3PD2", "G3PT", "GLYCDH", "13PPDH"])
        XCTAssertEqual(reactions.first?["equation"] as? String, "glyc3p_c + nadp_c <=> dhap_c + h_c + nadph_c")
    }

    func testTableAndSavedPathwayFiles() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("predict-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let outcome = try CLIRunner.run(base + ["--product", "13ppd", "--save-dir", folder.path, "--alternatives", "2"])
        XCTAssertEqual(outcome.exitCode, 0, outcome.stderr)
        XCTAssertTrue(outcome.stdout.contains("stopped: alternatives_found"), outcome.stdout)
        XCTAssertTrue(outcome.stdout.contains("GLYCDH     glyc_c --> 3hppnl_c + h2o_c"), outcome.stdout)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        XCTAssertEqual(files, ["predicted_13ppd_1.yaml", "predicted_13ppd_2.yaml"])
        let text = try String(contentsOf: folder.appendingPathComponent(files[0]), encoding: .utf8)
        XCTAssertTrue(text.contains("  - id: predicted_13ppd_1\n"), text)
        XCTAssertTrue(text.contains("        equation: glyc_c --> 3hppnl_c + h2o_c\n"), text)
    }

    func testNothingFoundExitsWithStatus2() throws {
        let outcome = try CLIRunner.run(base + ["--product", "13ppd", "--max-steps", "2", "--format", "csv"])
        XCTAssertEqual(outcome.exitCode, 2, outcome.stderr)
        XCTAssertEqual(outcome.stdout, "rank,steps,status,proven_shortest,max_theoretical_yield,carbon_yield,max_theoretical_yield_g_per_g,max_product_flux,reactions\n")
    }

    func testUserErrorsAreOneLineMessages() throws {
        // Problems found while running exit 1; malformed options are usage errors (exit 64).
        let cases: [([String], Int32, String)] = [
            (["--product", "14bdo"], 1, "neither the chassis nor the universal model"),
            (["--product", "succ"], 1, "already makes succ_c"),
            (["--product", "13ppd", "--max-steps", "0"], 64, "--max-steps"),
            (["--product", "13ppd", "--time-limit", "0"], 64, "--time-limit"),
        ]
        for (arguments, status, message) in cases {
            let outcome = try CLIRunner.run(base + arguments)
            XCTAssertEqual(outcome.exitCode, status, "\(arguments): \(outcome.stderr)")
            XCTAssertFalse(outcome.crashedBySignal)
            XCTAssertTrue(outcome.stderr.contains(message), "\(arguments): \(outcome.stderr)")
        }
        let missing = try CLIRunner.run(["pathway", "predict", CLIRunner.model("e_coli_core.xml.gz"), "--product", "13ppd", "--universe", "/nonexistent.xml"])
        XCTAssertEqual(missing.exitCode, 1, missing.stderr)
        XCTAssertTrue(missing.stderr.contains("/nonexistent.xml"), missing.stderr)
    }
}
