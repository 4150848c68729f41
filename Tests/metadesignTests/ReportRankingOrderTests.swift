import XCTest

@testable import MetaDesignCLI

/// The report ranks by carbon yield, and a carbon yield above 1 (carbon from outside the feed)
/// does not top it: L. plantarum's amino-acid-fed succinate (1.35 C-mol/C-mol) follows E. coli's
/// lactate (0.99) and yeast's succinate (0.96).
final class ReportRankingOrderTests: XCTestCase {
    private func record(_ index: Int, chassis: String, pathway: String, carbonYield: Double) throws -> ResultRecord {
        let text = """
            {"chassis":"\(chassis)","pathway":"\(pathway)","product":"p","substrate":"glucose","aeration":"anaerobic",\
            "status":"optimal","max_achievable_carbon_yield":\(carbonYield),"combination_index":\(index),\
            "combination_total":3,"record_key":"\(chassis)|\(pathway)|glucose|anaerobic","plan_sha256":"00"}
            """
        return try ResultRecord(text: text, file: "test.jsonl", line: index + 1)
    }

    func testCarbonFromOutsideTheFeedFollowsTheRest() throws {
        let records = [
            try record(0, chassis: "lplantarum", pathway: "succ_native", carbonYield: 1.353),
            try record(1, chassis: "ecoli", pathway: "lacd_ldha", carbonYield: 0.988),
            try record(2, chassis: "yeast", pathway: "succ_native", carbonYield: 0.958),
        ]
        let data = ReportData(records: records, manifest: nil, source: "test.jsonl")
        XCTAssertEqual(data.rankingMetric?.key, "max_achievable_carbon_yield")
        XCTAssertEqual(data.ranked.map(\.chassis), ["ecoli", "yeast", "lplantarum"])
    }
}
