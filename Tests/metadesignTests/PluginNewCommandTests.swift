import Foundation
import XCTest

/// `metadesign plugin new`: refuses what it must, and makes packages that build, pass their
/// conformance test and load. The building half needs `METADESIGN_PACKAGE_TESTS=1`.
final class PluginNewCommandTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws {
        directory = try temporaryFolder("metadesign-new")
    }

    private func new(_ name: String, _ kind: String, _ extra: [String] = []) throws -> CLIRunner.Outcome {
        try CLIRunner.run(["plugin", "new", name, "--kind", kind, "--output", directory.appendingPathComponent(name).path] + extra)
    }

    private func assertRefused(_ outcome: CLIRunner.Outcome, _ needle: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(outcome.exitCode, 1, outcome.stderr, file: file, line: line)
        XCTAssertTrue(outcome.stderr.contains(needle), "'\(outcome.stderr)' should mention '\(needle)'", file: file, line: line)
    }

    func testRefusesAnExistingFolder() throws {
        XCTAssertEqual(try new("AcmeYeast", "chassis").exitCode, 0)
        assertRefused(try new("AcmeYeast", "pathway"), "already exists")
    }

    func testRefusesBadNamesAndTakenIDs() throws {
        assertRefused(try new("acme-yeast", "chassis"), "invalid plugin name 'acme-yeast'")
        assertRefused(try new("9Lives", "scorer"), "must start with a letter")
        assertRefused(try new("Ecoli", "chassis"), "plugin id 'ecoli', which a built-in plugin already uses")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory.path), [])
    }

    func testRefusesAFolderThatIsNotACheckout() throws {
        assertRefused(try new("AcmeYeast", "chassis", ["--metadesign", directory.path]), "not a metadesign source checkout")
    }

    /// One scaffold of each kind: builds, passes its conformance test, loads into `metadesign`
    /// and into the custom host, and the chassis grows.
    func testScaffoldsBuildPassConformanceAndLoad() throws {
        try PluginPackages.requireSwitch()
        let scaffolds = [("AcmeYeast", "chassis", "acme-yeast"), ("AcmeRoutes", "pathway", "acme-routes"), ("AcmeCost", "scorer", "acme-cost")]
        var arguments: [String] = []
        for (name, kind, _) in scaffolds {
            let made = try new(name, kind)
            XCTAssertEqual(made.exitCode, 0, made.stderr)
            let package = directory.appendingPathComponent(name)
            try PluginPackages.build(package)
            let tested = try PluginPackages.test(package)
            XCTAssertEqual(tested.exitCode, 0, "\(name): \(tested.stdout)\(tested.stderr)")
            XCTAssertTrue(tested.stdout.contains("Executed 1 test, with 0 failures"), tested.stdout)
            arguments += ["--plugin", PluginPackages.library(name).path]
        }
        let hosts = [try CLIRunner.executable(), PluginPackages.products.appendingPathComponent("metadesign-hello")]
        _ = try PluginPackages.helloPlugin()
        for host in hosts {
            let listed = try CLIRunner.run(host, arguments + ["plugins", "list", "--format", "json"])
            XCTAssertEqual(listed.exitCode, 0, "\(host.lastPathComponent): \(listed.stderr)")
            let plugins = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]])
            for (_, kind, id) in scaffolds {
                XCTAssertTrue(plugins.contains { $0["id"] as? String == id && $0["kind"] as? String == kind }, "\(id) in \(listed.stdout)")
            }
        }
        let grown = try CLIRunner.run(arguments + ["fba", "--chassis", "acme-yeast", "--format", "json"])
        let result = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(grown.stdout.utf8)) as? [String: Any], grown.stderr)
        XCTAssertEqual(result["objective"] as? Double ?? .nan, 0.8739215069684305, accuracy: 1e-6)
    }
}
