import Foundation
import XCTest

/// `metadesign enzyme score` end to end: the components in JSON and CSV, the budget LP it
/// exposes for `bench/enzyme_budget_cobra.py`, candidate files and bad input.
final class EnzymeCommandTests: XCTestCase {
    private let arguments = ["enzyme", "score", "--chassis", "ecoli-core", "--pathway", "gaba_gad", "--budget", "0.002"]
    private let components = ["protein_cost", "rate_under_budget", "kinetic_coverage", "mdf", "thermo_coverage", "host_fit",
                              "oxygen_fit", "acid_tolerance", "genetic_tools", "food_grade"]

    private func json(_ extra: [String]) throws -> [String: Any] {
        let outcome = try CLIRunner.run(arguments + extra + ["--format", "json"])
        XCTAssertEqual(outcome.exitCode, 0, outcome.stderr)
        return try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
    }

    /// GABA in e_coli_core at a binding budget: GLUDC (GadB, kcat 24.85 1/s, 53.93 kDa) is the only
    /// way to GABA, so rate = budget / (MW/(3600 kcat)) = 3.31763… (COBRApy: 3.317634 in
    /// bench/reference/enzyme_budget_cobra.json).
    func testJSONHasEveryComponentAndTheBudgetLP() throws {
        let document = try json([])
        XCTAssertEqual(document["budget"] as? Double, 0.002)
        let list = try XCTUnwrap(document["components"] as? [[String: Any]])
        XCTAssertEqual(list.compactMap { $0["key"] as? String }, components)
        for component in list {
            XCTAssertNotNil(component["unit"] as? String)
            XCTAssertFalse((component["meaning"] as? String ?? "").isEmpty)
            XCTAssertNotNil(component["higher_is_better"] as? Bool)
        }
        func value(_ key: String) -> Double? { list.first { $0["key"] as? String == key }?["value"] as? Double }
        let cost = 53.93 / (3600 * 24.85)
        XCTAssertEqual(try XCTUnwrap(value("rate_under_budget")), 0.002 / cost, accuracy: 1e-6 * 3.3)
        XCTAssertEqual(try XCTUnwrap(value("protein_cost")), cost, accuracy: 1e-8 * cost)
        let step = try XCTUnwrap((document["steps"] as? [[String: Any]])?.first)
        XCTAssertEqual(step["step"] as? String, "GLUDC")
        XCTAssertEqual(try XCTUnwrap(step["protein_cost"] as? Double), cost, accuracy: 1e-15)
        XCTAssertEqual(try XCTUnwrap(step["protein"] as? Double), 0.002, accuracy: 1e-9)

        let problem = try XCTUnwrap(document["budget_problem"] as? [String: Any])
        XCTAssertEqual(problem["model_file"] as? String, "e_coli_core.xml.gz")
        XCTAssertEqual(problem["product"] as? String, "EX_4abut_e")
        XCTAssertEqual(problem["growth_reaction"] as? String, "BIOMASS_Ecoli_core_w_GAM")
        XCTAssertEqual(problem["growth_fraction"] as? Double, 0.1)
        XCTAssertEqual((problem["added_reactions"] as? [[String: Any]])?.compactMap { $0["id"] as? String },
                       ["GLUDC", "EXPORT_4abut", "EX_4abut_e"])
        let enzyme = try XCTUnwrap((problem["enzymes"] as? [[String: Any]])?.first)
        XCTAssertEqual(enzyme["kcat"] as? Double, 24.85)
        XCTAssertEqual(enzyme["mw"] as? Double, 53.93)
        let result = try XCTUnwrap(problem["result"] as? [String: Any])
        XCTAssertEqual(result["status"] as? String, "optimal")
        XCTAssertEqual(result["dominant_step"] as? String, "GLUDC")
        XCTAssertEqual(result["budget_binds"] as? Bool, true)
    }

    /// The condition's bound changes are in the problem: anaerobic e_coli_core closes oxygen uptake.
    func testBudgetProblemListsTheConditionsBoundChanges() throws {
        let outcome = try CLIRunner.run(["enzyme", "score", "--chassis", "ecoli-core", "--pathway", "lacd_ldha",
                                         "--aeration", "anaerobic", "--format", "json"])
        XCTAssertEqual(outcome.exitCode, 0, outcome.stderr)
        let document = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
        let problem = try XCTUnwrap(document["budget_problem"] as? [String: Any])
        let changes = try XCTUnwrap(problem["bound_changes"] as? [[String: Any]])
        let oxygen = try XCTUnwrap(changes.first { $0["reaction"] as? String == "EX_o2_e" })
        XCTAssertEqual(oxygen["lower"] as? Double, 0)
        XCTAssertEqual((problem["added_reactions"] as? [Any])?.count, 0, "LDH_D is native to e_coli_core")
        XCTAssertEqual((problem["result"] as? [String: Any])?["dominant_step"] as? String, "LDH_D")
    }

    func testCSVHasOneRowPerComponentWithTheJSONValues() throws {
        let outcome = try CLIRunner.run(arguments + ["--format", "csv"])
        XCTAssertEqual(outcome.exitCode, 0, outcome.stderr)
        let lines = outcome.stdout.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.first, "scorer,key,value,unit,higher_is_better,meaning")
        XCTAssertEqual(lines.count, 1 + components.count)
        let keys = lines.dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false)[1] }
        XCTAssertEqual(keys.map(String.init), components)
        let values = try json([])["components"] as? [[String: Any]] ?? []
        for line in lines.dropFirst() {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            let expected = try XCTUnwrap(values.first { $0["key"] as? String == fields[1] }?["value"] as? Double, line)
            // Two processes: GLPK may take another pivot path (hash-seeded orders), last bits differ.
            XCTAssertEqual(try XCTUnwrap(Double(fields[2]), line), expected, accuracy: 1e-12 * max(1, abs(expected)), line)
        }
    }

    func testCandidatesAreRankedAndAMalformedFileIsNamedWithItsLine() throws {
        let good = try CLIRunner.run(["enzyme", "score", "--chassis", "ecoli", "--pathway", "bdo_yim2011_akg",
                                      "--candidates", "examples/enzymes/bdo_candidates.yaml", "--format", "json"])
        XCTAssertEqual(good.exitCode, 0, good.stderr)
        let document = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(good.stdout.utf8)) as? [String: Any])
        let alternatives = try XCTUnwrap((document["candidates"] as? [String: Any])?["alternatives"] as? [[String: Any]])
        let ogdc = alternatives.filter { $0["step"] as? String == "OGDC" }
        // Ranked by MW/(3600 kcat): 100/(3600·20) < 135.9/(3600·9.1) < 135.9/(3600·1.82).
        XCTAssertEqual(ogdc.compactMap { $0["kcat"] as? Double }, [20, 9.1, 1.82])
        XCTAssertEqual(try XCTUnwrap(ogdc.last?["protein_cost"] as? Double), 135.9 / (3600 * 1.82), accuracy: 1e-15)
        XCTAssertTrue((ogdc.first?["flags"] as? [String] ?? []).contains { $0.hasPrefix("oxygen-sensitive") })
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("enzyme-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("bad.yaml").path
        try "steps:\n  - step: GLUDC\n    enzymes:\n      - name: X\n        kcat: -2\n".write(toFile: path, atomically: true, encoding: .utf8)
        let bad = try CLIRunner.run(arguments + ["--candidates", path])
        XCTAssertNotEqual(bad.exitCode, 0)
        XCTAssertFalse(bad.crashedBySignal)
        XCTAssertTrue(bad.stderr.contains("\(path):5:"), bad.stderr)
        XCTAssertTrue(bad.stderr.contains("positive"), bad.stderr)
    }

    func testBadBudgetIsAUsageError() throws {
        let outcome = try CLIRunner.run(["enzyme", "score", "--chassis", "ecoli-core", "--pathway", "gaba_gad", "--budget", "0"])
        XCTAssertEqual(outcome.exitCode, 64)
        XCTAssertTrue(outcome.stderr.contains("--budget"), outcome.stderr)
    }
}
