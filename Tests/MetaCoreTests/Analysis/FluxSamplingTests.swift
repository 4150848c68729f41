import MetaCore
import XCTest

/// OptGP and ACHR on e_coli_core: every sample is a flux distribution of the model, the
/// seed fixes the samples, and the means lie inside COBRApy's flux ranges
/// (flux_variability_analysis(m, fraction_of_optimum=0), COBRApy 0.32.1 + GLPK).
final class FluxSamplingTests: XCTestCase {
    private static let model = Result { try ModelIO.read(path: TestModels.path("e_coli_core.xml.gz")).model }

    private func sample(_ options: SamplingOptions) throws -> FluxSamples {
        try FluxSampling.sample(try Self.model.get(), options: options)
    }

    /// The largest |S·v| and the largest bound violation over all samples.
    private func violations(_ samples: FluxSamples, in model: Model) -> (equality: Double, bounds: Double) {
        let matrix = model.stoichiometricMatrix
        var equality = 0.0, bounds = 0.0
        for row in 0..<samples.count {
            let flux = Array(samples.sample(row))
            var balance = [Double](repeating: 0, count: matrix.rowCount)
            for column in 0..<matrix.columnCount {
                for (metabolite, coefficient) in matrix.column(column) { balance[metabolite] += coefficient * flux[column] }
                bounds = max(bounds, model.reactions[column].lowerBound - flux[column], flux[column] - model.reactions[column].upperBound)
            }
            equality = max(equality, balance.map(abs).max() ?? 0)
        }
        return (equality, bounds)
    }

    func testEverySampleIsAFeasibleFluxDistribution() throws {
        let model = try Self.model.get()
        for method in SamplingOptions.Method.allCases {
            let samples = try sample(SamplingOptions(samples: 200, thinning: 50, seed: 3, method: method, jobs: 2))
            XCTAssertEqual(samples.count, 200)
            XCTAssertEqual(samples.reactionIDs, model.reactions.map(\.id))
            let worst = violations(samples, in: model)
            XCTAssertLessThan(worst.equality, 1e-6, "\(method): S·v")
            XCTAssertLessThan(worst.bounds, 1e-6, "\(method): bounds")
        }
    }

    func testSameSeedAndJobsGiveIdenticalSamplesOtherSeedsDoNot() throws {
        let options = SamplingOptions(samples: 50, thinning: 20, seed: 11, jobs: 2)
        let first = try sample(options)
        XCTAssertEqual(first.values, try sample(options).values)
        var other = options
        other.seed = 12
        XCTAssertNotEqual(first.values, try sample(other).values)
        var achr = options
        achr.method = .achr
        XCTAssertEqual(try sample(achr).values, try sample(achr).values)
    }

    func testMeansLieWithinTheFluxRanges() throws {
        // COBRApy: flux_variability_analysis(m, fraction_of_optimum=0) on e_coli_core.
        let ranges: [(String, Double, Double)] = [
            ("PGI", -50, 10), ("PFK", 0, 176.61), ("EX_o2_e", -60, 0),
            ("BIOMASS_Ecoli_core_w_GAM", 0, 0.8739215069684305), ("ATPM", 8.39, 175), ("EX_glc__D_e", -10, -0.4794285714285689),
        ]
        let samples = try sample(SamplingOptions(samples: 300, thinning: 50, seed: 5, jobs: 2))
        let fva = try FVA.run(try Self.model.get(), reactions: ranges.map(\.0), fraction: 0)
        for (id, low, high) in ranges {
            let range = try XCTUnwrap(fva.range(of: id))
            XCTAssertEqual(range.minimum, low, accuracy: 1e-6 * max(1, abs(low)), id)
            XCTAssertEqual(range.maximum, high, accuracy: 1e-6 * max(1, abs(high)), id)
            let mean = try XCTUnwrap(samples.mean(of: id))
            XCTAssertTrue(mean > low && mean < high, "\(id): mean \(mean) outside \(low)…\(high)")
        }
        let means = samples.means()
        let full = try FVA.run(try Self.model.get(), fraction: 0)
        for column in means.indices {
            XCTAssertGreaterThanOrEqual(means[column], full.minimum[column] - 1e-6, samples.reactionIDs[column])
            XCTAssertLessThanOrEqual(means[column], full.maximum[column] + 1e-6, samples.reactionIDs[column])
        }
    }

    func testCSVHasReactionColumnsAndOneRowPerSample() throws {
        let samples = try sample(SamplingOptions(samples: 3, thinning: 5, jobs: 1))
        let lines = samples.csv().split(separator: "\n")
        XCTAssertEqual(lines.count, 4)
        XCTAssertEqual(lines[0].split(separator: ",").count, 95)
        XCTAssertTrue(lines[0].hasPrefix("ACALD,ACALDt,"))
    }

    func testBadOptionsAndInfeasibleModelsAreErrors() throws {
        var model = try Self.model.get()
        XCTAssertThrowsError(try FluxSampling.sample(model, options: SamplingOptions(samples: 0))) {
            guard case .invalidOptions = $0 as? SamplingError else { return XCTFail("\($0)") }
        }
        XCTAssertThrowsError(try FluxSampling.sample(model, options: SamplingOptions(samples: 5, thinning: 0)))
        try model.setBounds(ofReaction: "EX_glc__D_e", lower: 0, upper: 1000)
        XCTAssertThrowsError(try FluxSampling.sample(model, options: SamplingOptions(samples: 5))) {
            XCTAssertEqual($0 as? SamplingError, .solver(.infeasible))
        }
    }
}
