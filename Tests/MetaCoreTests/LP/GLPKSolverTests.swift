import Dispatch
import MetaCore
import XCTest

final class GLPKSolverTests: XCTestCase {
    let solver = GLPKSolver()
    let settings = SolverSettings()

    /// max x + 2y  s.t.  x + y ≤ 4,  x + 3y ≤ 6,  x, y ≥ 0  →  x = 3, y = 1, objective 5.
    static func textbook(sense: OptimizationSense = .maximize) -> LinearProgram {
        var lp = LinearProgram(sense: sense)
        let x = lp.addColumn(name: "x", objective: 1)
        let y = lp.addColumn(name: "y", objective: 2)
        lp.addRow(name: "a", lower: -.infinity, upper: 4, coefficients: [(x, 1), (y, 1)])
        lp.addRow(name: "b", lower: -.infinity, upper: 6, coefficients: [(x, 1), (y, 3)])
        return lp
    }

    func testMaximize() throws {
        let solution = try solver.solve(Self.textbook(), settings: settings)
        XCTAssertEqual(solution.status, .optimal)
        XCTAssertEqual(try XCTUnwrap(solution.objectiveValue), 5, accuracy: 1e-9)
        XCTAssertEqual(solution.primal[0], 3, accuracy: 1e-9)
        XCTAssertEqual(solution.primal[1], 1, accuracy: 1e-9)
        XCTAssertEqual(solution.rowActivities, [4, 6])
        // Duals: y_a = 0.5, y_b = 0.5 (5 = 0.5·4 + 0.5·6); both columns basic.
        XCTAssertEqual(solution.rowDuals[0], 0.5, accuracy: 1e-9)
        XCTAssertEqual(solution.rowDuals[1], 0.5, accuracy: 1e-9)
        XCTAssertEqual(solution.reducedCosts[0], 0, accuracy: 1e-9)
        XCTAssertEqual(solution.attempt, "primal simplex")
        XCTAssertNotNil(solution.iterations)
    }

    func testMinimizeWithEqualityAndFreeColumn() throws {
        // min x − z  s.t.  x + z = 2 (equality),  z ≤ 5 via bound,  x ≥ −1, z free below.
        var lp = LinearProgram(sense: .minimize)
        let x = lp.addColumn(name: "x", lower: -1, upper: .infinity, objective: 1)
        let z = lp.addColumn(name: "z", lower: -.infinity, upper: 5, objective: -1)
        let row = lp.addRow(name: "sum", lower: 2, upper: 2, coefficients: [(x, 1), (z, 1)])
        XCTAssertTrue(lp.rows[row].isEquality)
        let solution = try solver.solve(lp, settings: settings)
        XCTAssertEqual(try XCTUnwrap(solution.objectiveValue), -4, accuracy: 1e-9)  // x = −1, z = 3
        XCTAssertEqual(solution.primal[0], -1, accuracy: 1e-9)
        XCTAssertEqual(solution.primal[1], 3, accuracy: 1e-9)
    }

    func testFreeColumnWithBothBoundsInfinite() throws {
        // min w  s.t.  w − x = 0,  1 ≤ x ≤ 2, w free: w = 1.
        var lp = LinearProgram(sense: .minimize)
        let w = lp.addColumn(name: "w", lower: -.infinity, upper: .infinity, objective: 1)
        let x = lp.addColumn(name: "x", lower: 1, upper: 2)
        lp.addRow(lower: 0, upper: 0, coefficients: [(w, 1), (x, -1)])
        XCTAssertEqual(try XCTUnwrap(solver.solve(lp, settings: settings).objectiveValue), 1, accuracy: 1e-9)
    }

    func testInfeasibleIsAStatus() throws {
        var lp = LinearProgram()
        let x = lp.addColumn(upper: 1, objective: 1)
        lp.addRow(lower: 2, upper: .infinity, coefficients: [(x, 1)])
        for presolve in [false, true] {
            let result = try solver.solveReportingStatus(lp, settings: SolverSettings(presolve: presolve))
            XCTAssertEqual(result.status, .infeasible, "presolve \(presolve)")
            XCTAssertNil(result.objectiveValue)
            XCTAssertTrue(result.primal.isEmpty)
            XCTAssertThrowsError(try solver.solve(lp, settings: SolverSettings(presolve: presolve))) {
                XCTAssertEqual($0 as? SolverError, .infeasible)
            }
        }
    }

    func testUnboundedIsAStatus() throws {
        var lp = LinearProgram()
        let x = lp.addColumn(objective: 1)
        let y = lp.addColumn()
        lp.addRow(lower: -.infinity, upper: 4, coefficients: [(x, 1), (y, -1)])
        for presolve in [false, true] {
            for method in [SolverSettings.Method.primal, .dual] {
                let settings = SolverSettings(presolve: presolve, method: method)
                XCTAssertEqual(try solver.solveReportingStatus(lp, settings: settings).status, .unbounded, "\(settings)")
            }
        }
    }

    func testDuplicateEntriesAreSummed() throws {
        // x appears twice in the row (1 + 1 = 2): max x s.t. 2x ≤ 6 → 3.
        var lp = LinearProgram()
        let x = lp.addColumn(objective: 1)
        lp.addRow(lower: -.infinity, upper: 6, coefficients: [(x, 1), (x, 1)])
        XCTAssertEqual(try XCTUnwrap(solver.solve(lp, settings: settings).objectiveValue), 3, accuracy: 1e-9)
        // Entries that cancel out leave the column unconstrained by the row.
        var cancelled = lp
        cancelled.entries = [.init(row: 0, column: 0, value: 1), .init(row: 0, column: 0, value: -1)]
        cancelled.columns[0].upper = 7
        XCTAssertEqual(try XCTUnwrap(solver.solve(cancelled, settings: settings).objectiveValue), 7, accuracy: 1e-9)
    }

    func testZeroRowsAndZeroColumns() throws {
        var noRows = LinearProgram()
        noRows.addColumn(lower: -1, upper: 3, objective: 2)
        noRows.addColumn(lower: -2, upper: 5, objective: -1)
        XCTAssertEqual(try XCTUnwrap(solver.solve(noRows, settings: settings).objectiveValue), 8, accuracy: 1e-9)

        var noColumns = LinearProgram()
        noColumns.addRow(lower: -1, upper: 1)
        let empty = try solver.solve(noColumns, settings: settings)
        XCTAssertEqual(empty.objectiveValue, 0)
        XCTAssertEqual(empty.rowDuals.count, 1)
        noColumns.rows[0].lower = 1
        XCTAssertEqual(try solver.solveReportingStatus(noColumns, settings: settings).status, .infeasible)

        XCTAssertEqual(try solver.solve(LinearProgram(), settings: settings).objectiveValue, 0)
    }

    func testLongAndOddNamesAreHarmless() throws {
        var lp = Self.textbook()
        lp.columns[0].name = String(repeating: "é", count: 400)
        lp.rows[0].name = "tab\there\nnewline\u{0}nul"
        XCTAssertEqual(try XCTUnwrap(solver.solve(lp, settings: settings).objectiveValue), 5, accuracy: 1e-9)
    }

    func testEveryAttemptAloneReachesTheOptimum() throws {
        for presolve in [false, true] {
            for method in [SolverSettings.Method.primal, .dual] {
                let settings = SolverSettings(presolve: presolve, method: method, fallbacks: false)
                let solution = try solver.solve(Self.textbook(), settings: settings)
                XCTAssertEqual(try XCTUnwrap(solution.objectiveValue), 5, accuracy: 1e-9)
                XCTAssertEqual(solution.rowDuals[0], 0.5, accuracy: 1e-9, "duals survive presolve: \(solution.attempt)")
            }
        }
    }

    func testIterationLimitFallsBackAndIsReported() throws {
        // max x + 2y with singleton rows x ≤ 4, y ≤ 3: primal simplex needs two iterations
        // from the slack basis, presolve turns the rows into bounds and needs none.
        var lp = LinearProgram()
        let x = lp.addColumn(objective: 1)
        let y = lp.addColumn(objective: 2)
        lp.addRow(lower: -.infinity, upper: 4, coefficients: [(x, 1)])
        lp.addRow(lower: -.infinity, upper: 3, coefficients: [(y, 1)])
        let settings = SolverSettings(iterationLimit: 1)
        let solution = try solver.solve(lp, settings: settings)
        XCTAssertEqual(try XCTUnwrap(solution.objectiveValue), 10, accuracy: 1e-9)
        XCTAssertEqual(solution.attempt, "retry: presolve + scaled dual")
        XCTAssertTrue(solution.log[0].hasPrefix("primal simplex: iteration limit"), "\(solution.log)")
        XCTAssertEqual(solution.rowDuals, [1, 2], "duals recovered after presolve")

        let alone = SolverSettings(iterationLimit: 1, fallbacks: false)
        XCTAssertEqual(try solver.solveReportingStatus(lp, settings: alone).status, .iterationLimit)
        XCTAssertThrowsError(try solver.solve(lp, settings: alone)) {
            XCTAssertEqual($0 as? SolverError, .iterationLimit)
        }
    }

    /// A 150 × 150 transportation problem: hundreds of simplex iterations, none removable by presolve.
    static func transportation(size: Int) -> LinearProgram {
        var lp = LinearProgram(sense: .minimize)
        for i in 0..<size {
            for j in 0..<size { lp.addColumn(objective: Double((i * 7 + j * 13) % 17 + 1)) }
        }
        for i in 0..<size {
            lp.addRow(lower: -.infinity, upper: 10, coefficients: (0..<size).map { (i * size + $0, 1.0) })
        }
        for j in 0..<size {
            lp.addRow(lower: 10, upper: .infinity, coefficients: (0..<size).map { ($0 * size + j, 1.0) })
        }
        return lp
    }

    func testTimeLimitIsAStatus() throws {
        let lp = Self.transportation(size: 150)
        for fallbacks in [false, true] {
            let settings = SolverSettings(timeLimit: 0.001, fallbacks: fallbacks)
            let result = try solver.solveReportingStatus(lp, settings: settings)
            XCTAssertEqual(result.status, .timeLimit, "\(result.log)")
            XCTAssertNil(result.objectiveValue)
        }
        // With time to spare, the same problem solves.
        let solved = try solver.solve(Self.transportation(size: 20), settings: settings)
        XCTAssertEqual(solved.status, .optimal)
    }

    func testIntegerColumnsUseBranchAndBound() throws {
        // max x + y s.t. 2x + 2y ≤ 5, x, y integer → 2 (relaxation 2.5).
        var lp = LinearProgram()
        let x = lp.addColumn(objective: 1, isInteger: true)
        let y = lp.addColumn(objective: 1, isInteger: true)
        lp.addRow(lower: -.infinity, upper: 5, coefficients: [(x, 2), (y, 2)])
        let solution = try solver.solve(lp, settings: settings)
        XCTAssertEqual(try XCTUnwrap(solution.objectiveValue), 2, accuracy: 1e-9)
        XCTAssertTrue(solution.attempt.hasSuffix("branch and bound"))
        XCTAssertEqual(solution.primal.reduce(0, +), 2, accuracy: 1e-9)
    }

    func testConcurrentSolves() throws {
        let count = 64
        let results = LockedArray(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { index in
            // Each solve scales the problem differently so wrong sharing would show.
            var lp = Self.textbook()
            let factor = Double(index + 1)
            lp.rows[0].upper *= factor
            lp.rows[1].upper *= factor
            results.set(index, (try? GLPKSolver().solve(lp, settings: SolverSettings()))?.objectiveValue)
        }
        for index in 0..<count {
            XCTAssertEqual(try XCTUnwrap(results.get(index)), 5 * Double(index + 1), accuracy: 1e-7)
        }
    }
}

/// A fixed-size array written from many threads.
final class LockedArray: @unchecked Sendable {
    private var values: [Double?]
    private let lock = NSLock()

    init(count: Int) { values = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Double?) { lock.withLock { values[index] = value } }
    func get(_ index: Int) -> Double? { lock.withLock { values[index] } }
}
