/// How a pathway prediction searches and what it counts as a pathway.
///
/// ```swift
/// var settings = PredictionSettings()
/// settings.maximumSteps = 4
/// settings.timeLimit = 60        // seconds for the whole search
/// ```
public struct PredictionSettings: Sendable, Hashable {
    /// The most reactions a pathway may add; default 6.
    public var maximumSteps: Int
    /// How many verified pathways to find before stopping; default 5.
    public var alternatives: Int
    /// Wall-clock budget in seconds for the whole prediction (every MILP and check); default 120.
    public var timeLimit: Double
    /// The product flux (mmol/gDW/h) the MILP demands; pathways that cannot reach it are not
    /// found. Default 0.1, as in cameo.
    public var minimumProduction: Double
    /// Drop universe reactions that touch a metabolite nothing can both make and use; default on.
    /// The reduction is exact: such reactions can carry no steady-state flux.
    public var pruneDeadEnds: Bool
    /// The chassis' ATP maintenance reaction, for the free-lunch check (no ATP from nothing);
    /// `nil` checks only the product.
    public var maintenanceReaction: String?
    /// Solver tolerances and MIP options; the time limit is taken from `timeLimit`. The
    /// default solves each MILP's relaxation by presolve + dual simplex, measured 2–3× faster
    /// than cold primal simplex on iML1515 + CarveMe's universe (≈ 9,000 columns).
    public var solver: SolverSettings

    /// Creates settings; every argument has a default.
    public init(
        maximumSteps: Int = 6, alternatives: Int = 5, timeLimit: Double = 120, minimumProduction: Double = 0.1,
        pruneDeadEnds: Bool = true, maintenanceReaction: String? = nil,
        solver: SolverSettings = SolverSettings(presolve: true, method: .dual)
    ) {
        self.maximumSteps = maximumSteps
        self.alternatives = alternatives
        self.timeLimit = timeLimit
        self.minimumProduction = minimumProduction
        self.pruneDeadEnds = pruneDeadEnds
        self.maintenanceReaction = maintenanceReaction
        self.solver = solver
    }

    /// Checks every value's range.
    public func validate() throws(PredictionError) {
        guard (1...50).contains(maximumSteps) else { throw .invalidSettings("maximum steps \(maximumSteps) must be 1…50") }
        guard (1...1000).contains(alternatives) else { throw .invalidSettings("alternatives \(alternatives) must be 1…1000") }
        guard timeLimit.isFinite, timeLimit > 0, timeLimit <= 86_400 else {
            throw .invalidSettings("time limit \(timeLimit) s must be positive and at most a day")
        }
        guard minimumProduction.isFinite, minimumProduction > 0 else {
            throw .invalidSettings("minimum production \(minimumProduction) must be a positive flux")
        }
        do {
            try solver.validate()
        } catch {
            throw .solver(error)
        }
    }
}
