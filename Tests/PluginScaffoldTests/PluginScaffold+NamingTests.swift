import MetaPlugin
import PluginScaffold
import XCTest

final class PluginScaffoldNamingTests: XCTestCase {
    private let root = PluginScaffold.builtFromRoot

    func testIDsComeFromCamelCase() throws {
        let cases = ["AcmeYeast": "acme-yeast", "ABCChassis": "abc-chassis", "Strain42": "strain42",
                     "my_plugin": "my_plugin", "Pputida": "pputida", "BDOPathways2": "bdo-pathways2"]
        for (name, id) in cases {
            XCTAssertEqual(try PluginScaffold(name: name, kind: .chassis, metadesignRoot: root).pluginID, id, name)
        }
    }

    func testTypeNameNeverEqualsTheModuleName() throws {
        XCTAssertEqual(try PluginScaffold(name: "Acme", kind: .chassis, metadesignRoot: root).typeName, "AcmeChassis")
        XCTAssertEqual(try PluginScaffold(name: "AcmeChassis", kind: .chassis, metadesignRoot: root).typeName, "AcmeChassisPlugin")
        XCTAssertEqual(try PluginScaffold(name: "Acme", kind: .pathway, metadesignRoot: root).typeName, "AcmePathways")
        XCTAssertEqual(try PluginScaffold(name: "Acme", kind: .scorer, metadesignRoot: root).typeName, "AcmeScorer")
    }

    func testBadNamesAreRefusedWithTheReason() {
        let cases = ["": "empty", "1Acme": "start with a letter", "_Acme": "start with a letter",
                     "acme-yeast": "letters, digits and '_'", "Acme Yeast": "letters, digits and '_'",
                     "Açme": "letters, digits and '_'", "struct": "keyword", "MetaPlugin": "already exists",
                     "XCTest": "already exists", String(repeating: "a", count: 65): "64 characters"]
        for (name, reason) in cases {
            XCTAssertThrowsError(try PluginScaffold(name: name, kind: .chassis, metadesignRoot: root), name) { error in
                let message = "\(error)"
                XCTAssertTrue(message.contains("invalid plugin name") && message.contains(reason), message)
            }
        }
    }

    func testTakenIDIsRefused() {
        XCTAssertThrowsError(try PluginScaffold(name: "Ecoli", kind: .chassis, metadesignRoot: root, takenIDs: ["ecoli"])) {
            XCTAssertEqual($0 as? PluginScaffoldError, .idTaken("ecoli", name: "Ecoli"))
        }
    }

    func testRootMustBeACheckout() throws {
        XCTAssertThrowsError(try PluginScaffold(name: "Acme", kind: .chassis, metadesignRoot: "/nonexistent/metadesign")) {
            XCTAssertEqual($0 as? PluginScaffoldError, .notACheckout("/nonexistent/metadesign"))
        }
        // The tool finds its own sources, and a relative path is made absolute.
        let scaffold = try PluginScaffold(name: "Acme", kind: .chassis, metadesignRoot: root + "/Sources/..")
        XCTAssertEqual(scaffold.metadesignRoot, URL(fileURLWithPath: root).standardizedFileURL.path)
    }
}
