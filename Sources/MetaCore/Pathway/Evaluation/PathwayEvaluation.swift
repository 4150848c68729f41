/// How good one pathway is in one chassis model under one condition: yields, growth coupling,
/// the production envelope, heterologous steps and limiting cofactors.
///
/// Computed by ``evaluate(_:in:substrate:labels:options:table:index:)``; a value, safe to
/// send between threads. Nothing here throws: a pathway that cannot be inserted or a model
/// that cannot run is reported through ``status`` and ``message``.
public struct PathwayEvaluation: Sendable {
    /// The outcome.
    public enum Status: String, Sendable, Hashable, CaseIterable {
        /// The yields were computed and the product is made.
        case optimal
        /// The model runs but cannot make the product.
        case noProduction = "no_production"
        /// The model cannot run at the fixed substrate uptake (e.g. maintenance cannot be met).
        case infeasible
        /// Some pathway metabolites match nothing in the chassis (see ``unresolved``).
        case unresolvedMetabolites = "unresolved_metabolites"
        /// The pathway or the question is invalid here: unbalanced, an id clash, no such substrate…
        case invalid
        /// The solver gave up (numerical trouble or a limit).
        case solverFailure = "solver_failure"
    }

    /// The yields at one optimum.
    public struct Yields: Sendable, Hashable {
        /// The product release rate in mmol/gDW/h.
        public var productFlux: Double
        /// Mol product per mol substrate.
        public var molar: Double
        /// C-mol product per C-mol substrate; `nil` without formulas or substrate carbon.
        public var carbon: Double?
        /// Gram product per gram substrate; `nil` when a molar mass is unknown.
        public var mass: Double?
    }

    /// What one more unit of a cofactor is worth to the product at the theoretical-yield optimum.
    public struct CofactorValue: Sendable, Hashable {
        /// The cofactor (`NADH`).
        public var cofactor: String
        /// The model id of its charged form (`nadh_c`).
        public var metabolite: String
        /// That metabolite's name in the model.
        public var metaboliteName: String
        /// Mol product gained per mol of cofactor supplied for free (negative: the cofactor is in surplus).
        public var value: Double
    }

    /// How the evaluation is labelled in reports (the chassis, substrate and aeration as the user named them).
    public struct Labels: Sendable, Hashable {
        /// The chassis id or model id.
        public var chassis: String
        /// The substrate name (`glucose`) or exchange id.
        public var substrate: String
        /// The aeration, when a chassis set it.
        public var aeration: String?

        /// Labels from their parts.
        public init(chassis: String, substrate: String, aeration: String? = nil) {
            self.chassis = chassis
            self.substrate = substrate
            self.aeration = aeration
        }
    }

    /// What to compute.
    public struct Options: Sendable, Hashable {
        /// Growth must be at least this fraction of its maximum for the achievable yield (0.1).
        public var growthFraction: Double = 0.1
        /// The growth reaction; default: the model's single objective reaction.
        public var growthReaction: String?
        /// Points of the production envelope (growth on x); 0 skips it.
        public var envelopePoints: Int = 10
        /// How many limiting cofactors to report.
        public var cofactorCount: Int = 3
        /// The substrate's formula, when the model's exchanged metabolite has none.
        public var substrateFormula: String?
        /// Whether to run the free-lunch check too (a few LPs more).
        public var checkFreeLunch: Bool = false
        /// Solver limits.
        public var settings = SolverSettings()
        /// Where the first solve starts (the inserted metabolites basic, the inserted
        /// reactions non-basic); by default the chassis model's growth optimum, solved first.
        public var startingBasis: StartingBasis = .chassisGrowthOptimum

        /// The defaults: 10% growth, a 10-point envelope, three cofactors, no free-lunch check.
        public init() {}
    }

    /// Where an evaluation's first solve starts. Only the speed changes, and the answers only
    /// within the solver's tolerance; the same start gives the same answers to the last bit.
    public enum StartingBasis: Sendable, Hashable {
        /// Solve the chassis model's growth optimum first (``growthBasis(of:settings:)``) and start there.
        case chassisGrowthOptimum
        /// Start from this basis of the chassis model's LP (the model the pathway is inserted
        /// into, as set up) — ``growthBasis(of:settings:)`` computed once per set-up model, as a
        /// batch does, gives the default's answers without its extra solve; `nil` starts from
        /// GLPK's standard basis (the default's answer when that growth FBA is not optimal).
        case given(GLPKBasis?)
    }

    /// Labels for reports.
    public var labels: Labels
    /// The pathway evaluated.
    public var pathway: Pathway
    /// The boundary reaction whose flux measures production (`EX_14bdo_e`), once inserted.
    public var productDrain: String?
    /// The substrate's exchange reaction.
    public var substrateExchange: String
    /// The substrate uptake the yields divide by (mmol/gDW/h), when known.
    public var substrateUptake: Double?
    /// The outcome.
    public var status: Status
    /// Why the status is not `optimal`, or remarks (a skipped envelope).
    public var message: String?
    /// The maximum theoretical yield: growth free, ATP maintenance kept, uptake at its bound.
    public var maxTheoretical: Yields?
    /// The maximum achievable yield: growth at least ``growthFraction`` of its maximum.
    public var maxAchievable: Yields?
    /// The growth fraction used.
    public var growthFraction: Double
    /// The growth reaction used.
    public var growthReaction: String?
    /// The maximum growth rate at the fixed uptake (1/h).
    public var maximumGrowth: Double?
    /// The least product release at maximum growth (mmol/gDW/h): > 0 means production is growth-coupled.
    public var productAtMaximumGrowth: Double?
    /// ``productAtMaximumGrowth`` per substrate taken up (mol/mol).
    public var growthCoupledYield: Double?
    /// The production envelope (product against growth), when asked for and computable.
    public var envelope: ProductionEnvelope?
    /// Pathway reactions added to the chassis.
    public var addedReactions: [String]
    /// Transport and exchange reactions added for export.
    public var exportReactions: [String]
    /// Pathway reactions the chassis already had.
    public var nativeReactions: [PathwayInsertion.NativeReaction]
    /// The cofactors whose supply matters most at the theoretical optimum, largest |value| first.
    public var limitingCofactors: [CofactorValue]
    /// Metabolites that could not be resolved (status `unresolved_metabolites`).
    public var unresolved: [UnresolvedMetabolite]
    /// Added reactions whose balance could not be verified (a formula or charge is unknown).
    public var unverifiableBalances: [String]
    /// The free-lunch check, when asked for.
    public var freeLunch: FreeLunchCheck?
    /// A basis of the inserted model's LP at its growth optimum (uptake at its bound), for
    /// further solves on the inserted model to start from — the protein-cost scorer's budget
    /// LPs do; not part of the reported result. `nil` when growth was not solved.
    public var insertedGrowthBasis: GLPKBasis?

    /// The number of heterologous steps (reactions added, native and export ones excluded).
    public var heterologousSteps: Int { addedReactions.count }

    /// Whether the least product at maximum growth is positive.
    public var isGrowthCoupled: Bool { (productAtMaximumGrowth ?? 0) > PathwayEvaluation.productionThreshold }

    /// Product fluxes up to this (mmol/gDW/h) count as no production. GLPK's feasibility
    /// tolerance (1e-7) on genome-scale models with bounds of 1000 leaves product fluxes of a
    /// few 1e-7 that come and go with the simplex path, so anything below 1e-6 is noise.
    public static let productionThreshold = 1e-6
}
