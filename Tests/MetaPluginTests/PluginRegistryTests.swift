import BuiltinPlugins
import ChassisPlugins
import Foundation
import MetaPlugin
import XCTest

final class PluginRegistryTests: XCTestCase {
    func testBuiltinRegistryBuilds() throws {
        let registry = try PluginRegistry(BuiltinPlugins.all)
        XCTAssertEqual(registry.plugins.count, BuiltinPlugins.all.count)
        XCTAssertEqual(try registry.chassis(id: "ecoli").profile.modelFile, "iML1515.xml.gz")
    }

    func testDuplicateIDsAreRejected() {
        XCTAssertThrowsError(try PluginRegistry([EColiChassis(), EColiChassis()])) { error in
            XCTAssertEqual(error as? PluginRegistryError,
                           .duplicateID("ecoli", first: EColiChassis().descriptor.name, second: EColiChassis().descriptor.name))
        }
    }

    func testUnknownChassisListsTheAvailableOnes() throws {
        let registry = try PluginRegistry(BuiltinPlugins.all)
        XCTAssertThrowsError(try registry.chassis(id: "trichoderma")) { error in
            XCTAssertTrue("\(error)".contains("available: ecoli"), "\(error)")
        }
    }

    func testMalformedIDsAreRejected() {
        for id in ["", "E.coli", "1ecoli", "e coli", "ecoli/"] {
            XCTAssertFalse(PluginDescriptor.isWellFormed(id: id), id)
        }
        for id in ["ecoli", "yeast-imm904", "e_coli.core2"] {
            XCTAssertTrue(PluginDescriptor.isWellFormed(id: id), id)
        }
    }

    /// Every plugin type declared under Sources/Plugins is in `BuiltinPlugins.all`, and nothing else is.
    func testEveryPluginUnderSourcesIsRegistered() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/Plugins")
        let pattern = try NSRegularExpression(
            pattern: #"(?:struct|final class|class|enum)\s+(\w+)\s*:\s*(?:[\w, ]*?)\b(ChassisPlugin|PathwayProvider|EnzymeScorer)\b"#)
        var declared = Set<String>()
        let files = FileManager.default.enumerator(atPath: root.path)?.compactMap { $0 as? String } ?? []
        for file in files where file.hasSuffix(".swift") {
            let text = try String(contentsOf: root.appendingPathComponent(file), encoding: .utf8)
            for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                if let range = Range(match.range(at: 1), in: text) { declared.insert(String(text[range])) }
            }
        }
        XCTAssertFalse(declared.isEmpty, "found no plugin declarations under \(root.path)")
        let registered = Set(BuiltinPlugins.all.map { String(describing: type(of: $0)) })
        XCTAssertEqual(declared.subtracting(registered), [], "plugins declared but not registered in BuiltinPlugins.all")
        XCTAssertEqual(registered.subtracting(declared), [], "registered plugins not found under Sources/Plugins")
    }
}
