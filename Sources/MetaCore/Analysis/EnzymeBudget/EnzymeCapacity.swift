/// How much flux one gram of an enzyme can carry: the data an enzyme-constrained model needs
/// for one reaction.
public struct EnzymeCapacity: Sendable, Hashable {
    /// The reaction the enzyme catalyses.
    public var reaction: String
    /// The enzyme's name (gene or protein), for reports.
    public var enzyme: String
    /// The turnover number in 1/s.
    public var kcat: Double
    /// The molecular weight of the catalytic unit in kDa (= g/mmol).
    public var molecularWeight: Double

    /// A capacity from the reaction, enzyme name, kcat (1/s) and molecular weight (kDa).
    public init(reaction: String, enzyme: String, kcat: Double, molecularWeight: Double) {
        self.reaction = reaction
        self.enzyme = enzyme
        self.kcat = kcat
        self.molecularWeight = molecularWeight
    }

    /// Grams of enzyme per gram dry weight needed per mmol/gDW/h of flux: MW / (3600 · kcat).
    ///
    /// This is sMOMENT's reaction cost (Bekiaris & Klamt 2020, BMC Bioinformatics 21:19,
    /// doi:10.1186/s12859-019-3329-9) for one enzyme at full saturation.
    public var proteinCost: Double { molecularWeight / (3600 * kcat) }

    /// Whether kcat and molecular weight are positive and finite.
    public var isValid: Bool { kcat > 0 && kcat.isFinite && molecularWeight > 0 && molecularWeight.isFinite }
}
