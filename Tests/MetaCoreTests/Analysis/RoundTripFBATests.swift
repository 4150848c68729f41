import MetaCore
import XCTest

/// A model written by metadesign and read back keeps its identity and its optimum.
final class RoundTripFBATests: XCTestCase {
    private func assertRoundTrip(_ file: String, through extensions: [String]) throws {
        let original = try ModelIO.read(path: TestModels.path(file)).model
        let expected = try XCTUnwrap(FBA.optimize(original).objectiveValue)
        let directory = try TestModels.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        for ext in extensions {
            let path = directory.appendingPathComponent("copy.\(ext)").path
            try ModelIO.write(original, to: path)
            let copy = try ModelIO.read(path: path).model
            XCTAssertEqual(copy.reactions.map(\.id), original.reactions.map(\.id), "\(file) via \(ext)")
            XCTAssertEqual(copy.metabolites.map(\.id), original.metabolites.map(\.id), "\(file) via \(ext)")
            XCTAssertEqual(Set(copy.genes.map(\.id)), Set(original.genes.map(\.id)), "\(file) via \(ext)")
            XCTAssertEqual(copy.objective, original.objective, "\(file) via \(ext)")
            for (a, b) in zip(copy.reactions, original.reactions) {
                XCTAssertEqual(a.lowerBound, b.lowerBound, "\(a.id) via \(ext)")
                XCTAssertEqual(a.upperBound, b.upperBound, "\(a.id) via \(ext)")
                XCTAssertEqual(a.gpr?.description, b.gpr?.description, "\(a.id) via \(ext)")
                // SBML lists reactants before products, so compare as unordered maps.
                XCTAssertEqual(Dictionary(uniqueKeysWithValues: a.stoichiometry.map { ($0.key, $0.value) }),
                               Dictionary(uniqueKeysWithValues: b.stoichiometry.map { ($0.key, $0.value) }),
                               "\(a.id) via \(ext)")
            }
            let value = try XCTUnwrap(FBA.optimize(copy).objectiveValue)
            XCTAssertEqual(value, expected, accuracy: 1e-9 * max(1, abs(expected)), "\(file) via \(ext)")
        }
    }

    func testECOLICoreThroughSBMLAndJSON() throws {
        try assertRoundTrip("e_coli_core.xml.gz", through: ["xml", "json", "xml.gz"])
    }

    func testLegacyLevel2ThroughSBMLAndJSON() throws {
        try assertRoundTrip("iYO844.xml.gz", through: ["xml", "json"])
    }

    func testIML1515ThroughSBML() throws {
        try assertRoundTrip("iML1515.xml.gz", through: ["xml", "json"])
    }

    func testBiGGJSONThroughSBML() throws {
        try assertRoundTrip("iJN1463_bigg_input.json.gz", through: ["xml", "json"])
    }
}
