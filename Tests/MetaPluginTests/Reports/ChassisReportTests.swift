import BuiltinPlugins
import ChassisPlugins
import Foundation
import MetaPlugin
import XCTest

/// `chassis list` and `chassis show` output contracts.
final class ChassisReportTests: XCTestCase {
    private func listing() throws -> [[String: Any]] {
        let registry = try PluginRegistry(BuiltinPlugins.all)
        let report = ChassisReport(registry.chassis, unavailable: UnavailableChassis.all.map { ($0.organism, $0.reason) })
        let parsed = try JSONSerialization.jsonObject(with: Data(report.json().rendered().utf8))
        return try XCTUnwrap(parsed as? [[String: Any]])
    }

    /// `chassis list --format json`: one object per chassis with id, organism, model, substrate
    /// names and aerations, and Trichoderma listed as unavailable with its reason.
    func testListJSONHasEveryOrganismAndTheRequiredKeys() throws {
        let entries = try listing()
        let available = entries.filter { $0["available"] as? Bool == true }
        XCTAssertEqual(
            available.compactMap { $0["id"] as? String },
            ["ecoli", "ecoli-core", "yeast", "yeast-imm904", "bsubtilis", "cglutamicum", "llactis", "lplantarum", "aniger", "pputida"])
        for entry in available {
            XCTAssertNotNil(entry["organism"] as? String)
            XCTAssertNotNil(entry["model"] as? String)
            XCTAssertFalse((entry["substrates"] as? [String] ?? []).isEmpty, "\(entry["id"] ?? "?")")
            XCTAssertFalse((entry["aerations"] as? [String] ?? []).isEmpty, "\(entry["id"] ?? "?")")
        }
        let organisms = Set(available.compactMap { ($0["organism"] as? String)?.split(separator: " ").prefix(2).joined(separator: " ") })
        XCTAssertEqual(organisms.count, 8, "\(organisms)")
        let missing = entries.filter { $0["available"] as? Bool == false }
        XCTAssertEqual(missing.compactMap { $0["organism"] as? String }, ["Trichoderma reesei"])
        XCTAssertNotNil(missing.first?["reason"] as? String)
    }

    /// `chassis show --format json` carries what another tool needs to rebuild each condition.
    func testShowJSONCarriesMediumAndBoundChanges() throws {
        let entry = ChassisReport.Entry(LLactisChassis())
        let parsed = try JSONSerialization.jsonObject(with: Data(ChassisReport.json(of: entry).rendered().utf8))
        let object = try XCTUnwrap(parsed as? [String: Any])
        XCTAssertTrue(object["default_medium"] is NSNull)
        let overrides = try XCTUnwrap(object["model_bound_overrides"] as? [[String: Any]])
        XCTAssertTrue(overrides.contains { $0["reaction"] as? String == "EX_glc_LPAREN_e_RPAREN_" && $0["lower"] as? Double == -2.12 })
        let conditions = try XCTUnwrap(object["aeration_conditions"] as? [[String: Any]])
        let aerobic = try XCTUnwrap(conditions.first { $0["aeration"] as? String == "aerobic" })
        let changes = try XCTUnwrap(aerobic["bound_overrides"] as? [[String: Any]])
        XCTAssertEqual(changes.compactMap { $0["reaction"] as? String }, ["O2t", "NOX2"])

        let defined = ChassisReport.json(of: ChassisReport.Entry(ANigerChassis())).rendered()
        XCTAssertTrue(defined.contains("\"1222\": 10"), defined)
    }
}
