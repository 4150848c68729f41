/// How branch and bound searches when a program has integer or binary columns.
///
/// The wall-clock budget is `SolverSettings.timeLimit`, which for a MILP bounds the whole
/// branch and bound (after the relaxation's own attempt). GLPK finds big-M formulations
/// hard (see GLPK_NOTES), so the defaults turn on its MIP presolver and every cut family;
/// when the budget runs out, an integer solution found so far is still reported, clearly
/// labelled, in `LPSolution.mip`.
///
/// ```swift
/// var settings = SolverSettings(timeLimit: 60)
/// settings.mip.relativeGap = 0.01       // stop within 1% of the best bound
/// settings.mip.cuts = [.mixedIntegerRounding, .cover]
/// ```
public struct MIPSettings: Sendable, Hashable {
    /// Families of cutting planes GLPK may add to tighten the relaxation.
    public struct Cuts: OptionSet, Sendable, Hashable {
        /// The raw bits.
        public let rawValue: Int
        /// Creates a set from its bits.
        public init(rawValue: Int) { self.rawValue = rawValue }

        /// Gomory's mixed-integer cuts.
        public static let gomory = Cuts(rawValue: 1 << 0)
        /// Mixed-integer rounding cuts.
        public static let mixedIntegerRounding = Cuts(rawValue: 1 << 1)
        /// Mixed cover cuts.
        public static let cover = Cuts(rawValue: 1 << 2)
        /// Clique cuts.
        public static let clique = Cuts(rawValue: 1 << 3)
        /// Every family.
        public static let all: Cuts = [.gomory, .mixedIntegerRounding, .cover, .clique]
    }

    /// Stop once the incumbent is within this relative distance of the best bound
    /// (`|incumbent − bound| / |incumbent|`); default 0, i.e. prove optimality.
    public var relativeGap: Double
    /// Whether GLPK's MIP presolver simplifies the problem first; default on.
    public var presolve: Bool
    /// The cut families to generate; default all.
    public var cuts: Cuts
    /// Whether the feasibility-pump heuristic looks for an early integer solution; default on.
    public var feasibilityPump: Bool
    /// How far from an integer a value may be and still count as integral; default 1e-7.
    public var integralityTolerance: Double

    /// Creates settings; every argument has a default.
    public init(
        relativeGap: Double = 0, presolve: Bool = true, cuts: Cuts = .all, feasibilityPump: Bool = true,
        integralityTolerance: Double = 1e-7
    ) {
        self.relativeGap = relativeGap
        self.presolve = presolve
        self.cuts = cuts
        self.feasibilityPump = feasibilityPump
        self.integralityTolerance = integralityTolerance
    }

    /// Checks the ranges GLPK accepts (it aborts on a negative gap or tolerance).
    public func validate() throws(SolverError) {
        guard relativeGap.isFinite, relativeGap >= 0, relativeGap <= 1 else {
            throw .invalidProblem("MIP relative gap \(relativeGap) must be between 0 and 1")
        }
        guard integralityTolerance >= 1e-12, integralityTolerance <= 1e-2 else {
            throw .invalidProblem("MIP integrality tolerance \(integralityTolerance) must be between 1e-12 and 1e-2")
        }
    }
}
