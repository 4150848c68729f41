import MetaCore
import XCTest

final class GLPKSessionTests: XCTestCase {
    func testWarmResolvesAfterBoundAndObjectiveChanges() throws {
        let session = try GLPKSession(GLPKSolverTests.textbook())
        let first = try session.solve()
        XCTAssertEqual(try XCTUnwrap(first.objectiveValue), 5, accuracy: 1e-9)
        XCTAssertEqual(first.attempt, "warm primal simplex")
        let basis = try session.saveBasis()

        // Knock y out: max x s.t. x ≤ 4 → 4, solved by dual simplex from the old basis.
        try session.setColumnBounds(1, lower: 0, upper: 0)
        let knockedOut = try session.solve(method: .dual)
        XCTAssertEqual(try XCTUnwrap(knockedOut.objectiveValue), 4, accuracy: 1e-9)
        XCTAssertEqual(knockedOut.attempt, "warm dual simplex")

        // Undo and restore: the optimal basis needs no iterations.
        try session.setColumnBounds(1, lower: 0, upper: .infinity)
        try session.restoreBasis(basis)
        let restored = try session.solve()
        XCTAssertEqual(try XCTUnwrap(restored.objectiveValue), 5, accuracy: 1e-9)
        XCTAssertEqual(restored.iterations, 0)

        // FVA-style: minimise then maximise y.
        try session.setObjective([0, 1], sense: .minimize)
        XCTAssertEqual(try XCTUnwrap(session.solve().objectiveValue), 0, accuracy: 1e-9)
        try session.setObjective([0, 1], sense: .maximize)
        XCTAssertEqual(try XCTUnwrap(session.solve().objectiveValue), 2, accuracy: 1e-9)
        try session.setObjectiveCoefficient(0, 1)  // max x + y ≤ 4
        XCTAssertEqual(try XCTUnwrap(session.solve().objectiveValue), 4, accuracy: 1e-9)
    }

    func testInfeasibleChangeIsAStatusAndInvalidInputThrows() throws {
        let session = try GLPKSession(GLPKSolverTests.textbook())
        XCTAssertThrowsError(try session.setColumnBounds(0, lower: 1, upper: 0))
        XCTAssertThrowsError(try session.setColumnBounds(5, lower: 0, upper: 1))
        XCTAssertThrowsError(try session.setColumnBounds(0, lower: .nan, upper: 1))
        XCTAssertThrowsError(try session.setObjectiveCoefficient(0, .infinity))
        XCTAssertThrowsError(try session.setObjective([1], sense: .maximize))
        // x ≥ 5 violates x + y ≤ 4.
        try session.setColumnBounds(0, lower: 5, upper: 6)
        XCTAssertEqual(try session.solveReportingStatus(method: .dual).status, .infeasible)
        try session.setColumnBounds(0, lower: 0, upper: .infinity)
        XCTAssertEqual(try XCTUnwrap(session.solve().objectiveValue), 5, accuracy: 1e-9)
    }

    func testBasisOfOtherDimensionsRejected() throws {
        var bigger = GLPKSolverTests.textbook()
        bigger.addColumn()
        let other = try GLPKSession(bigger).saveBasis()
        let session = try GLPKSession(GLPKSolverTests.textbook())
        XCTAssertThrowsError(try session.restoreBasis(other))
    }
}
