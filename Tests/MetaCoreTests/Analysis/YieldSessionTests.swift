import MetaCore
import XCTest

/// One warm `YieldSession` for many products: the one-shot answers, in any order.
final class YieldSessionTests: XCTestCase {
    private let products = ["EX_succ_e", "EX_ac_e", "EX_etoh_e", "EX_lac__D_e", "EX_for_e"]

    func testWarmAnswersEqualOneShotOnes() throws {
        let model = try EnvelopeTestModels.eColiCore()
        let session = try YieldSession(model, substrates: ["EX_glc__D_e"], startFromGrowthOptimum: true)
        for product in products {
            for fraction in [nil, 0.1, 0.5] as [Double?] {
                let warm = try session.maximum(product: product, growthFraction: fraction)
                let cold = try Yield.maximum(model, product: product, substrate: "EX_glc__D_e", growthFraction: fraction)
                XCTAssertEqual(warm.status, cold.status, product)
                XCTAssertEqual(warm.molar ?? .nan, cold.molar ?? .nan, accuracy: 1e-9, "\(product) \(String(describing: fraction))")
                XCTAssertEqual(warm.carbon ?? .nan, cold.carbon ?? .nan, accuracy: 1e-9, product)
                XCTAssertEqual(warm.maximumGrowth ?? 0, cold.maximumGrowth ?? 0, accuracy: 1e-9, product)
            }
        }
    }

    func testAnswersDoNotDependOnWhatWasAskedBefore() throws {
        let model = try EnvelopeTestModels.eColiCore()
        func answers(_ order: [String]) throws -> [String: YieldResult] {
            let session = try YieldSession(model, substrates: ["EX_glc__D_e"], startFromGrowthOptimum: true)
            var results: [String: YieldResult] = [:]
            for product in order {
                results[product + "/free"] = try session.maximum(product: product)
                results[product + "/0.1"] = try session.maximum(product: product, growthFraction: 0.1)
            }
            return results
        }
        XCTAssertEqual(try answers(products), try answers(products.reversed()))
    }
}
