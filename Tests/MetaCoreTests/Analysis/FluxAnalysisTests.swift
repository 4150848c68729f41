import MetaCore
import XCTest

/// FVA, pFBA and deletions on e_coli_core against COBRApy 0.32.1 + GLPK:
///   flux_variability_analysis(m, reaction_list=[...], fraction_of_optimum=0.9)
///   pfba(m).objective_value;  single_gene_deletion(m, gene_list=[...])
final class FluxAnalysisTests: XCTestCase {
    private static let model = Result { try ModelIO.read(path: TestModels.path("e_coli_core.xml.gz")).model }

    private func close(_ a: Double, _ b: Double, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(a, b, accuracy: 1e-6 * max(1, abs(b)), file: file, line: line)
    }

    func testFVAAtNinetyPercentMatchesCOBRApy() throws {
        let model = try Self.model.get()
        let expected: [(String, Double, Double)] = [
            ("PGI", -14.29903925415459, 9.838761481964333),
            ("EX_o2_e", -25.61954339039895, -17.992432279287733),
            ("SUCDi", 0, 1000),
            ("PFK", 1.171705670610353, 25.29064376594441),
            ("ME1", 0, 11.93588881225845),
        ]
        for jobs in [1, 2] {
            let result = try FVA.run(model, reactions: expected.map(\.0), fraction: 0.9, jobs: jobs)
            for (id, minimum, maximum) in expected {
                let range = try XCTUnwrap(result.range(of: id))
                close(range.minimum, minimum)
                close(range.maximum, maximum)
            }
        }
    }

    func testFVAOfAllReactionsSkipsLPsWhoseBoundWasReached() throws {
        let model = try Self.model.get()
        let result = try FVA.run(model, fraction: 1.0)
        XCTAssertEqual(result.reactionIDs.count, 95)
        XCTAssertGreaterThan(result.skippedCount, 0)
        XCTAssertEqual(result.lpCount + result.skippedCount, 190)
        let pfk = try XCTUnwrap(result.range(of: "PFK"))
        close(pfk.minimum, 7.477381962160292)
        close(pfk.maximum, 7.477381962160292)
    }

    func testPFBATotalFluxMatchesCOBRApy() throws {
        let result = try PFBA.optimize(try Self.model.get())
        close(result.totalFlux, 518.4220855176033)
        close(result.objectiveValue, 0.8739215069684306)
    }

    func testSingleGeneDeletionsMatchCOBRApy() throws {
        let study = try Deletion.run(try Self.model.get(), target: .genes, ids: ["b1761", "b0720", "b2415", "b3916"])
        let byGene = Dictionary(uniqueKeysWithValues: study.outcomes.map { ($0.ids[0], $0) })
        close(try XCTUnwrap(byGene["b1761"]?.growth), 0.8513885233462086)
        close(try XCTUnwrap(byGene["b0720"]?.growth), 0)
        XCTAssertEqual(byGene["b2415"]?.status, .infeasible)
        XCTAssertNil(byGene["b2415"]?.growth)
        close(try XCTUnwrap(byGene["b3916"]?.growth), 0.8739215069684306)
        XCTAssertEqual(byGene["b3916"]?.solved, false, "pfkB carries no flux in the wild type: no LP needed")
        XCTAssertEqual(Set(study.essential().map { $0.ids[0] }), ["b0720", "b2415"])
    }

    func testDoubleReactionDeletionOfIsozymesClosesGrowthPath() throws {
        let study = try Deletion.run(try Self.model.get(), target: .reactions, ids: ["PGI", "G6PDH2r"], double: true)
        XCTAssertEqual(study.outcomes.count, 1)
        XCTAssertEqual(study.outcomes[0].ids, ["PGI", "G6PDH2r"])
        XCTAssertTrue(study.csv().hasPrefix("ids,growth,status\nPGI;G6PDH2r,"))
    }

    func testInfeasibleMediumIsAnErrorNotACrash() throws {
        var model = try Self.model.get()
        try model.setBounds(ofReaction: "EX_glc__D_e", lower: 0, upper: 1000)
        try model.setBounds(ofReaction: "ATPM", lower: 8.39, upper: 1000)
        XCTAssertThrowsError(try FVA.run(model)) { XCTAssertEqual($0 as? SolverError, .infeasible) }
        XCTAssertEqual(try FBA.optimize(model).status, .infeasible)
    }
}
