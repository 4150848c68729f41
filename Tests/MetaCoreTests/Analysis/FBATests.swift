import MetaCore
import XCTest

final class FBATests: XCTestCase {
    /// A → B → C (capped at 6), 2 A → C, C → biomass; up to 10 A taken up.
    /// Optimum: 6 C via B plus 2 C from the remaining 4 A = 8.
    static func toyModel() throws -> Model {
        try Model(
            id: "toy",
            compartments: [Compartment(id: "c")],
            metabolites: ["A", "B", "C"].map { Metabolite(id: $0, compartment: "c") },
            reactions: [
                Reaction(id: "EX_A", stoichiometry: ["A": -1], lowerBound: -10, upperBound: 1000),
                Reaction(id: "R1", stoichiometry: ["A": -1, "B": 1]),
                Reaction(id: "R2", stoichiometry: ["B": -1, "C": 1], upperBound: 6),
                Reaction(id: "R3", stoichiometry: ["A": -2, "C": 1]),
                Reaction(id: "BIOMASS", stoichiometry: ["C": -1]),
            ],
            objective: .reaction("BIOMASS"))
    }

    func testLinearProgramShape() throws {
        let model = try Self.toyModel()
        let lp = model.linearProgram()
        XCTAssertEqual(lp.columns.count, 5)
        XCTAssertEqual(lp.rows.count, 3)
        XCTAssertTrue(lp.rows.allSatisfy(\.isEquality))
        XCTAssertEqual(lp.entries.count, 8)
        XCTAssertEqual(lp.columns.map(\.objective), [0, 0, 0, 0, 1])
        XCTAssertEqual(lp.sense, .maximize)
        XCTAssertEqual(model.linearProgram(objective: .reaction("R3", sense: .minimize)).columns[3].objective, 1)
    }

    func testOptimumFluxesAndDuals() throws {
        let result = try FBA.optimize(try Self.toyModel())
        XCTAssertEqual(result.status, .optimal)
        XCTAssertEqual(try XCTUnwrap(result.objectiveValue), 8, accuracy: 1e-9)
        XCTAssertEqual(try XCTUnwrap(result.flux("EX_A")), -10, accuracy: 1e-9)
        XCTAssertEqual(try XCTUnwrap(result.flux("R2")), 6, accuracy: 1e-9)
        XCTAssertEqual(try XCTUnwrap(result.flux("R3")), 2, accuracy: 1e-9)
        XCTAssertNil(result.flux("nope"))
        XCTAssertEqual(result.attempt, "primal simplex")
        // COBRApy's signs: a valuable metabolite has a negative shadow price.
        XCTAssertEqual(result.shadowPrices[0], -0.5, accuracy: 1e-9)  // A: half a C each
        XCTAssertEqual(result.shadowPrices[2], -1, accuracy: 1e-9)  // C
        // Reduced cost = ∂objective/∂active bound (COBRApy reports twice this).
        XCTAssertEqual(try XCTUnwrap(result.reducedCost("EX_A")), -0.5, accuracy: 1e-9)
        XCTAssertEqual(try XCTUnwrap(result.reducedCost("R2")), 0.5, accuracy: 1e-9)
        XCTAssertEqual(try XCTUnwrap(result.reducedCost("BIOMASS")), 0, accuracy: 1e-9)
    }

    func testKnockoutAndObjectiveOverride() throws {
        var model = try Self.toyModel()
        try model.knockOut(reactions: ["R2"])
        XCTAssertEqual(try XCTUnwrap(FBA.optimize(model).objectiveValue), 5, accuracy: 1e-9)
        let minimum = try FBA.optimize(try Self.toyModel(), objective: .reaction("EX_A", sense: .minimize))
        XCTAssertEqual(try XCTUnwrap(minimum.objectiveValue), -10, accuracy: 1e-9)
        XCTAssertEqual(minimum.objective, .reaction("EX_A", sense: .minimize))
    }

    func testInfeasibleAndUnboundedAreResults() throws {
        var model = try Self.toyModel()
        try model.setBounds(ofReaction: "BIOMASS", lower: 20, upper: 1000)
        let infeasible = try FBA.optimize(model)
        XCTAssertEqual(infeasible.status, .infeasible)
        XCTAssertNil(infeasible.objectiveValue)
        XCTAssertTrue(infeasible.fluxes.isEmpty)
        XCTAssertNil(infeasible.flux("R1"))

        model = try Self.toyModel()
        try model.setBounds(ofReaction: "EX_A", lower: -.infinity, upper: 1000)
        try model.setBounds(ofReaction: "R3", lower: 0, upper: .infinity)
        try model.setBounds(ofReaction: "BIOMASS", lower: 0, upper: .infinity)
        XCTAssertEqual(try FBA.optimize(model).status, .unbounded)
    }

    func testUnknownObjectiveReactionThrows() throws {
        XCTAssertThrowsError(try FBA.optimize(try Self.toyModel(), objective: .reaction("missing"))) { error in
            guard case .invalidProblem(let message) = error as? SolverError else { return XCTFail("\(error)") }
            XCTAssertTrue(message.contains("missing"))
        }
    }

    func testLimitsFromAnyBackendBecomeResults() throws {
        let limited = try FBA.optimize(try Self.toyModel(), solver: StubSolver(status: .timeLimit))
        XCTAssertEqual(limited.status, .timeLimit)
        XCTAssertNil(limited.objectiveValue)
        XCTAssertEqual(limited.attempt, "stub")
        XCTAssertThrowsError(try FBA.optimize(try Self.toyModel(), solver: StubSolver(status: .numericalFailure)))
    }
}

/// A backend that reports a fixed status, to check how FBA maps statuses.
private struct StubSolver: LinearSolver {
    let status: SolverStatus

    func solveReportingStatus(_ problem: LinearProgram, settings: SolverSettings) throws(SolverError) -> LPSolution {
        LPSolution(status: status, objectiveValue: nil, attempt: "stub", log: ["stub: \(status)"])
    }
}
