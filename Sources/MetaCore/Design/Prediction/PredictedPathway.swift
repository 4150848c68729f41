/// One set of reactions that lets the chassis make the product, with how it was checked.
public struct PredictedPathway: Sendable, Hashable {
    /// How the pathway fared when checked by plain FBA in the chassis.
    public enum Status: String, Sendable, Hashable, Codable {
        /// The chassis with these reactions makes the product, and nothing from nothing.
        case verified
        /// FBA on the chassis with these reactions could not make the product (a numerical artefact of the MILP).
        case notVerified = "not_verified"
        /// With every uptake closed, the reactions still make the product or ATP: an artefact of the universe.
        case freeLunch = "free_lunch"
    }

    /// Position in the ranking (1 = best); verified pathways come first, by yield.
    public var rank: Int
    /// The order in which the search found it (1 = first, the shortest).
    public var discovery: Int
    /// The reactions to add, in the chassis' namespace.
    public var reactions: [Reaction]
    /// Metabolites the reactions need that the chassis lacks (with the universe's formula and
    /// charge), the product included when the chassis lacks it.
    public var newMetabolites: [Metabolite]
    /// Reaction id → net charge it produces, for reactions whose charges do not balance (elements always do).
    public var chargeImbalances: [String: Double]
    /// Whether the MILP proved no shorter pathway exists that avoids the earlier ones; `false`
    /// for a solution found before the time limit ran out (then reduced to a minimal set).
    public var provenShortest: Bool
    /// The FBA check.
    public var verification: PathwayVerification
    /// Seconds from the start of the prediction until this pathway was found.
    public var foundAfter: Double

    /// The number of reactions added.
    public var steps: Int { reactions.count }

    /// The FBA status.
    public var status: Status { verification.status }
}

/// The FBA check of one pathway in the chassis: maximum product formation, yields and the free-lunch test.
public struct PathwayVerification: Sendable, Hashable {
    /// The outcome.
    public var status: PredictedPathway.Status
    /// The maximum product release through the demand reaction (mmol/gDW/h), growth free,
    /// substrate uptake fixed at its bound when a substrate is given.
    public var productFlux: Double?
    /// Maximum theoretical yield, mol product per mol substrate.
    public var molarYield: Double?
    /// Maximum theoretical yield, C-mol per C-mol.
    public var carbonYield: Double?
    /// Maximum theoretical yield, g per g.
    public var massYield: Double?
    /// What the free-lunch test found, when it failed (`ATP from nothing via ATPM 12.5`).
    public var freeLunch: String?
    /// Why the check could not be completed, when it could not.
    public var note: String?

    /// Creates a verification.
    public init(
        status: PredictedPathway.Status, productFlux: Double?, molarYield: Double? = nil, carbonYield: Double? = nil,
        massYield: Double? = nil, freeLunch: String? = nil, note: String? = nil
    ) {
        self.status = status
        self.productFlux = productFlux
        self.molarYield = molarYield
        self.carbonYield = carbonYield
        self.massYield = massYield
        self.freeLunch = freeLunch
        self.note = note
    }
}

/// The outcome of a pathway prediction: the ranked pathways and how the search went.
public struct PathwayPrediction: Sendable {
    /// Why the search stopped.
    public enum StopReason: String, Sendable, Hashable, Codable {
        /// As many verified pathways as asked for were found.
        case alternativesFound = "alternatives_found"
        /// No further reaction set of at most `maximumSteps` reactions makes the product.
        case exhausted
        /// The time budget ran out.
        case timeLimit = "time_limit"
    }

    /// The chassis model's id.
    public var chassis: String
    /// The universal models' ids.
    public var universes: [String]
    /// The product.
    public var product: ProductTarget
    /// The demand reaction added to release the product (`DM_13ppd_c`).
    public var demandReaction: String
    /// The substrate exchange the yields are per, if any.
    public var substrate: String?
    /// The settings used.
    public var settings: PredictionSettings
    /// Candidate reactions offered to the MILP (after pruning).
    public var candidateCount: Int
    /// Universe reactions excluded, per reason (dead ends under `dead_end`).
    public var excluded: [String: Int]
    /// How many candidate reactions can make the product itself; 0 explains an empty result
    /// when the chassis cannot make it either.
    public var productMakers: Int
    /// The pathways, best first.
    public var pathways: [PredictedPathway]
    /// Why the search stopped.
    public var stopReason: StopReason
    /// The best lower bound on the length of a further pathway when time ran out, if known.
    public var boundAtStop: Double?
    /// Wall-clock seconds the prediction took.
    public var elapsed: Double

    /// The verified pathways, best first.
    public var verified: [PredictedPathway] { pathways.filter { $0.status == .verified } }
}
