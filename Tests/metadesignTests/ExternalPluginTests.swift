import Foundation
import XCTest

/// Examples/HelloPlugin, built as a separate package against this checkout, loaded into the
/// `metadesign` binary at run time and compiled into its own custom host.
///
/// Needs `METADESIGN_PACKAGE_TESTS=1` (set by `scripts/test.sh`): the package is built once per run.
final class ExternalPluginTests: XCTestCase {
    /// e_coli_core's optimum on the medium in its file: COBRApy 0.29 with GLPK.
    private let coreGrowth = 0.8739215069684305

    private var helloLibrary: String { PluginPackages.library("HelloPlugin").path }

    private func json(_ outcome: CLIRunner.Outcome, file: StaticString = #filePath, line: UInt = #line) throws -> Any {
        XCTAssertEqual(outcome.exitCode, 0, outcome.stderr, file: file, line: line)
        return try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8))
    }

    private func pluginIDs(_ outcome: CLIRunner.Outcome) throws -> [String: String] {
        let list = try XCTUnwrap(json(outcome) as? [[String: Any]])
        return Dictionary(uniqueKeysWithValues: list.compactMap { entry in
            (entry["id"] as? String).map { ($0, entry["kind"] as? String ?? "") }
        })
    }

    private func growth(_ outcome: CLIRunner.Outcome) throws -> Double {
        let result = try XCTUnwrap(json(outcome) as? [String: Any])
        XCTAssertEqual(result["status"] as? String, "optimal")
        return try XCTUnwrap(result["objective"] as? Double)
    }

    func testLoadedWithPluginOptionItIsListed() throws {
        _ = try PluginPackages.helloPlugin()
        let ids = try pluginIDs(CLIRunner.run(["--plugin", helloLibrary, "plugins", "list", "--format", "json"]))
        XCTAssertEqual(ids["hello-core"], "chassis")
        XCTAssertEqual(ids["ecoli"], "chassis", "built-in plugins stay")
    }

    func testLoadedChassisGrowsAsInCOBRApy() throws {
        _ = try PluginPackages.helloPlugin()
        let aerobic = try growth(CLIRunner.run(["--plugin", helloLibrary, "fba", "--chassis", "hello-core", "--format", "json"]))
        XCTAssertEqual(aerobic, coreGrowth, accuracy: 1e-6)
        let anaerobic = try growth(CLIRunner.run(
            ["fba", "--chassis", "hello-core", "--aeration", "anaerobic", "--format", "json", "--plugin", helloLibrary]))
        XCTAssertGreaterThan(anaerobic, 0.1)
        XCTAssertLessThan(anaerobic, aerobic)
        let show = try CLIRunner.run(["--plugin", helloLibrary, "chassis", "show", "hello-core"])
        XCTAssertEqual(show.exitCode, 0, show.stderr)
        XCTAssertTrue(show.stdout.contains("BIOMASS_Ecoli_core_w_GAM"), show.stdout)
    }

    /// A plugin folder holds the plugin and the libMetaPlugin it was built with; only the plugin is loaded.
    func testLoadedFromSearchPath() throws {
        _ = try PluginPackages.helloPlugin()
        let folder = try pluginFolder(with: ["libHelloPlugin", "libMetaPlugin"])
        let environment = ["METADESIGN_PLUGIN_PATH": "/nonexistent/plugins:" + folder.path]
        let ids = try pluginIDs(CLIRunner.run(["plugins", "list", "--format", "json"], environment: environment))
        XCTAssertEqual(ids["hello-core"], "chassis")
        XCTAssertEqual(try growth(CLIRunner.run(["fba", "--chassis", "hello-core", "--format", "json"], environment: environment)),
                       coreGrowth, accuracy: 1e-6)
        // Named again with --plugin, the same library is loaded once, not rejected as a duplicate.
        let twice = try CLIRunner.run(
            ["--plugin", folder.appendingPathComponent(libraryName("HelloPlugin")).path, "plugins", "list"], environment: environment)
        XCTAssertEqual(twice.exitCode, 0, twice.stderr)
    }

    func testPluginMovedAwayFromItsAPILibraryIsRefusedWithAHint() throws {
        _ = try PluginPackages.helloPlugin()
        let folder = try pluginFolder(with: ["libHelloPlugin"])
        let outcome = try CLIRunner.run(["--plugin", folder.appendingPathComponent(libraryName("HelloPlugin")).path, "plugins", "list"])
        XCTAssertFalse(outcome.crashedBySignal)
        XCTAssertEqual(outcome.exitCode, 1)
        XCTAssertTrue(outcome.stderr.contains("keep the plugin beside the libMetaPlugin"), outcome.stderr)
    }

    /// The compile-time route: metadesign-hello links HelloChassis and runs the whole CLI.
    func testCustomHostHasThePluginCompiledIn() throws {
        _ = try PluginPackages.helloPlugin()
        let host = PluginPackages.products.appendingPathComponent("metadesign-hello")
        let ids = try pluginIDs(CLIRunner.run(host, ["plugins", "list", "--format", "json"]))
        XCTAssertEqual(ids["hello-core"], "chassis")
        XCTAssertEqual(try growth(CLIRunner.run(host, ["fba", "--chassis", "hello-core", "--format", "json"])), coreGrowth, accuracy: 1e-6)
        // Loading the same plugin again at run time is a duplicate id, reported, not a crash.
        let again = try CLIRunner.run(host, ["--plugin", helloLibrary, "plugins", "list"])
        XCTAssertEqual(again.exitCode, 1)
        XCTAssertTrue(again.stderr.contains("plugin id 'hello-core' is used twice"), again.stderr)
    }

    func testExamplePassesItsOwnConformanceTests() throws {
        let package = try PluginPackages.helloPlugin()
        let outcome = try PluginPackages.test(package)
        XCTAssertEqual(outcome.exitCode, 0, outcome.stdout + outcome.stderr)
        XCTAssertTrue(outcome.stdout.contains("with 0 failures"), outcome.stdout)
    }

    /// The plugin must report the ABI version it was compiled with, not look up the host's
    /// (which it would if `PluginABI.version` were an exported symbol: the host exports its
    /// MetaPlugin and the loader binds the plugin's references to it).
    func testPluginCarriesItsOwnABIVersion() throws {
        _ = try PluginPackages.helloPlugin()
        let outcome = try CLIRunner.run(URL(fileURLWithPath: "/usr/bin/env"), ["nm", "-D", "--undefined-only", helloLibrary])
        guard outcome.exitCode == 0 else { throw XCTSkip("nm unavailable: \(outcome.stderr)") }
        XCTAssertFalse(outcome.stdout.contains("3ABIO7version"), "the plugin imports PluginABI.version from the host")
    }

    private func libraryName(_ product: String) -> String { PluginPackages.library(product).lastPathComponent }

    /// A fresh folder holding copies of the named built libraries (`libHelloPlugin` → `libHelloPlugin.so`).
    private func pluginFolder(with libraries: [String]) throws -> URL {
        let folder = try temporaryFolder("metadesign-plugin-path")
        for library in libraries {
            let built = PluginPackages.library(String(library.dropFirst("lib".count)))
            try FileManager.default.copyItem(at: built, to: folder.appendingPathComponent(built.lastPathComponent))
        }
        return folder
    }
}
