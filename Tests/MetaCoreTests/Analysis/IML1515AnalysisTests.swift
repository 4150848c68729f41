import Foundation
import MetaCore
import XCTest

/// FVA, single gene deletions and pFBA on the genome-scale iML1515 against COBRApy 0.32.1 +
/// GLPK, as recorded by `bench/cobra_iml1515_reference.py` in
/// `bench/reference/cobra_iml1515_analysis.json` (agreement: 1e-6 absolute, or relative above 1).
final class IML1515AnalysisTests: XCTestCase {
    private struct Reference: Decodable {
        struct Deletion: Decodable {
            var growth: Double?
            var status: String
        }
        var optimum: Double
        var fva: [String: [String: [Double]]]
        var genes: [String: Deletion]
        var pfba_total_flux: Double
    }

    private static let model = Result { try ModelIO.read(path: TestModels.path("iML1515.xml.gz")).model }
    private static let reference = Result {
        let url = TestModels.root.appendingPathComponent("bench/reference/cobra_iml1515_analysis.json")
        return try JSONDecoder().decode(Reference.self, from: Data(contentsOf: url))
    }

    private func close(_ a: Double, _ b: Double, _ message: String, line: UInt = #line) {
        XCTAssertEqual(a, b, accuracy: 1e-6 * max(1, abs(b)), message, line: line)
    }

    func testFVARangesMatchCOBRApy() throws {
        let model = try Self.model.get()
        for (fraction, ranges) in try Self.reference.get().fva.sorted(by: { $0.key < $1.key }) {
            let ids = ranges.keys.sorted()
            let result = try FVA.run(model, reactions: ids, fraction: try XCTUnwrap(Double(fraction)), jobs: 2)
            close(result.objectiveValue, try Self.reference.get().optimum, "optimum")
            for id in ids {
                let range = try XCTUnwrap(result.range(of: id))
                let expected = try XCTUnwrap(ranges[id])
                close(range.minimum, expected[0], "\(id) minimum at \(fraction)")
                close(range.maximum, expected[1], "\(id) maximum at \(fraction)")
            }
        }
    }

    func testSingleGeneDeletionsMatchCOBRApy() throws {
        let expected = try Self.reference.get().genes
        let study = try Deletion.run(try Self.model.get(), target: .genes, ids: expected.keys.sorted(), jobs: 2)
        for outcome in study.outcomes {
            let gene = outcome.ids[0]
            let reference = try XCTUnwrap(expected[gene])
            XCTAssertEqual(outcome.status.rawValue, reference.status, gene)
            if let growth = reference.growth { close(try XCTUnwrap(outcome.growth, gene), growth, gene) }
        }
        // gltA and icd: the TCA cycle's entry is essential on glucose minimal medium.
        XCTAssertEqual(Set(study.essential().map { $0.ids[0] }), ["b0720", "b1136"])
        XCTAssertLessThan(study.lpCount, expected.count, "pfkA and gdhA carry no flux in the wild type: no LP")
    }

    func testPFBATotalFluxMatchesCOBRApy() throws {
        let result = try PFBA.optimize(try Self.model.get())
        close(result.totalFlux, try Self.reference.get().pfba_total_flux, "total flux")
    }
}
