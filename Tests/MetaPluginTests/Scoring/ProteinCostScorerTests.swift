import EnzymeScorers
import MetaPlugin
import XCTest

/// The protein-cost scorer's budget LP on built-in routes: against COBRApy (the stored output of
/// `bench/enzyme_budget_cobra.py`) and in its expected behaviour as kcat and budget change.
final class ProteinCostScorerTests: XCTestCase {
    private func close(_ value: Double?, _ expected: Double?, _ message: String, line: UInt = #line) throws {
        let expected = try XCTUnwrap(expected, message, line: line)
        let value = try XCTUnwrap(value, message, line: line)
        XCTAssertEqual(value, expected, accuracy: 1e-6 * max(abs(expected), 1e-9), message, line: line)
    }

    /// Every stored e_coli_core and iNF517 case and one iML1515 case (cad_ldc at the binding
    /// budget), at 1e-6 relative: rate, protein used, cost per flux, maximum growth and dominant
    /// step. iNF517's succ_pck is the case where GLPK's optimum overshoots by ~2.5e-7 relative.
    func testBudgetLPMatchesCOBRApy() throws {
        let cases = try ScoringFixtures.cobraCases().filter {
            $0.chassis == "ecoli-core" || $0.chassis == "llactis" || ($0.chassis == "ecoli" && $0.pathway == "cad_ldc" && $0.budget == 0.002)
        }
        XCTAssertEqual(cases.count, 9)
        for reference in cases {
            let label = "\(reference.chassis)/\(reference.pathway)/\(reference.aeration)/\(reference.budget)"
            let aeration = try XCTUnwrap(Aeration(rawValue: reference.aeration))
            let input = try ScoringFixtures.input(chassis: reference.chassis, pathway: reference.pathway, aeration: aeration,
                                                  settings: ["budget": reference.budget])
            let result = try XCTUnwrap(try ProteinCostScorer.analyse(input), label)
            XCTAssertEqual(result.status, .optimal, label)
            try close(result.productRate, reference.cobra.product_rate, "\(label) rate")
            try close(result.proteinUsed, reference.cobra.protein_used, "\(label) protein")
            try close(result.proteinCostPerFlux, reference.cobra.protein_cost_per_flux, "\(label) cost")
            try close(result.maximumGrowth, reference.cobra.maximum_growth, "\(label) growth")
            XCTAssertEqual(result.dominantStep, reference.cobra.dominant_step, label)
            XCTAssertEqual(result.budgetBinds, reference.cobra.budget_binds, label)
        }
    }

    /// GABA by glutamate decarboxylase in e_coli_core, where GLUDC is the only way to GABA: the
    /// cost per unit flux is exactly MW/(3600 kcat), so it halves when kcat doubles.
    func testCostFallsWhenKcatRises() throws {
        var input = try ScoringFixtures.input(chassis: "ecoli-core", pathway: "gaba_gad", aeration: .aerobic, settings: ["budget": 0.002])
        let step = try XCTUnwrap(input.pathway.reactions.firstIndex { $0.id == "GLUDC" })
        let enzyme = try XCTUnwrap(input.pathway.reactions[step].enzymes.firstIndex { $0.kcat != nil })
        let molecularWeight = try XCTUnwrap(input.pathway.reactions[step].enzymes[enzyme].molecularWeight)
        var previous = Double.infinity
        for kcat in [5.0, 24.85, 50, 200] {
            input.pathway.reactions[step].enzymes[enzyme].kcat = kcat
            let result = try XCTUnwrap(try ProteinCostScorer.analyse(input))
            let cost = try XCTUnwrap(result.proteinCostPerFlux)
            XCTAssertEqual(cost, molecularWeight / (3600 * kcat), accuracy: 1e-8 * cost, "kcat \(kcat)")  // the least-protein LP runs at rate·(1 − 1e-9)
            XCTAssertLessThan(cost, previous, "kcat \(kcat)")
            XCTAssertEqual(result.dominantStep, "GLUDC")
            previous = cost
        }
    }

    /// The rate is budget / cost while the budget binds, never falls as the budget grows, and
    /// plateaus at the unconstrained maximum: product exchange maximised by plain FBA with growth
    /// ≥ 10 % of its maximum (the scorer's growth requirement).
    func testRateRisesWithTheBudgetUntilTheYieldLimit() throws {
        let base = try ScoringFixtures.input(chassis: "ecoli-core", pathway: "gaba_gad", aeration: .aerobic)
        let product = try XCTUnwrap(base.productExchange)
        let biomass = try XCTUnwrap(base.chassis?.biomassReaction)
        let growth = try XCTUnwrap(try FBA.optimize(base.model, objective: .reaction(biomass)).objectiveValue)
        let held = try base.model.applying(ModelEdits(bounds: [BoundOverride(reaction: biomass, lower: 0.1 * growth, upper: 1000)]))
        let limit = try XCTUnwrap(try FBA.optimize(held, objective: .reaction(product)).objectiveValue)
        XCTAssertGreaterThan(limit, 1)
        let cost = try XCTUnwrap(ProteinCostScorer.capacities(for: base).first).proteinCost
        var previous = 0.0
        var plateau: Double?
        for budget in [1e-4, 5e-4, 2e-3, 5e-3, 1e-2, 0.1, 1] {
            var input = base
            input.settings["budget"] = budget
            let result = try XCTUnwrap(try ProteinCostScorer.analyse(input))
            let rate = try XCTUnwrap(result.productRate, "budget \(budget)")
            XCTAssertGreaterThanOrEqual(rate, previous - 1e-9, "budget \(budget)")
            XCTAssertEqual(rate, min(budget / cost, limit), accuracy: 1e-6 * rate, "budget \(budget)")
            XCTAssertEqual(result.budgetBinds, budget / cost < limit, "budget \(budget)")
            if budget / cost > limit { plateau = rate }
            previous = rate
        }
        XCTAssertEqual(try XCTUnwrap(plateau), limit, accuracy: 1e-6 * limit, "the plateau is the yield limit")
    }
}
