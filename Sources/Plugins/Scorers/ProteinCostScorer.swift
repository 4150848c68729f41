import MetaPlugin

/// Protein cost of a route under an enzyme budget (sMOMENT-style; see ``EnzymeBudget``).
///
/// Settings: `budget` (g pathway enzyme per gDW; default ``defaultBudget``) and
/// `growth_fraction` (growth held at this fraction of its maximum; default 0.1).
/// Steps without kcat and molecular weight in the pathway file are left unconstrained and
/// listed in the notes; `protein_cost` is then unknown (the partial cost is a lower bound, shown in
/// the notes), so a missing number never makes a route look cheap in a ranking.
public struct ProteinCostScorer: EnzymeScorer {
    /// Grams of heterologous pathway enzyme per gram dry weight allowed by default: 5 % of
    /// *E. coli*'s ~0.55 g protein/gDW, a common ceiling for plasmid-borne expression
    /// (Bekiaris & Klamt 2020 use 0.095 g/gDW for all metabolic enzymes of iJO1366 that are
    /// not growth-related; we reserve a fraction of that for the pathway).
    public static let defaultBudget = 0.0275

    /// The fraction of maximum growth (under the budget) required by default: 10 %, so the
    /// route is scored in a cell that still grows.
    public static let defaultGrowthFraction = 0.1

    /// The scorer, ready to register.
    public init() {}

    /// `protein-cost`.
    public let descriptor = PluginDescriptor(
        id: "protein-cost", name: "Protein cost under an enzyme budget", version: "1.0.0",
        summary: "Max production rate with pathway enzymes sharing a protein budget (kcat, MW), the g enzyme per unit product flux, and the costliest step.",
        kind: .scorer)

    /// The enzyme capacities of the route's steps, with reaction ids as in the scored model.
    public static func capacities(for input: ScoringInput) -> [EnzymeCapacity] {
        input.pathway.enzymeCapacities.map { capacity in
            var mapped = capacity
            mapped.reaction = input.modelReaction(forStep: capacity.reaction)
            return mapped
        }
    }

    /// The budget LP behind the score: `nil` when the model has no product exchange or no
    /// step has kinetic data.
    ///
    /// - Throws: ``EnzymeBudgetError`` for an invalid budget or enzyme, or a solver failure.
    public static func analyse(_ input: ScoringInput, capacities: [EnzymeCapacity]? = nil) throws(EnzymeBudgetError) -> EnzymeBudgetResult? {
        let capacities = capacities ?? Self.capacities(for: input)
        guard let product = input.productExchange, !capacities.isEmpty else { return nil }
        return try EnzymeBudget.maximizeProduct(
            input.model, product: product, enzymes: capacities, budget: input.settings["budget"] ?? defaultBudget,
            growthFraction: input.settings["growth_fraction"] ?? defaultGrowthFraction, growth: input.chassis?.biomassReaction,
            startingBasis: input.startingBasis)
    }

    /// Scores the route: rate under the budget, protein cost per flux, kinetic data coverage.
    public func score(_ input: ScoringInput) throws -> ScoreCard {
        let capacities = Self.capacities(for: input)
        let steps = input.pathway.reactions.count
        let coverage = steps == 0 ? nil : Double(capacities.count) / Double(steps)
        var notes: [String] = []
        let missing = input.pathway.reactions.filter { step in !capacities.contains { $0.reaction == input.modelReaction(forStep: step.id) } }
        if !missing.isEmpty {
            notes.append("no kcat/MW for \(missing.map(\.id).joined(separator: ", ")): those steps are not limited by the budget")
        }
        guard input.productExchange != nil else {
            return card(rate: nil, cost: nil, coverage: coverage, notes: notes + ["the model has no exchange for the product"])
        }
        guard let result = try Self.analyse(input, capacities: capacities) else {
            return card(rate: nil, cost: nil, coverage: coverage, notes: notes + ["no step has kinetic data; protein cost unknown"])
        }
        guard result.status == .optimal else {
            return card(rate: nil, cost: nil, coverage: coverage, notes: notes + ["LP \(result.status)"])
        }
        // Below a billionth of the budget the "protein" is solver round-off (1e-19 g/gDW seen for etoh_pet,
        // whose PDC step E. coli bypasses anaerobically), not a cost.
        let budget = input.settings["budget"] ?? Self.defaultBudget
        if (result.proteinUsed ?? 0) <= 1e-9 * budget, (result.productRate ?? 0) > 0 {
            return card(rate: result.productRate, cost: nil, coverage: coverage, notes: notes + [
                "the kinetically described steps carry no flux at the optimum (the chassis' own reactions bypass them): protein cost not meaningful"])
        }
        if let dominant = result.dominantStep { notes.insert("costliest step: \(dominant)", at: 0) }
        notes.append(result.budgetBinds ? "the budget limits the rate" : "the budget does not bind: stoichiometry or uptake limits the rate")
        // With steps missing kcat/MW the cost covers only part of the route and would make it look
        // cheaper than a fully described one in a ranking: show it in the notes, leave the component unknown.
        guard missing.isEmpty else {
            let partial = result.proteinCostPerFlux.map { formatFlux($0) } ?? "—"
            return card(rate: result.productRate, cost: nil, coverage: coverage, notes: notes + [
                "protein cost of the described steps only: \(partial) g/gDW per mmol/gDW/h — a lower bound, left out of protein_cost; rate_under_budget is an upper bound"])
        }
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
