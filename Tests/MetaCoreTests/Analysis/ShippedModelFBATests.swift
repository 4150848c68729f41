import MetaCore
import XCTest

/// FBA on every shipped model reproduces COBRApy's GLPK optimum to 1e-6 relative, and the
/// model COBRApy cannot read still loads and solves here.
final class ShippedModelFBATests: XCTestCase {
    func testOptimaMatchCOBRApy() throws {
        let reference = try COBRAReference.load()
        let shipped = try FileManager.default.contentsOfDirectory(atPath: TestModels.root.appendingPathComponent("models").path)
            .filter { $0.hasSuffix(".gz") }.sorted()
        XCTAssertGreaterThanOrEqual(shipped.count, 15)
        for file in shipped {
            let loaded = try ModelIO.read(path: TestModels.path(file))
            let result = try FBA.optimize(loaded.model)
            XCTAssertEqual(result.status, .optimal, file)
            guard let expected = reference[file]?.objective else {
                // COBRApy cannot read iNF517_MODEL1310300000; it is the same network as iNF517.
                XCTAssertEqual(file, "iNF517_MODEL1310300000.xml.gz")
                continue
            }
            let value = try XCTUnwrap(result.objectiveValue, file)
            XCTAssertEqual(value, expected, accuracy: 1e-6 * max(1, abs(expected)), file)
            XCTAssertEqual(loaded.model.reactions.count, reference[file]?.reactions, file)
            XCTAssertEqual(loaded.model.metabolites.count, reference[file]?.metabolites, file)
            XCTAssertEqual(loaded.model.genes.count, reference[file]?.genes, file)
        }
    }

    func testCuratedINF517LoadsAndSolvesLikeTheBiGGCopy() throws {
        let curated = try ModelIO.read(path: TestModels.path("iNF517_MODEL1310300000.xml.gz"))
        XCTAssertNotNil(curated.model.gene("x(375)"))
        XCTAssertTrue(curated.warnings.contains { $0.contains("x(375)") })
        XCTAssertEqual(curated.model.reactions.count, 754)
        XCTAssertEqual(curated.model.metabolites.count, 650)
        let result = try FBA.optimize(curated.model)
        XCTAssertEqual(result.status, .optimal)
    }
}
