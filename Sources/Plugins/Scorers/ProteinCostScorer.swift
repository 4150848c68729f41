import MetaPlugin

/// Protein cost of a route under an enzyme budget (sMOMENT-style; see ``EnzymeBudget``).
///
/// Settings: `budget` (g pathway enzyme per gDW; default ``defaultBudget``) and
/// `growth_fraction` (growth held at this fraction of its maximum; default 0.1).
/// Steps without kcat and molecular weight in the pathway file are left unconstrained and
/// listed in the notes, so a missing number never silently makes a route look cheap.
public struct ProteinCostScorer: EnzymeScorer {
    /// Grams of heterologous pathway enzyme per gram dry weight allowed by default: 5 % of
    /// *E. coli*'s ~0.55 g protein/gDW, a common ceiling for plasmid-borne expression
    /// (Bekiaris & Klamt 2020 use 0.095 g/gDW for all metabolic enzymes of iJO1366 that are
    /// not growth-related; we reserve a fraction of that for the pathway).
    public static let defaultBudget = 0.0275

    /// The scorer, ready to register.
    public init() {}

    /// `protein-cost`.
    public let descriptor = PluginDescriptor(
        id: "protein-cost", name: "Protein cost under an enzyme budget", version: "1.0.0",
        summary: "Max production rate with pathway enzymes sharing a protein budget (kcat, MW), the g enzyme per unit product flux, and the costliest step.",
        kind: .scorer)

    /// Scores the route: rate under the budget, protein cost per flux, kinetic data coverage.
    public func score(_ input: ScoringInput) throws -> ScoreCard {
        let budget = input.settings["budget"] ?? Self.defaultBudget
        let fraction = input.settings["growth_fraction"] ?? 0.1
        let capacities = input.pathway.enzymeCapacities.map { capacity in
            var mapped = capacity
            mapped.reaction = input.modelReaction(forStep: capacity.reaction)
            return mapped
        }
        let steps = input.pathway.reactions.count
        let coverage = steps == 0 ? nil : Double(capacities.count) / Double(steps)
        var notes: [String] = []
        let missing = input.pathway.reactions.filter { step in !capacities.contains { $0.reaction == input.modelReaction(forStep: step.id) } }
        if !missing.isEmpty {
            notes.append("no kcat/MW for \(missing.map(\.id).joined(separator: ", ")): those steps are not limited by the budget")
        }
        guard let product = input.productExchange else {
            return card(rate: nil, cost: nil, coverage: coverage, notes: notes + ["the model has no exchange for the product"])
        }
        guard !capacities.isEmpty else {
            return card(rate: nil, cost: nil, coverage: coverage, notes: notes + ["no step has kinetic data; protein cost unknown"])
        }
        let result = try EnzymeBudget.maximizeProduct(
            input.model, product: product, enzymes: capacities, budget: budget,
            growthFraction: fraction, growth: input.chassis?.biomassReaction)
        guard result.status == .optimal else {
            return card(rate: nil, cost: nil, coverage: coverage, notes: notes + ["LP \(result.status)"])
        }
        if let dominant = result.dominantStep { notes.insert("costliest step: \(dominant)", at: 0) }
        notes.append(result.budgetBinds ? "the budget limits the rate" : "the budget does not bind: stoichiometry or uptake limits the rate")
        return card(rate: result.productRate, cost: result.proteinCostPerFlux, coverage: coverage, notes: notes)
    }

    private func card(rate: Double?, cost: Double?, coverage: Double?, notes: [String]) -> ScoreCard {
        ScoreCard(
            scorer: descriptor.id,
            components: [
                ScoreComponent(key: "protein_cost", value: cost, unit: "g enzyme/gDW per mmol/gDW/h", higherIsBetter: false,
                               meaning: "least pathway enzyme needed per unit product flux at the budget-limited optimum"),
                ScoreComponent(key: "rate_under_budget", value: rate, unit: "mmol/gDW/h", higherIsBetter: true,
                               meaning: "maximum product release with growth ≥ the set fraction and enzymes within the budget"),
                ScoreComponent(key: "kinetic_coverage", value: coverage, unit: "fraction", higherIsBetter: true,
                               meaning: "share of the route's steps with kcat and molecular weight"),
            ],
            notes: notes)
    }
}
