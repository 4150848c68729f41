import MetaCore
import XCTest

/// Mixed-integer programs with known optima: knapsacks, a general-integer program, an
/// integer-infeasible one, bad integer bounds and a search cut short by its time limit.
final class MILPTests: XCTestCase {
    let solver = GLPKSolver()

    /// 0/1 knapsack: max Σ value·x s.t. Σ weight·x ≤ capacity.
    static func knapsack(values: [Double], weights: [Double], capacity: Double) -> LinearProgram {
        var lp = LinearProgram(sense: .maximize)
        let columns = values.map { lp.addBinaryColumn(objective: $0) }
        lp.addRow(lower: -.infinity, upper: capacity, coefficients: zip(columns, weights).map { ($0, $1) })
        return lp
    }

    /// The knapsack optimum by enumerating every subset.
    static func bruteForce(values: [Double], weights: [Double], capacity: Double) -> Double {
        var best = 0.0
        for mask in 0..<(1 << values.count) {
            var value = 0.0, weight = 0.0
            for item in values.indices where mask & (1 << item) != 0 {
                value += values[item]
                weight += weights[item]
            }
            if weight <= capacity { best = max(best, value) }
        }
        return best
    }

    func testBinaryKnapsackMatchesEnumeration() throws {
        let values: [Double] = [10, 13, 7, 8, 5, 9, 4, 12, 6, 11]
        let weights: [Double] = [5, 6, 4, 3, 2, 5, 1, 7, 3, 6]
        for capacity in [0.0, 7, 10, 19, 25, 60] {
            let lp = Self.knapsack(values: values, weights: weights, capacity: capacity)
            let solution = try solver.solve(lp, settings: SolverSettings())
            let expected = Self.bruteForce(values: values, weights: weights, capacity: capacity)
            XCTAssertEqual(try XCTUnwrap(solution.objectiveValue), expected, accuracy: 1e-9, "capacity \(capacity)")
            for value in solution.primal {
                XCTAssertEqual(value, value.rounded(), accuracy: 1e-9)
                XCTAssertTrue((0...1).contains(value.rounded()))
            }
            let weight = zip(solution.primal, weights).reduce(0) { $0 + $1.0 * $1.1 }
            XCTAssertLessThanOrEqual(weight, capacity + 1e-9)
            // A proven optimum is its own bound.
            let mip = try XCTUnwrap(solution.mip)
            XCTAssertEqual(try XCTUnwrap(mip.bestBound), expected, accuracy: 1e-9)
            XCTAssertEqual(try XCTUnwrap(mip.relativeGap), 0, accuracy: 1e-9)
        }
    }

    func testGeneralIntegerProgram() throws {
        // max 5x + 4y s.t. 6x + 4y ≤ 24, x + 2y ≤ 6: relaxation 21 at (3, 1.5), integer optimum 20 at (4, 0).
        var lp = LinearProgram(sense: .maximize)
        let x = lp.addColumn(objective: 5, kind: .integer)
        let y = lp.addColumn(objective: 4, kind: .integer)
        lp.addRow(lower: -.infinity, upper: 24, coefficients: [(x, 6), (y, 4)])
        lp.addRow(lower: -.infinity, upper: 6, coefficients: [(x, 1), (y, 2)])
        for settings in [SolverSettings(), SolverSettings(mip: MIPSettings(presolve: false, cuts: [], feasibilityPump: false))] {
            let solution = try solver.solve(lp, settings: settings)
            XCTAssertEqual(try XCTUnwrap(solution.objectiveValue), 20, accuracy: 1e-9)
            XCTAssertEqual(solution.primal[x], 4, accuracy: 1e-9)
            XCTAssertEqual(solution.primal[y], 0, accuracy: 1e-9)
            XCTAssertTrue(solution.rowDuals.isEmpty, "a MILP has no duals")
        }
    }

    func testMinimizingBinariesWithIntegerCuts() throws {
        // Cover 3 units with items of size 2, 2, 1, 1 using as few as possible, the first item
        // fixed off: {2, 1} twice over (items 1+2, 1+3); integer cuts then forbid both pairs
        // and every superset, which leaves nothing.
        var lp = LinearProgram(sense: .minimize)
        let columns = (0..<4).map { _ in lp.addBinaryColumn(objective: 1) }
        lp.columns[columns[0]].upper = 0
        lp.addRow(lower: 3, upper: .infinity, coefficients: zip(columns, [2.0, 2, 1, 1]).map { ($0, $1) })
        var found: [Set<Int>] = []
        for _ in 0..<2 {
            let solution = try solver.solve(lp, settings: SolverSettings())
            XCTAssertEqual(try XCTUnwrap(solution.objectiveValue), 2, accuracy: 1e-9)
            let chosen = columns.filter { solution.primal[$0] > 0.5 }
            XCTAssertFalse(chosen.contains(columns[0]))
            found.append(Set(chosen))
            lp.addRow(lower: -.infinity, upper: Double(chosen.count - 1), coefficients: chosen.map { ($0, 1) })
        }
        XCTAssertEqual(Set(found), [[1, 2], [1, 3]])
        XCTAssertEqual(try solver.solveReportingStatus(lp, settings: SolverSettings()).status, .infeasible)
    }

    func testIntegerInfeasibleProgram() throws {
        // 0.5 ≤ x ≤ 0.7 has real solutions but no binary one. GLPK 5.0's MIP presolver answers
        // x = 1 here; the incumbent check catches it and searches again without presolve.
        var lp = LinearProgram(sense: .maximize)
        let x = lp.addBinaryColumn(objective: 1)
        lp.addRow(lower: 0.5, upper: 0.7, coefficients: [(x, 1)])
        let solution = try solver.solveReportingStatus(lp, settings: SolverSettings())
        XCTAssertEqual(solution.status, .infeasible)
        XCTAssertNil(solution.objectiveValue)
        XCTAssertThrowsError(try solver.solve(lp, settings: SolverSettings())) { error in
            XCTAssertEqual(error as? SolverError, .infeasible)
        }
    }

    func testBadIntegerBoundsAreRejectedBeforeGLPK() {
        let cases: [(LinearProgram.Column, String)] = [
            (.init(lower: 0, upper: 2, kind: .binary), "binary"),
            (.init(lower: -1, upper: 1, kind: .binary), "binary"),
            (.init(lower: 0, upper: 2.5, kind: .integer), "fractional bound"),
            (.init(lower: 0.5, upper: 3, kind: .integer), "fractional bound"),
        ]
        for (column, text) in cases {
            let lp = LinearProgram(columns: [column])
            XCTAssertThrowsError(try GLPKSolver().solve(lp, settings: SolverSettings())) { error in
                guard case .invalidProblem(let message) = error as? SolverError else { return XCTFail("\(error)") }
                XCTAssertTrue(message.contains(text), message)
            }
        }
    }

    func testBadMIPSettingsAreRejected() {
        var lp = LinearProgram()
        lp.addBinaryColumn(objective: 1)
        for mip in [MIPSettings(relativeGap: -0.1), MIPSettings(relativeGap: .nan), MIPSettings(integralityTolerance: 0)] {
            XCTAssertThrowsError(try GLPKSolver().solve(lp, settings: SolverSettings(mip: mip))) { error in
                guard case .invalidProblem = error as? SolverError else { return XCTFail("\(error)") }
            }
        }
    }

    func testTimeLimitKeepsTheIncumbentApart() throws {
        // Jeroslow: max Σ 1.01·x s.t. 2 Σ x ≤ n (n odd). Without cuts or presolve, proving
        // optimality takes exponentially many nodes, but an integer point is found at once.
        let count = 45
        var lp = LinearProgram(sense: .maximize)
        let columns = (0..<count).map { _ in lp.addBinaryColumn(objective: 1.01) }
        lp.addRow(lower: -.infinity, upper: Double(count), coefficients: columns.map { ($0, 2) })
        let mip = MIPSettings(presolve: false, cuts: [], feasibilityPump: false)
        let solution = try solver.solveReportingStatus(lp, settings: SolverSettings(timeLimit: 0.3, mip: mip))
        XCTAssertEqual(solution.status, .timeLimit)
        XCTAssertNil(solution.objectiveValue)
        XCTAssertTrue(solution.primal.isEmpty, "an unproven point is not passed off as the optimum")
        let report = try XCTUnwrap(solution.mip)
        let incumbent = try XCTUnwrap(report.incumbentObjective)
        XCTAssertLessThanOrEqual(incumbent, 1.01 * Double(count / 2) + 1e-9)
        XCTAssertEqual(report.incumbent.count, count)
        XCTAssertLessThanOrEqual(2 * report.incumbent.reduce(0, +), Double(count) + 1e-9)
        let bound = try XCTUnwrap(report.bestBound)
        XCTAssertGreaterThanOrEqual(bound, incumbent - 1e-9)
        XCTAssertThrowsError(try solver.solve(lp, settings: SolverSettings(timeLimit: 0.3, mip: mip))) { error in
            XCTAssertEqual(error as? SolverError, .timeLimit)
        }
    }
}
