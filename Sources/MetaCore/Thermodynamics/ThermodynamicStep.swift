/// One reaction of a pathway as the max-min driving force analysis sees it: its
/// stoichiometry, its standard transformed Gibbs energy and the direction it must run.
public struct ThermodynamicStep: Sendable, Hashable {
    /// The reaction id.
    public var id: String
    /// Metabolite id → coefficient (negative for substrates). Protons and water are left out
    /// (ΔrG'° is already transformed for pH and water activity), as are metabolites listed in
    /// ``MaxMinDrivingForce/Settings/ignoredMetabolites``.
    public var stoichiometry: [String: Double]
    /// ΔrG'° in kJ/mol for the reaction as written (pH 7, ionic strength 0.1 M, 25 °C unless
    /// the source says otherwise).
    public var standardGibbsEnergy: Double
    /// +1 when the pathway runs the reaction as written, −1 when it runs it backwards.
    public var direction: Double

    /// A step from its stoichiometry, ΔrG'° (kJ/mol) and direction (+1 forward, −1 reverse).
    public init(id: String, stoichiometry: [String: Double], standardGibbsEnergy: Double, direction: Double = 1) {
        self.id = id
        self.stoichiometry = stoichiometry
        self.standardGibbsEnergy = standardGibbsEnergy
        self.direction = direction
    }
}

/// A fixed concentration ratio between two metabolites, e.g. NADH/NAD⁺ = 0.1.
public struct ConcentrationRatio: Sendable, Hashable {
    /// The metabolite in the numerator.
    public var numerator: String
    /// The metabolite in the denominator.
    public var denominator: String
    /// The ratio c(numerator) / c(denominator), > 0.
    public var ratio: Double

    /// A ratio `numerator / denominator = ratio`.
    public init(_ numerator: String, over denominator: String, ratio: Double) {
        self.numerator = numerator
        self.denominator = denominator
        self.ratio = ratio
    }
}
