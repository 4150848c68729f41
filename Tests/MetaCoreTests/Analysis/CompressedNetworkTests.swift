@testable import MetaCore
import XCTest

/// The exact compression behind FVA, deletions and sampling: dead ends blocked, coupled
/// reactions merged, and every linear answer unchanged.
final class CompressedNetworkTests: XCTestCase {
    /// uptake (≤ 10) → A → B → 2 C → export, plus A → D where nothing consumes D.
    private func chain(forcedDeadEnd: Bool = false) throws -> Model {
        func reaction(_ id: String, _ stoichiometry: [(String, Double)], lower: Double = 0, upper: Double = 1000) -> Reaction {
            Reaction(id: id, stoichiometry: .init(uniqueKeysWithValues: stoichiometry), lowerBound: lower, upperBound: upper)
        }
        return try Model(
            id: "chain", compartments: [Compartment(id: "c")],
            metabolites: ["A", "B", "C", "D"].map { Metabolite(id: $0, compartment: "c") },
            reactions: [
                reaction("uptake", [("A", 1)], upper: 10),
                reaction("AB", [("A", -1), ("B", 1)]),
                reaction("BC", [("B", -1), ("C", 2)]),
                reaction("export", [("C", -1)]),
                reaction("AD", [("A", -1), ("D", 1)], lower: forcedDeadEnd ? 1 : 0),
            ],
            objective: .reaction("export"))
    }

    func testLinearChainBecomesOneLumpAndDeadEndIsBlocked() throws {
        let model = try chain()
        let network = CompressedNetwork(model: model)
        XCTAssertEqual(network.lumps.count, 1)
        XCTAssertEqual(network.matrix.rowCount, 0)
        XCTAssertNil(network.placements[4], "A → D feeds a dead end")
        // The survivor carries the largest flux (export = 2 × uptake), so every factor is at most 1.
        let factors = network.placements.prefix(4).map { $0?.factor }
        XCTAssertEqual(factors, [0.5, 0.5, 0.5, 1])
        XCTAssertEqual(network.lumps[0].lower, 0)
        XCTAssertEqual(network.lumps[0].upper, 20, accuracy: 1e-12)
        let solution = try GLPKSolver().solve(network.linearProgram(objective: model.objective, model: model), settings: SolverSettings())
        XCTAssertEqual(solution.objectiveValue ?? .nan, 20, accuracy: 1e-9)
        XCTAssertEqual(network.reactionFluxes(solution.primal), [10, 10, 10, 20, 0])
        XCTAssertEqual(network.lumps(closing: [1, 4]), [0])
        XCTAssertEqual(network.lumps(closing: [4]), [])
        XCTAssertTrue(network.reactionRange(3, lumpMinimum: 0, lumpMaximum: 20) == (0, 20))
    }

    func testProvablyInfeasibleModelStaysUncompressed() throws {
        let model = try chain(forcedDeadEnd: true)
        let network = CompressedNetwork(model: model)
        XCTAssertEqual(network.lumps.count, model.reactions.count)
        XCTAssertEqual(network.matrix.rowCount, model.metabolites.count)
        XCTAssertEqual(try FBA.optimize(model).status, .infeasible)
    }

    func testECOLICoreOptimumAndBalancesSurviveCompression() throws {
        let model = try ModelIO.read(path: TestModels.path("e_coli_core.xml.gz")).model
        let network = CompressedNetwork(model: model)
        XCTAssertLessThan(network.lumps.count, model.reactions.count)
        XCTAssertLessThan(network.matrix.rowCount, model.metabolites.count)
        let program = network.linearProgram(objective: model.objective, model: model)
        let solution = try GLPKSolver().solve(program, settings: CompressedNetwork.settings(SolverSettings()))
        // COBRApy 0.32.1 + GLPK: 0.8739215069684305.
        XCTAssertEqual(solution.objectiveValue ?? .nan, 0.8739215069684305, accuracy: 1e-9)
        let fluxes = network.reactionFluxes(solution.primal)
        var balance = [Double](repeating: 0, count: model.metabolites.count)
        for column in model.reactions.indices {
            for (row, value) in model.stoichiometricMatrix.column(column) { balance[row] += value * fluxes[column] }
            XCTAssertGreaterThanOrEqual(fluxes[column], model.reactions[column].lowerBound - 1e-9)
            XCTAssertLessThanOrEqual(fluxes[column], model.reactions[column].upperBound + 1e-9)
        }
        XCTAssertLessThan(balance.map(abs).max() ?? 1, 1e-9)
    }
}
