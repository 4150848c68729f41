/// The outcome of ``EnzymeBudget/maximizeProduct(_:product:enzymes:budget:growthFraction:growth:settings:)``.
public struct EnzymeBudgetResult: Sendable, Hashable {
    /// One enzyme reaction at the least-protein optimum.
    public struct Step: Sendable, Hashable {
        /// The reaction.
        public var reaction: String
        /// Its flux (mmol/gDW/h).
        public var flux: Double
        /// The enzyme it needs (g/gDW).
        public var protein: Double
    }

    /// How the LPs ended; the numbers below are meaningful only when `.optimal`.
    public var status: SolverStatus
    /// The product exchange maximised.
    public var product: String
    /// The protein budget (g/gDW).
    public var budget: Double
    /// The maximum product rate under the budget (mmol/gDW/h).
    public var productRate: Double?
    /// The pathway enzyme needed at that rate (g/gDW), minimised.
    public var proteinUsed: Double?
    /// Grams of enzyme per gDW per mmol/gDW/h of product: the route's protein cost.
    public var proteinCostPerFlux: Double?
    /// Each enzyme reaction's flux and protein.
    public var steps: [Step]
    /// The reaction needing the most protein.
    public var dominantStep: String?
    /// Whether the budget limits the rate (otherwise stoichiometry or uptake does).
    public var budgetBinds: Bool
    /// The growth reaction held at a fraction of its maximum, if any.
    public var growthReaction: String?
    /// That maximum growth under the budget.
    public var maximumGrowth: Double?
    /// Growth at the least-protein optimum.
    public var growth: Double?

    static func notOptimal(_ status: SolverStatus, product: String, budget: Double) -> EnzymeBudgetResult {
        EnzymeBudgetResult(
            status: status, product: product, budget: budget, productRate: nil, proteinUsed: nil, proteinCostPerFlux: nil,
            steps: [], dominantStep: nil, budgetBinds: false, growthReaction: nil, maximumGrowth: nil, growth: nil)
    }
}

/// Why an enzyme-budget analysis could not run.
public enum EnzymeBudgetError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A reaction named (product or enzyme) is not in the model.
    case unknownReaction(String)
    /// kcat or molecular weight is not positive and finite.
    case invalidEnzyme(String, String)
    /// The budget is not a positive number.
    case invalidBudget(Double)
    /// The growth fraction is outside 0…1.
    case invalidGrowthFraction(Double)
    /// Growth was to be held but the model has no single objective reaction (and none was named).
    case noGrowthReaction
    /// The LP solver failed.
    case solver(String)

    /// A one-line message.
    public var description: String {
        switch self {
        case .unknownReaction(let id): "no reaction '\(id)' in the model"
        case .invalidEnzyme(let reaction, let enzyme): "enzyme \(enzyme) of \(reaction): kcat and molecular weight must be positive numbers"
        case .invalidBudget(let value): "protein budget \(value) g/gDW: must be a positive number"
        case .invalidGrowthFraction(let value): "growth fraction \(value): must be between 0 and 1"
        case .noGrowthReaction: "no growth reaction: the model's objective is not a single reaction; name one"
        case .solver(let message): "solver failure: \(message)"
        }
    }
}
