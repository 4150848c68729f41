/// The outcome of linear MOMA.
///
/// For an `.optimal` status `fluxes` holds one flux per reaction in model order; for any
/// other status it is empty and `distance` and `growth` are `nil`.
public struct MOMAResult: Sendable {
    /// How the solve ended.
    public var status: SolverStatus
    /// Σ |v − v_ref|, the minimal 1-norm distance to the reference (unique).
    public var distance: Double?
    /// The perturbed model's fluxes at one distance-minimising point.
    public var fluxes: [Double]
    /// The reference fluxes, in model order.
    public var reference: [Double]
    /// The model objective's value (growth) at `fluxes`; other optima may differ.
    public var growth: Double?
    /// The reference's objective value, when MOMA computed the reference itself.
    public var referenceGrowth: Double?
    /// Which solver attempt produced the result.
    public var attempt: String
    /// The reaction ids, in model order.
    public var reactionIDs: [String]

    /// Creates a result.
    public init(status: SolverStatus, distance: Double?, fluxes: [Double], reference: [Double], growth: Double?,
                referenceGrowth: Double? = nil, attempt: String, reactionIDs: [String]) {
        self.status = status
        self.distance = distance
        self.fluxes = fluxes
        self.reference = reference
        self.growth = growth
        self.referenceGrowth = referenceGrowth
        self.attempt = attempt
        self.reactionIDs = reactionIDs
    }

    /// The perturbed flux of `reactionID`, or `nil` for an unknown reaction or a non-optimal result.
    public func flux(_ reactionID: String) -> Double? {
        guard let position = reactionIDs.firstIndex(of: reactionID), fluxes.indices.contains(position) else { return nil }
        return fluxes[position]
    }
}
