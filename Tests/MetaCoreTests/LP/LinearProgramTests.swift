import MetaCore
import XCTest

final class LinearProgramTests: XCTestCase {
    private func assertInvalid(_ program: LinearProgram, mentions text: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertThrowsError(try program.validate(), file: file, line: line) { error in
            guard case .invalidProblem(let message) = error as? SolverError else {
                return XCTFail("expected invalidProblem, got \(error)", file: file, line: line)
            }
            XCTAssertTrue(message.contains(text), "'\(message)' should mention '\(text)'", file: file, line: line)
        }
        // The solver must refuse it the same way, not crash.
        XCTAssertThrowsError(try GLPKSolver().solve(program, settings: SolverSettings()), file: file, line: line)
    }

    func testReversedBoundsRejected() {
        assertInvalid(LinearProgram(columns: [.init(name: "x", lower: 2, upper: 1)]), mentions: "above upper bound")
        assertInvalid(
            LinearProgram(columns: [.init(name: "x")], rows: [.init(name: "r", lower: 5, upper: 4)]), mentions: "row 0 'r'")
    }

    func testNaNAndInfiniteValuesRejected() {
        assertInvalid(LinearProgram(columns: [.init(lower: .nan, upper: 1)]), mentions: "NaN bound")
        assertInvalid(LinearProgram(columns: [.init(lower: .infinity, upper: .infinity)]), mentions: "lower bound +infinity")
        assertInvalid(LinearProgram(columns: [.init(lower: -.infinity, upper: -.infinity)]), mentions: "upper bound -infinity")
        assertInvalid(LinearProgram(columns: [.init(objective: .nan)]), mentions: "objective coefficient")
        assertInvalid(LinearProgram(columns: [.init(objective: .infinity)]), mentions: "objective coefficient")
        assertInvalid(
            LinearProgram(columns: [.init()], rows: [.equal(0)], entries: [.init(row: 0, column: 0, value: .nan)]),
            mentions: "must be finite")
    }

    func testOutOfRangeEntriesRejected() {
        let rows = [LinearProgram.Row.equal(0)]
        assertInvalid(LinearProgram(columns: [.init()], rows: rows, entries: [.init(row: 1, column: 0, value: 1)]), mentions: "outside")
        assertInvalid(LinearProgram(columns: [.init()], rows: rows, entries: [.init(row: 0, column: -1, value: 1)]), mentions: "outside")
    }

    func testDuplicateOverflowRejected() {
        let entries = [LinearProgram.Entry(row: 0, column: 0, value: .greatestFiniteMagnitude),
                       LinearProgram.Entry(row: 0, column: 0, value: .greatestFiniteMagnitude)]
        assertInvalid(LinearProgram(columns: [.init()], rows: [.equal(0)], entries: entries), mentions: "sum to")
    }

    func testBadSettingsRejected() {
        var lp = LinearProgram()
        lp.addColumn(upper: 1, objective: 1)
        for settings in [SolverSettings(timeLimit: 0), SolverSettings(timeLimit: .nan), SolverSettings(iterationLimit: 0), SolverSettings(tolerance: 0.5)] {
            XCTAssertThrowsError(try GLPKSolver().solve(lp, settings: settings)) { error in
                guard case .invalidProblem = error as? SolverError else { return XCTFail("\(error)") }
            }
        }
    }

    func testErrorDescriptionsAreOneLine() {
        let errors: [SolverError] = [.infeasible, .unbounded, .timeLimit, .iterationLimit,
                                     .numericalFailure("x"), .invalidProblem("y"), .backendFatal("z")]
        for error in errors {
            XCTAssertFalse(error.description.contains("\n"))
            XCTAssertFalse(error.description.isEmpty)
        }
        XCTAssertEqual(SolverStatus.timeLimit.rawValue, "time_limit")
    }
}
