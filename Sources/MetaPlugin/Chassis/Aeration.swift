/// How much oxygen a culture gets.
public enum Aeration: String, Sendable, Hashable, CaseIterable, Codable {
    /// Oxygen uptake limited only by the model (or the chassis' aerobic cap).
    case aerobic
    /// A low oxygen uptake cap, as in a poorly stirred or high-density culture.
    case microaerobic
    /// No oxygen; the chassis adds whatever supplements the organism needs without it.
    case anaerobic
}

/// What one aeration means for a particular chassis.
///
/// Besides the oxygen uptake cap, an organism may need supplements or other changes to grow
/// in that condition — yeast without oxygen needs ergosterol and unsaturated fatty acids,
/// because their synthesis uses oxygen.
public struct AerationCondition: Sendable, Hashable {
    /// The aeration this condition implements.
    public var aeration: Aeration
    /// Maximum oxygen uptake in mmol/gDW/h (0 for anaerobic).
    public var oxygenUptake: Double
    /// Extra exchanges opened for uptake (exchange id → maximum uptake, mmol/gDW/h).
    public var supplements: [String: Double]
    /// Further bound changes applied after the medium (e.g. blocking an oxygen-dependent bypass).
    public var boundOverrides: [BoundOverride]
    /// Why the supplements and overrides are there, for `chassis show`.
    public var note: String?

    /// A condition from its oxygen cap, supplements, overrides and note.
    public init(
        _ aeration: Aeration, oxygenUptake: Double, supplements: [String: Double] = [:],
        boundOverrides: [BoundOverride] = [], note: String? = nil
    ) {
        self.aeration = aeration
        self.oxygenUptake = oxygenUptake
        self.supplements = supplements
        self.boundOverrides = boundOverrides
        self.note = note
    }
}
