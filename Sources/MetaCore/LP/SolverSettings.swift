/// How hard and how a backend tries to solve one linear program.
///
/// Every solve is bounded: GLPK can cycle or stall on real models (see GLPK_NOTES), so
/// the limits are never infinite. The limits apply to **each attempt**; with fallbacks on,
/// a solve makes at most four attempts. For a MILP, `timeLimit` also bounds the branch and
/// bound that follows the relaxation, and `mip` says how it searches.
///
/// ```swift
/// var settings = SolverSettings()
/// settings.timeLimit = 2   // seconds per attempt, e.g. for FVA
/// ```
public struct SolverSettings: Sendable, Hashable {
    /// The simplex variant tried first.
    public enum Method: String, Sendable, Hashable, Codable {
        /// Primal simplex: best for cold solves and for objective changes (FVA).
        case primal
        /// Dual simplex: best after bound changes from an optimal basis (knockouts).
        case dual
    }

    /// How the constraint matrix is scaled before solving.
    public enum Scaling: String, Sendable, Hashable, Codable {
        /// The backend chooses (GLPK: `GLP_SF_AUTO`).
        case automatic
        /// Geometric mean then equilibration scaling.
        case geometricEquilibrium
        /// No scaling.
        case none
    }

    /// Wall-clock budget per attempt, in seconds; default 30.
    public var timeLimit: Double
    /// Simplex iterations per attempt; default 100,000.
    public var iterationLimit: Int
    /// Whether the first attempt uses the presolver; default off (fallbacks use it anyway).
    public var presolve: Bool
    /// Matrix scaling; default automatic.
    public var scaling: Scaling
    /// The method of the first attempt; default primal.
    public var method: Method
    /// Primal and dual feasibility tolerance; default 1e-7 (GLPK's default).
    public var tolerance: Double
    /// Whether an inconclusive attempt is followed by retries (advanced basis + dual,
    /// presolve + dual, exact arithmetic); default on.
    public var fallbacks: Bool
    /// How branch and bound runs for programs with integer or binary columns.
    public var mip: MIPSettings

    /// Creates settings; every argument has a sane default.
    public init(
        timeLimit: Double = 30,
        iterationLimit: Int = 100_000,
        presolve: Bool = false,
        scaling: Scaling = .automatic,
        method: Method = .primal,
        tolerance: Double = 1e-7,
        fallbacks: Bool = true,
        mip: MIPSettings = MIPSettings()
    ) {
        self.timeLimit = timeLimit
        self.iterationLimit = iterationLimit
        self.presolve = presolve
        self.scaling = scaling
        self.method = method
        self.tolerance = tolerance
        self.fallbacks = fallbacks
        self.mip = mip
    }

    /// The time limit in whole milliseconds (at least 1), or `nil` when not positive, NaN or too long.
    var timeLimitMilliseconds: Int32? {
        let milliseconds = timeLimit * 1000
        guard milliseconds > 0, milliseconds <= Double(Int32.max) else { return nil }
        return Int32(max(1, milliseconds.rounded(.up)))
    }

    /// Checks the settings against the ranges a backend accepts (GLPK aborts on bad parameters).
    public func validate() throws(SolverError) {
        guard timeLimitMilliseconds != nil else {
            throw .invalidProblem("time limit \(timeLimit) s must be positive and at most \(Int32.max / 1000) s")
        }
        guard iterationLimit > 0, iterationLimit <= Int(Int32.max) else {
            throw .invalidProblem("iteration limit \(iterationLimit) must be between 1 and \(Int32.max)")
        }
        guard tolerance >= 1e-12, tolerance <= 1e-3 else {
            throw .invalidProblem("tolerance \(tolerance) must be between 1e-12 and 1e-3")
        }
        try mip.validate()
    }
}
