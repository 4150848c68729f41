import Foundation
import XCTest

/// `metadesign pathway rank` end to end: every component is present, each normalised value is
/// the min–max of the raw ones, and the score is the weighted mean shown.
final class PathwayRankCommandTests: XCTestCase {
    private let arguments = ["pathway", "rank", "--product", "succ", "--chassis", "ecoli-core,llactis", "--aeration", "anaerobic"]
    private let weights: [String: Double] = ["max_theoretical_yield": 1, "max_achievable_yield": 1, "protein_cost": 0.5, "mdf": 0.5,
                                             "host_fit": 0.5, "heterologous_steps": 0.25, "rate_under_budget": 0.5]
    private let components = ["max_theoretical_yield", "max_achievable_yield", "carbon_yield", "heterologous_steps", "protein_cost",
                              "rate_under_budget", "kinetic_coverage", "mdf", "thermo_coverage", "host_fit"]
    private var weightArgument: String { "yield=1,achievable=1,protein=0.5,mdf=0.5,host=0.5,steps=0.25,rate_under_budget=0.5" }

    func testJSONScoreIsTheWeightedMeanOfTheNormalisedComponents() throws {
        let outcome = try CLIRunner.run(arguments + ["--weights", weightArgument, "--format", "json"])
        XCTAssertEqual(outcome.exitCode, 0, outcome.stderr)
        let document = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(document["weights"] as? [String: Double], weights)
        let ranking = try XCTUnwrap(document["ranking"] as? [[String: Any]])
        XCTAssertGreaterThanOrEqual(ranking.count, 4, "succ routes in e_coli_core and iNF517")
        var ranges: [String: (Double, Double)] = [:]
        for entry in ranking {
            let parts = try XCTUnwrap(entry["components"] as? [String: [String: Any]])
            for key in components { XCTAssertNotNil(parts[key], "\(key) missing") }
            for (key, part) in parts {
                guard let value = part["value"] as? Double else { continue }
                let range = ranges[key] ?? (value, value)
                ranges[key] = (min(range.0, value), max(range.1, value))
            }
        }
        var previous = Double.infinity
        for entry in ranking {
            let parts = try XCTUnwrap(entry["components"] as? [String: [String: Any]])
            var total = 0.0, weightSum = 0.0
            for (key, weight) in weights {
                let part = try XCTUnwrap(parts[key])
                guard let value = part["value"] as? Double else {
                    XCTAssertTrue(part["normalised"] is NSNull, "an unknown value has no normalised value")
                    continue
                }
                let normalised = try XCTUnwrap(part["normalised"] as? Double, key)
                let (low, high) = try XCTUnwrap(ranges[key])
                let higherIsBetter = try XCTUnwrap(part["higher_is_better"] as? Bool)
                let expected = high > low ? (higherIsBetter ? (value - low) / (high - low) : (high - value) / (high - low)) : 1
                XCTAssertEqual(normalised, expected, accuracy: 1e-12, "\(key) of \(entry["pathway"] ?? "")")
                XCTAssertEqual(part["weight"] as? Double, weight)
                total += weight * normalised
                weightSum += weight
            }
            let score = try XCTUnwrap(entry["score"] as? Double)
            XCTAssertEqual(score, total / weightSum, accuracy: 1e-12)
            XCTAssertLessThanOrEqual(score, previous + 1e-12, "ranked best first")
            previous = score
        }
    }

    func testCSVScoreIsTheWeightedMeanOfItsNormColumns() throws {
        let outcome = try CLIRunner.run(arguments + ["--weights", weightArgument, "--format", "csv"])
        XCTAssertEqual(outcome.exitCode, 0, outcome.stderr)
        let lines = outcome.stdout.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        let header = try XCTUnwrap(lines.first)
        for key in components { XCTAssertTrue(header.contains(key), "\(key) column missing") }
        for key in weights.keys { XCTAssertTrue(header.contains("norm_" + key), "norm_\(key) column missing") }
        let rows = lines.dropFirst().filter { $0.last == "optimal" }
        XCTAssertGreaterThanOrEqual(rows.count, 4)
        for row in rows {
            XCTAssertEqual(row.count, header.count)
            var total = 0.0, weightSum = 0.0
            for (key, weight) in weights {
                let index = try XCTUnwrap(header.firstIndex(of: "norm_" + key))
                guard let normalised = Double(row[index]) else { continue }
                XCTAssertTrue((0...1).contains(normalised))
                total += weight * normalised
                weightSum += weight
            }
            let score = try XCTUnwrap(Double(row[try XCTUnwrap(header.firstIndex(of: "score"))]))
            XCTAssertEqual(score, total / weightSum, accuracy: 1e-12, row.joined(separator: ","))
        }
    }

    func testBadWeightsAndUnknownProductsAreUsageErrors() throws {
        let weights = try CLIRunner.run(arguments + ["--weights", "yield=-1"])
        XCTAssertEqual(weights.exitCode, 64)
        XCTAssertTrue(weights.stderr.contains("--weights"), weights.stderr)
        let product = try CLIRunner.run(["pathway", "rank", "--product", "unobtainium", "--chassis", "ecoli-core"])
        XCTAssertNotEqual(product.exitCode, 0)
        XCTAssertTrue(product.stderr.contains("no route makes 'unobtainium'"), product.stderr)
    }
}
