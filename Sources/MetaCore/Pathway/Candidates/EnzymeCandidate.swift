/// One alternative enzyme for a pathway step: a natural enzyme, an evolved or AI-designed
/// variant — anything with measured or predicted parameters.
public struct EnzymeCandidate: Sendable, Hashable {
    /// The preferred nicotinamide cofactor.
    public enum Cofactor: String, Sendable, Hashable, CaseIterable {
        /// NADH.
        case nadh = "NADH"
        /// NADPH.
        case nadph = "NADPH"
        /// Either (dual specificity).
        case either = "either"
        /// No nicotinamide cofactor.
        case none = "none"
    }

    /// A short name (gene or variant label).
    public var name: String
    /// EC number.
    public var ec: String?
    /// Source organism.
    public var organism: String?
    /// Turnover number (1/s).
    public var kcat: Double?
    /// Michaelis constant (mM).
    public var km: Double?
    /// Molecular weight (kDa).
    public var molecularWeight: Double?
    /// Protein sequence, when given.
    public var sequence: String?
    /// Whether the enzyme is inactivated by oxygen.
    public var oxygenSensitive: Bool
    /// Preferred cofactor, when stated.
    public var cofactor: Cofactor?
    /// Hosts it has been expressed in.
    public var expressionHosts: [String]
    /// Whether the parameters are hypothetical (predicted or illustrative, not measured).
    public var hypothetical: Bool
    /// Free notes.
    public var notes: String?
    /// Where the numbers come from.
    public var reference: Citation?
    /// The file line it was read from.
    public var line: Int?

    /// A candidate from its parts.
    public init(name: String, ec: String? = nil, organism: String? = nil, kcat: Double? = nil, km: Double? = nil,
                molecularWeight: Double? = nil, sequence: String? = nil, oxygenSensitive: Bool = false, cofactor: Cofactor? = nil,
                expressionHosts: [String] = [], hypothetical: Bool = false, notes: String? = nil, reference: Citation? = nil, line: Int? = nil) {
        self.name = name
        self.ec = ec
        self.organism = organism
        self.kcat = kcat
        self.km = km
        self.molecularWeight = molecularWeight
        self.sequence = sequence
        self.oxygenSensitive = oxygenSensitive
        self.cofactor = cofactor
        self.expressionHosts = expressionHosts
        self.hypothetical = hypothetical
        self.notes = notes
        self.reference = reference
        self.line = line
    }

    /// MW/(3600 kcat): g enzyme/gDW per mmol/gDW/h, when both are known.
    public var proteinCost: Double? {
        guard let kcat, let molecularWeight, kcat > 0, molecularWeight > 0 else { return nil }
        return molecularWeight / (3600 * kcat)
    }

    /// The candidate as a pathway enzyme entry.
    public var pathwayEnzyme: PathwayEnzyme {
        PathwayEnzyme(ec: ec, gene: name, organism: organism, kcat: kcat, km: km, molecularWeight: molecularWeight, reference: reference)
    }
}

/// A candidates file: alternatives per step of one pathway.
public struct EnzymeCandidateFile: Sendable, Hashable {
    /// The pathway the steps belong to, when named.
    public var pathway: String?
    /// Alternatives by step id, in file order.
    public var steps: [(step: String, candidates: [EnzymeCandidate])] { order.map { ($0, byStep[$0] ?? []) } }
    private var order: [String]
    private var byStep: [String: [EnzymeCandidate]]

    /// A file from its pathway and steps.
    public init(pathway: String?, steps: [(String, [EnzymeCandidate])]) {
        self.pathway = pathway
        self.order = steps.map(\.0)
        self.byStep = Dictionary(steps, uniquingKeysWith: +)
    }

    /// The alternatives for `step`.
    public func candidates(for step: String) -> [EnzymeCandidate] { byStep[step] ?? [] }

    /// Equal when the pathway and steps are.
    public static func == (lhs: Self, rhs: Self) -> Bool { lhs.pathway == rhs.pathway && lhs.order == rhs.order && lhs.byStep == rhs.byStep }

    /// Hashes the pathway and step order.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(pathway)
        hasher.combine(order)
    }
}
