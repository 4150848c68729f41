import Foundation
import MetaCore
import XCTest
import Yams

/// The pathway files a prediction writes: valid YAML in the format of docs/PathwayFiles.md.
final class PathwayFileTests: XCTestCase {
    func testEachPathwayBecomesAPathwayFile() throws {
        let predictor = try PathwayPredictor(host: PathwayPredictorTests.chassis, universes: [PathwayPredictorTests.universe])
        let prediction = try predictor.predict(product: "13ppd", substrate: "EX_glc__D_e")
        for pathway in prediction.pathways {
            let text = prediction.pathwayFile(for: pathway)
            let document = try XCTUnwrap(try Yams.load(yaml: text) as? [String: Any], text)
            let product = try XCTUnwrap(document["product"] as? [String: Any])
            XCTAssertEqual(product["id"] as? String, "13ppd", "a digit-leading id stays a string")
            XCTAssertEqual(product["formula"] as? String, "C3H8O2")
            XCTAssertEqual(product["charge"] as? Int, 0)
            XCTAssertTrue((product["xrefs"] as? [String])?.contains("kegg:C02457") ?? false)
            let routes = try XCTUnwrap(document["pathways"] as? [[String: Any]])
            XCTAssertEqual(routes.count, 1)
            let route = routes[0]
            XCTAssertEqual(route["id"] as? String, "predicted_13ppd_\(pathway.rank)")
            XCTAssertEqual(route["export"] as? Bool, true)
            let reactions = try XCTUnwrap(route["reactions"] as? [[String: Any]])
            XCTAssertEqual(reactions.compactMap { $0["id"] as? String }, pathway.reactions.map(\.id))
            XCTAssertEqual(reactions.compactMap { $0["equation"] as? String }, pathway.reactions.map(\.equation))
            let metabolites = try XCTUnwrap(route["metabolites"] as? [[String: Any]])
            XCTAssertTrue(metabolites.allSatisfy { $0["new"] as? Bool == true && $0["formula"] is String && $0["charge"] is Int })
            XCTAssertTrue(metabolites.contains { $0["id"] as? String == "13ppd" }, "the product is new to e_coli_core")
            XCTAssertEqual(prediction.fileStem(for: pathway), "predicted_13ppd_\(pathway.rank)")
        }
    }
}
