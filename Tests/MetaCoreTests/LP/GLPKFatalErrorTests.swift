@testable import MetaCore
import XCTest

/// GLPK aborts the process on invalid input; the guarded shims turn that into
/// `.backendFatal`. These tests raise real GLPK fatal errors on purpose.
final class GLPKFatalErrorTests: XCTestCase {
    private var lp: LinearProgram { GLPKSolverTests.textbook() }

    /// Loads a matrix entry in column 99 of a 2-column problem, past all validation.
    private func raiseFatal(file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertThrowsError(
            try GLPKProblem.withProblem(lp, scaling: .automatic) { problem throws(SolverError) in
                try problem.loadUncheckedMatrix(rows: [0, 1], columns: [0, 99], values: [0, 1])
            }, file: file, line: line
        ) { error in
            guard case .backendFatal(let message) = error as? SolverError else {
                return XCTFail("expected backendFatal, got \(error)", file: file, line: line)
            }
            XCTAssertTrue(message.contains("glp_load_matrix"), "message: \(message)", file: file, line: line)
            XCTAssertTrue(message.contains("out of range"), "message: \(message)", file: file, line: line)
        }
    }

    func testContainedFatalErrorThenNewProblemsWork() throws {
        raiseFatal()
        let solution = try GLPKSolver().solve(lp, settings: SolverSettings())
        XCTAssertEqual(try XCTUnwrap(solution.objectiveValue), 5, accuracy: 1e-9)
        // Many in a row: nothing leaks into later solves.
        for _ in 0..<200 { raiseFatal() }
        XCTAssertEqual(try GLPKSolver().solve(lp, settings: SolverSettings()).objectiveValue ?? 0, 5, accuracy: 1e-9)
    }

    func testSessionOnTheSameThreadIsMarkedDeadNotCrashed() throws {
        let session = try GLPKSession(lp)
        XCTAssertEqual(try session.solve().objectiveValue ?? 0, 5, accuracy: 1e-9)
        raiseFatal()  // frees this thread's GLPK environment, and with it the session's problem
        XCTAssertThrowsError(try session.solve()) { error in
            guard case .backendFatal(let message) = error as? SolverError else { return XCTFail("\(error)") }
            XCTAssertTrue(message.contains("freed"), message)
        }
        XCTAssertThrowsError(try session.saveBasis())
        XCTAssertThrowsError(try session.setColumnBounds(0, lower: 0, upper: 1))
        // Its deinit must not touch the freed pointer (the test would crash here).
    }

    func testReleasingThreadResourcesInvalidatesSessions() throws {
        let session = try GLPKSession(lp)
        GLPKSolver.releaseThreadResources()
        XCTAssertThrowsError(try session.solve())
        XCTAssertEqual(try GLPKSolver().solve(lp, settings: SolverSettings()).objectiveValue ?? 0, 5, accuracy: 1e-9)
    }

    func testSessionUsedFromAnotherThreadThrows() throws {
        let session = try GLPKSession(lp)
        let box = UncheckedBox(session)
        let done = expectation(description: "other thread")
        let outcome = UncheckedBox<Error?>(nil)
        Thread {
            do { _ = try box.value.solve() } catch { outcome.value = error }
            done.fulfill()
        }.start()
        wait(for: [done], timeout: 10)
        guard case .backendFatal(let message) = outcome.value as? SolverError else {
            return XCTFail("expected backendFatal, got \(String(describing: outcome.value))")
        }
        XCTAssertTrue(message.contains("thread"), message)
        XCTAssertEqual(try session.solve().objectiveValue ?? 0, 5, accuracy: 1e-9)
    }
}

/// Smuggles a non-Sendable value to another thread, which is exactly what the test checks is caught.
final class UncheckedBox<Value>: @unchecked Sendable {
    var value: Value
    init(_ value: Value) { self.value = value }
}
