import Foundation
import MetaPlugin
import PluginScaffold
import XCTest

final class PluginScaffoldTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("scaffold-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        directory = folder
    }

    private func scaffold(_ kind: PluginKind, root: String = PluginScaffold.builtFromRoot) throws -> PluginScaffold {
        try PluginScaffold(name: "AcmeYeast", kind: kind, metadesignRoot: root)
    }

    func testWritesEveryFile() throws {
        let target = directory.appendingPathComponent("AcmeYeast")
        try scaffold(.chassis).write(to: target.path)
        let expected = ["Package.swift", ".gitignore", "README.md", "Sources/AcmeYeast/AcmeYeastChassis.swift",
                        "Sources/AcmeYeast/PluginEntryPoints.swift", "Tests/AcmeYeastTests/AcmeYeastChassisConformanceTests.swift"]
        for path in expected {
            XCTAssertTrue(FileManager.default.fileExists(atPath: target.appendingPathComponent(path).path), path)
        }
        // Only the package folder remains: no staging folder left behind.
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory.path), ["AcmeYeast"])
    }

    func testNeverOverwrites() throws {
        let target = directory.appendingPathComponent("Existing")
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
        try Data("mine".utf8).write(to: target.appendingPathComponent("notes.txt"))
        XCTAssertThrowsError(try scaffold(.pathway).write(to: target.path)) {
            XCTAssertEqual($0 as? PluginScaffoldError, .destinationExists(target.path))
        }
        XCTAssertEqual(try String(contentsOf: target.appendingPathComponent("notes.txt"), encoding: .utf8), "mine")
    }

    func testManifestPointsAtTheCheckout() throws {
        let manifest = try XCTUnwrap(scaffold(.scorer).files.first { $0.path == "Package.swift" }?.contents)
        XCTAssertTrue(manifest.contains(#".package(name: "metadesign", path: "\#(PluginScaffold.builtFromRoot)")"#), manifest)
        XCTAssertTrue(manifest.contains(#".library(name: "AcmeYeast", type: .dynamic, targets: ["AcmeYeast"])"#), manifest)
    }

    func testCheckoutPathIsEscapedInTheManifest() throws {
        // A checkout in a folder whose name has a quote and a backslash still gives a valid manifest.
        let odd = directory.appendingPathComponent(#"me"ta\design"#)
        try FileManager.default.createDirectory(at: odd.appendingPathComponent("Sources/MetaPlugin"), withIntermediateDirectories: true)
        try Data().write(to: odd.appendingPathComponent("Package.swift"))
        let manifest = try XCTUnwrap(scaffold(.chassis, root: odd.path).files.first { $0.path == "Package.swift" }?.contents)
        XCTAssertTrue(manifest.contains(#"me\"ta\\design""#), manifest)
    }

    func testEachKindRegistersItsTypeAndChecksConformance() throws {
        for (kind, type) in [(PluginKind.chassis, "AcmeYeastChassis"), (.pathway, "AcmeYeastPathways"), (.scorer, "AcmeYeastScorer")] {
            let files = Dictionary(uniqueKeysWithValues: try scaffold(kind).files.map { ($0.path, $0.contents) })
            let source = try XCTUnwrap(files["Sources/AcmeYeast/\(type).swift"], "\(kind)")
            XCTAssertTrue(source.contains(#"id: "acme-yeast""#) && source.contains("kind: .\(kind.rawValue)"), source)
            let entry = try XCTUnwrap(files["Sources/AcmeYeast/PluginEntryPoints.swift"])
            XCTAssertTrue(entry.contains("@_cdecl(\"metadesign_plugin_abi_version\")"))
            XCTAssertTrue(entry.contains("PluginRegistrar.from(registrar).add(\(type)())"), entry)
            let test = try XCTUnwrap(files["Tests/AcmeYeastTests/\(type)ConformanceTests.swift"])
            XCTAssertTrue(test.contains("PluginConformance.check(\(type)()"), test)
        }
    }
}
