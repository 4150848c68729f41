import MetaCore
import XCTest

/// The protein-budget LP on e_coli_core, anaerobic succinate: limits that can be checked by hand.
final class EnzymeBudgetTests: XCTestCase {
    private func anaerobicCore() throws -> Model {
        let model = try ModelIO.read(path: TestModels.path("e_coli_core.xml.gz")).model
        return try model.applying(ModelEdits(bounds: [BoundOverride(reaction: "EX_o2_e", lower: 0, upper: 1000)]))
    }

    /// An enzyme on the product exchange itself caps the rate at budget / cost exactly.
    func testRateIsBudgetOverCostUntilTheStoichiometricLimit() throws {
        let model = try anaerobicCore()
        let unconstrained = try FBA.optimize(model, objective: .reaction("EX_succ_e")).objectiveValue ?? 0
        XCTAssertGreaterThan(unconstrained, 1)
        let exporter = EnzymeCapacity(reaction: "EX_succ_e", enzyme: "exporter", kcat: 10, molecularWeight: 50)
        var previous = 0.0
        for budget in [1e-4, 1e-3, 1e-2, 1.0] {
            let result = try EnzymeBudget.maximizeProduct(model, product: "EX_succ_e", enzymes: [exporter], budget: budget)
            let rate = try XCTUnwrap(result.productRate)
            XCTAssertEqual(rate, min(budget / exporter.proteinCost, unconstrained), accuracy: 1e-6 * max(1, rate))
            XCTAssertGreaterThanOrEqual(rate, previous - 1e-9)
            XCTAssertEqual(result.budgetBinds, budget / exporter.proteinCost < unconstrained)
            previous = rate
        }
        XCTAssertEqual(previous, unconstrained, accuracy: 1e-6 * unconstrained)
    }

    /// An exchange written `<=> succ_e` (as iMA871 writes its exchanges) releases product with
    /// negative flux: the rate under the budget is the same as with `succ_e -->`.
    func testProductExchangeWrittenBackwards() throws {
        let model = try anaerobicCore()
        var reactions = model.reactions
        let position = try XCTUnwrap(model.index(ofReaction: "EX_succ_e"))
        let original = reactions[position]
        reactions[position] = Reaction(id: original.id, stoichiometry: ["succ_e": 1],
                                       lowerBound: -original.upperBound, upperBound: -original.lowerBound)
        let backwards = try Model(id: model.id, compartments: model.compartments, metabolites: model.metabolites,
                                  reactions: reactions, genes: model.genes, objective: model.objective)
        let exporter = EnzymeCapacity(reaction: "EX_succ_e", enzyme: "exporter", kcat: 10, molecularWeight: 50)
        for budget in [1e-3, 1.0] {
            let forward = try EnzymeBudget.maximizeProduct(model, product: "EX_succ_e", enzymes: [exporter], budget: budget)
            let reversed = try EnzymeBudget.maximizeProduct(backwards, product: "EX_succ_e", enzymes: [exporter], budget: budget)
            let rate = try XCTUnwrap(forward.productRate)
            XCTAssertGreaterThan(rate, 0.01)
            XCTAssertEqual(try XCTUnwrap(reversed.productRate), rate, accuracy: 1e-6 * max(1, rate))
            XCTAssertEqual(try XCTUnwrap(reversed.proteinUsed), try XCTUnwrap(forward.proteinUsed), accuracy: 1e-9)
        }
    }

    /// Protein cost per unit product scales as 1/kcat; the dominant step is the costliest enzyme.
    func testCostFallsWhenKcatRises() throws {
        let model = try anaerobicCore()
        func cost(kcatOfFRD: Double) throws -> EnzymeBudgetResult {
            try EnzymeBudget.maximizeProduct(
                model, product: "EX_succ_e",
                enzymes: [
                    EnzymeCapacity(reaction: "FRD7", enzyme: "frdABCD", kcat: kcatOfFRD, molecularWeight: 121),
                    EnzymeCapacity(reaction: "PPC", enzyme: "ppc", kcat: 20, molecularWeight: 99),
                ],
                budget: .infinity)
        }
        let slow = try cost(kcatOfFRD: 1), fast = try cost(kcatOfFRD: 100)
        let slowCost = try XCTUnwrap(slow.proteinCostPerFlux), fastCost = try XCTUnwrap(fast.proteinCostPerFlux)
        XCTAssertLessThan(fastCost, slowCost)
        XCTAssertEqual(slow.dominantStep, "FRD7")
        XCTAssertEqual(slow.productRate ?? 0, fast.productRate ?? 1, accuracy: 1e-6, "no budget: the rate is the stoichiometric limit")
    }

    func testInvalidInputIsATypedError() throws {
        let model = try anaerobicCore()
        let bad = EnzymeCapacity(reaction: "FRD7", enzyme: "x", kcat: 0, molecularWeight: 10)
        XCTAssertThrowsError(try EnzymeBudget.maximizeProduct(model, product: "EX_succ_e", enzymes: [bad], budget: 0.1)) {
            XCTAssertEqual($0 as? EnzymeBudgetError, .invalidEnzyme("FRD7", "x"))
        }
        XCTAssertThrowsError(try EnzymeBudget.maximizeProduct(model, product: "EX_nope", enzymes: [], budget: 0.1))
        XCTAssertThrowsError(try EnzymeBudget.maximizeProduct(model, product: "EX_succ_e", enzymes: [], budget: -1))
    }
}
