/// The outcome of flux balance analysis.
///
/// For an `.optimal` status the arrays follow the model's order (`fluxes` and
/// `reducedCosts` per reaction, `shadowPrices` per metabolite); for any other status
/// they are empty and `objectiveValue` is `nil`.
///
/// Signs follow COBRApy: a shadow price is ∂objective/∂(metabolite balance), so
/// `shadowPrices` of glucose is negative when more glucose would raise growth; a
/// reduced cost is ∂objective/∂(the reaction's active bound). COBRApy reports **twice**
/// this reduced cost for reactions at a bound, an artefact of its split
/// forward/reverse variables; the sign is the same.
public struct FBAResult: Sendable {
    /// How the solve ended.
    public var status: SolverStatus
    /// The optimal objective value, if optimal.
    public var objectiveValue: Double?
    /// The objective that was optimised.
    public var objective: Objective
    /// One flux per reaction, in model order.
    public var fluxes: [Double]
    /// One reduced cost per reaction, in model order.
    public var reducedCosts: [Double]
    /// One shadow price per metabolite, in model order.
    public var shadowPrices: [Double]
    /// Which solver attempt produced the result (`primal simplex`, `retry: presolve + scaled dual`…).
    public var attempt: String
    /// Reaction id → position in `fluxes`.
    private var reactionIndex: [String: Int]

    /// Creates a result; `reactionIDs` gives the model's reaction order for `flux(_:)`.
    public init(
        status: SolverStatus, objectiveValue: Double?, objective: Objective, fluxes: [Double],
        reducedCosts: [Double], shadowPrices: [Double], attempt: String, reactionIDs: [String]
    ) {
        self.status = status
        self.objectiveValue = objectiveValue
        self.objective = objective
        self.fluxes = fluxes
        self.reducedCosts = reducedCosts
        self.shadowPrices = shadowPrices
        self.attempt = attempt
        self.reactionIndex = positions(of: reactionIDs)
    }

    /// The flux through reaction `reactionID`, or `nil` if the model has no such reaction
    /// or the result is not optimal.
    public func flux(_ reactionID: String) -> Double? {
        guard let position = reactionIndex[reactionID], fluxes.indices.contains(position) else { return nil }
        return fluxes[position]
    }

    /// The reduced cost of reaction `reactionID`, or `nil` as for `flux(_:)`.
    public func reducedCost(_ reactionID: String) -> Double? {
        guard let position = reactionIndex[reactionID], reducedCosts.indices.contains(position) else { return nil }
        return reducedCosts[position]
    }
}
