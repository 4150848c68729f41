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
