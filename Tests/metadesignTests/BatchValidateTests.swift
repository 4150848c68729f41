import Foundation
import XCTest

/// `batch validate`: every problem of a plan at once, each at its file and line.
final class BatchValidateTests: XCTestCase {
    func testValidPlanPrintsWhatItWillRun() throws {
        let fixtures = try BatchFixtures(self)
        let plan = try fixtures.plan()
        let outcome = try CLIRunner.run(["batch", "validate", plan])
        XCTAssertEqual(outcome.exitCode, 0, outcome.stderr)
        XCTAssertTrue(outcome.stdout.contains("24 combinations = 1 chassis × 4 pathways × 3 substrates × 2 aerations"), outcome.stdout)
        XCTAssertTrue(outcome.stdout.contains("plan sha256: "), outcome.stdout)
    }

    func testEveryProblemIsListedWithItsLine() throws {
        let fixtures = try BatchFixtures(self)
        try fixtures.write("""
            evaluation: native-yield
            chassis:
              - nope
              - id: missing
                model: no/such/model.xml
              - id: core
                model: \(CLIRunner.model("e_coli_core.xml.gz"))
                like: ecoli
            pathways: [succinate, unobtainium]
            substrates:
              - glucose
              - xylose
              - mash: {glucose: -1}
            aerations: [aerobic, windy]
            scorers: [nosuch]
            settings:
              growth_fraction: 2
              colour: blue
            extra: 1
            """, to: "bad.yaml")
        let plan = fixtures.path("bad.yaml")
        let outcome = try CLIRunner.run(["batch", "validate", plan])
        XCTAssertEqual(outcome.exitCode, 1, outcome.stderr)
        let expected = [
            (3, "no chassis plugin 'nope'; available: ecoli"),
            (5, "file no/such/model.xml does not exist"),
            (9, "native-yield evaluates native products: 'unobtainium' is neither"),
            (12, "chassis 'core': its model has no exchange EX_xyl__D_e for 'xylose'"),
            (15, "no scorer plugin 'nosuch'"),
            (13, "mash.glucose is an uptake rate in mmol/gDW/h and must be positive"),
            (14, "unknown aeration 'windy'"),
            (17, "growth_fraction must be between 0 and 1"),
            (18, "unknown setting 'colour'"),
            (19, "unknown key 'extra'"),
        ]
        for (line, message) in expected {
            XCTAssertTrue(outcome.stderr.contains("\(plan):\(line): \(message)"), "line \(line): \(message)\n\(outcome.stderr)")
        }
        XCTAssertTrue(outcome.stderr.contains("10 problems in the plan; nothing was run"), outcome.stderr)
    }

    func testResolutionProblemsAreListedTogether() throws {
        let fixtures = try BatchFixtures(self)
        try fixtures.write("""
            chassis:
              - nope
              - id: core
                model: \(CLIRunner.model("e_coli_core.xml.gz"))
                like: ecoli
            pathways: [succinate, unobtainium, EX_nothing_e]
            substrates: [glucose, xylose, sawdust]
            aerations: [aerobic]
            scorers: [nosuch]
            evaluation: native-yield
            """, to: "unknown.yaml")
        let plan = fixtures.path("unknown.yaml")
        let outcome = try CLIRunner.run(["batch", "validate", plan])
        XCTAssertEqual(outcome.exitCode, 1, outcome.stderr)
        let expected = [
            (2, "no chassis plugin 'nope'; available: ecoli"),
            (6, "native-yield evaluates native products: 'unobtainium' is neither"),
            (6, "chassis 'core': its model has no exchange EX_nothing_e"),
            (7, "chassis 'core': its model has no exchange EX_xyl__D_e for 'xylose'"),
            (7, "chassis 'core' has no substrate 'sawdust'"),
            (9, "no scorer plugin 'nosuch'"),
        ]
        for (line, message) in expected {
            XCTAssertTrue(outcome.stderr.contains("\(plan):\(line): \(message)"), "line \(line): \(message)\n\(outcome.stderr)")
        }
    }

    func testYAMLSyntaxErrorNamesItsLine() throws {
        let fixtures = try BatchFixtures(self)
        try fixtures.write("chassis: [core\npathways: x\n", to: "broken.yaml")
        let outcome = try CLIRunner.run(["batch", "validate", fixtures.path("broken.yaml")])
        XCTAssertEqual(outcome.exitCode, 1)
        XCTAssertTrue(outcome.stderr.contains("broken.yaml:"), outcome.stderr)
        XCTAssertTrue(outcome.stderr.contains("not valid YAML"), outcome.stderr)
        XCTAssertFalse(outcome.crashedBySignal)
    }
}
