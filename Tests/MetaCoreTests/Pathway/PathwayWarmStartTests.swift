@testable import MetaCore
import XCTest

/// Where the pathway evaluation's first solve starts changes its speed, not its answers.
final class PathwayWarmStartTests: XCTestCase {
    /// Anaerobic succinate in iML1515 (1.7112 mol/mol, as `testWellKnownYields`): the default
    /// start (the chassis' growth optimum), a growth basis computed once and passed in (as a
    /// batch does), and GLPK's standard basis give the same yields, coupling and envelope.
    func testStartingBasisChangesOnlySpeed() throws {
        let chassis = try PathwayTestSupport.iML1515()
        let model = try PathwayTestSupport.condition(chassis, aerobic: false)
        let succinate = try PathwayTestSupport.pathway("succ_native", in: "succinate.yaml")
        var options = PathwayEvaluation.Options()
        options.envelopePoints = 5
        let basis = try XCTUnwrap(PathwayEvaluation.growthBasis(of: model))
        var results: [PathwayEvaluation] = []
        for start in [PathwayEvaluation.StartingBasis.chassisGrowthOptimum, .given(basis), .given(nil)] {
            options.startingBasis = start
            results.append(PathwayEvaluation.evaluate(succinate, in: model, substrate: "EX_glc__D_e", options: options))
        }
        for result in results {
            XCTAssertEqual(result.status, .optimal)
            XCTAssertEqual(result.maxTheoretical?.molar ?? .nan, 1.7111578947368358, accuracy: 1e-6)
            XCTAssertTrue(result.isGrowthCoupled)
            XCTAssertEqual(result.envelope?.points.count, 5)
        }
        // The same start gives the same numbers to the last bit: a batch record equals `pathway evaluate`.
        XCTAssertEqual(results[0].maxTheoretical, results[1].maxTheoretical)
        XCTAssertEqual(results[0].maxAchievable, results[1].maxAchievable)
        XCTAssertEqual(results[0].productAtMaximumGrowth, results[1].productAtMaximumGrowth)
        XCTAssertEqual(results[0].envelope?.points, results[1].envelope?.points)
        XCTAssertEqual(results[0].limitingCofactors, results[1].limitingCofactors)
        // From the standard basis: equal within the solver's tolerance.
        XCTAssertEqual(results[2].maxAchievable?.molar ?? .nan, results[0].maxAchievable?.molar ?? 0, accuracy: 1e-7)
        XCTAssertEqual(results[2].maximumGrowth ?? .nan, results[0].maximumGrowth ?? 0, accuracy: 1e-9)
    }

    /// The compressed set-up (the chassis' LP reduced around what routes touch, on which
    /// batches and `pathway evaluate` solve) gives the uncompressed evaluation's numbers:
    /// anaerobic succinate (1.7112 mol/mol) and aerobic 1,4-BDO (1.0489 mol/mol, whose route
    /// metabolites are outside the small test table, so it gets a compression of its own).
    func testCompressedSetUpGivesTheSameAnswers() throws {
        let chassis = try PathwayTestSupport.iML1515()
        let table = PathwayTestSupport.table
        var options = PathwayEvaluation.Options()
        options.envelopePoints = 5
        let cases: [(String, String, Bool, Double)] = [
            ("succ_native", "succinate.yaml", false, 1.7111578947368358), ("bdo_yim2011", "14bdo.yaml", true, 1.048919540229885),
        ]
        for (id, file, aerobic, theoretical) in cases {
            let model = try PathwayTestSupport.condition(chassis, aerobic: aerobic)
            let index = ChassisIndex(model)
            let pathway = try PathwayTestSupport.pathway(id, in: file)
            let compression = SetUpCompression(setUp: model, base: EvaluationFootprint(table: table, model: model, index: index))
            let size = compression.compressed(keeping: EvaluationFootprint()).size
            XCTAssertLessThan(size.columns, model.reactions.count * 2 / 3, "the compressed LP is much smaller")
            XCTAssertLessThan(size.rows, model.metabolites.count / 2)
            let plain = PathwayEvaluation.evaluate(pathway, in: model, substrate: "EX_glc__D_e", options: options, table: table, index: index)
            let small = PathwayEvaluation.evaluate(pathway, in: model, substrate: "EX_glc__D_e", options: options, table: table, index: index,
                                                   compression: compression)
            XCTAssertEqual(small.status, .optimal, id)
            XCTAssertEqual(small.maxTheoretical?.molar ?? .nan, theoretical, accuracy: 1e-6, id)
            func close(_ a: Double?, _ b: Double?, _ what: String) {
                let (x, y) = (a ?? .nan, b ?? .nan)
                XCTAssertEqual(x, y, accuracy: 1e-6 * max(1, abs(y)), "\(id): \(what)")
            }
            close(small.maxAchievable?.molar, plain.maxAchievable?.molar, "achievable yield")
            close(small.maxAchievable?.carbon, plain.maxAchievable?.carbon, "achievable carbon yield")
            close(small.maximumGrowth, plain.maximumGrowth, "maximum growth")
            close(small.productAtMaximumGrowth, plain.productAtMaximumGrowth, "product at maximum growth")
            XCTAssertEqual(small.limitingCofactors.map(\.cofactor), plain.limitingCofactors.map(\.cofactor), id)
            for (a, b) in zip(small.limitingCofactors, plain.limitingCofactors) { close(a.value, b.value, "\(a.cofactor) price") }
            let (smallPoints, plainPoints) = (small.envelope?.points ?? [], plain.envelope?.points ?? [])
            XCTAssertEqual(smallPoints.count, 5, id)
            XCTAssertEqual(smallPoints.count, plainPoints.count, id)
            for (a, b) in zip(smallPoints, plainPoints) {
                close(a.x, b.x, "envelope x")
                close(a.minimum.flux, b.minimum.flux, "envelope minimum")
                close(a.maximum.flux, b.maximum.flux, "envelope maximum")
                close(a.maximum.carbonYield, b.maximum.carbonYield, "envelope carbon yield")
            }
        }
    }

    /// A basis extends to appended rows (basic) and columns (non-basic); a smaller program gets none.
    func testBasisExtendsToAppendedRowsAndColumns() throws {
        let model = try PathwayTestSupport.eColiCore()
        let basis = try XCTUnwrap(PathwayEvaluation.growthBasis(of: model))
        XCTAssertEqual(basis.rowStatuses.count, model.metabolites.count)
        let extended = try XCTUnwrap(basis.extended(toRows: model.metabolites.count + 2, columns: model.reactions.count + 3))
        XCTAssertEqual(extended.rowStatuses.count, model.metabolites.count + 2)
        XCTAssertEqual(extended.columnStatuses.count, model.reactions.count + 3)
        XCTAssertEqual(Array(extended.rowStatuses.prefix(model.metabolites.count)), basis.rowStatuses)
        XCTAssertEqual(Array(extended.columnStatuses.prefix(model.reactions.count)), basis.columnStatuses)
        // Basic variables: one per row, so the extended basis is still a basis.
        let basic = basis.rowStatuses.filter { $0 == 1 }.count + basis.columnStatuses.filter { $0 == 1 }.count
        let extendedBasic = extended.rowStatuses.filter { $0 == 1 }.count + extended.columnStatuses.filter { $0 == 1 }.count
        XCTAssertEqual(basic, model.metabolites.count)
        XCTAssertEqual(extendedBasic, model.metabolites.count + 2)
        XCTAssertNil(basis.extended(toRows: 3, columns: 3))
    }

    /// Equal cofactor prices (NADH and NADPH often are) keep the standard order, whatever the last bits say.
    func testTiedCofactorsKeepTheStandardOrder() {
        func value(_ name: String, _ value: Double) -> PathwayEvaluation.CofactorValue {
            .init(cofactor: name, metabolite: name.lowercased(), metaboliteName: name, value: value)
        }
        let ranked = LimitingCofactors.ranked([value("ATP", 0.1), value("NADH", 0.2), value("NADPH", 0.2000000001),
                                               value("ubiquinol", 0.3)])
        XCTAssertEqual(ranked.map(\.cofactor), ["ubiquinol", "NADH", "NADPH", "ATP"])
        let swapped = LimitingCofactors.ranked([value("ATP", 0.1), value("NADH", 0.2000000001), value("NADPH", 0.2),
                                                value("ubiquinol", 0.3)])
        XCTAssertEqual(swapped.map(\.cofactor), ["ubiquinol", "NADH", "NADPH", "ATP"])
    }
}
