import MetaPlugin
import XCTest

/// The rank table stars carbon yields above 1 and says why, and the JSON carries the flag.
final class PathwayRankReportTests: XCTestCase {
    private func candidate(_ chassis: String, yield: Double, carbonYield: Double) -> PathwayRanking.Candidate {
        PathwayRanking.Candidate(chassis: chassis, pathway: "succ_native", metrics: [
            .init(key: "max_theoretical_yield", value: yield, higherIsBetter: true),
            .init(key: "carbon_yield", value: carbonYield, higherIsBetter: true),
        ])
    }

    func testCarbonYieldsAboveOneAreStarredAndExplained() {
        // Succinate on glucose: 12/7 mol/mol is 8/7 C-mol/C-mol (CO2 fixed); 1.2 mol/mol is 0.8.
        let candidates = [candidate("ecoli", yield: 12.0 / 7, carbonYield: 8.0 / 7), candidate("yeast", yield: 1.2, carbonYield: 0.8)]
        let report = PathwayRankReport(product: "succ", condition: ChassisCondition(substrate: "glucose", aeration: .anaerobic),
                                       weights: PathwayRanking.defaultWeights, ranked: PathwayRanking.rank(candidates), skipped: [])
        let table = report.table()
        XCTAssertTrue(table.contains("1.143*"), table)
        XCTAssertFalse(table.contains("0.8*"), table)
        XCTAssertTrue(table.contains("* more product carbon than the substrate supplies"), table)
        XCTAssertTrue(PathwayRankReport.exceedsSubstrateCarbon(candidates[0]))
        XCTAssertFalse(PathwayRankReport.exceedsSubstrateCarbon(candidates[1]))
        XCTAssertTrue(report.json().rendered().contains("\"exceeds_substrate_carbon\": true"), report.json().rendered())

        let plain = PathwayRankReport(product: "succ", condition: ChassisCondition(substrate: "glucose"),
                                      weights: PathwayRanking.defaultWeights, ranked: PathwayRanking.rank([candidates[1]]), skipped: [])
        XCTAssertFalse(plain.table().contains("more product carbon"), "no footnote without a starred row")
    }
}
