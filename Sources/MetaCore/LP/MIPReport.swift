/// What branch and bound found, beyond the solution's status.
///
/// Present in `LPSolution.mip` whenever a program with integer columns reached branch and
/// bound. When the time limit ran out after an integer solution was found, the solution's
/// status is `.timeLimit` (its `primal` stays empty: an unproven point is never passed off
/// as the optimum) and the incumbent is here, with the bound it was not proven against.
///
/// ```swift
/// let solution = try GLPKSolver().solveReportingStatus(milp, settings: settings)
/// if solution.status == .timeLimit, let best = solution.mip?.incumbentObjective {
///     print("best found \(best), proven bound \(solution.mip?.bestBound ?? .nan)")
/// }
/// ```
public struct MIPReport: Sendable, Hashable {
    /// The objective of the best integer solution found, if any.
    public var incumbentObjective: Double?
    /// The column values of the best integer solution found; empty when none was found.
    public var incumbent: [Double]
    /// The best bound on the optimum that the search proved, when known: no integer
    /// solution is better than this (for a proven optimum it equals the objective).
    public var bestBound: Double?
    /// Branch-and-bound nodes created, when known.
    public var nodes: Int?

    /// Creates a report.
    public init(incumbentObjective: Double?, incumbent: [Double] = [], bestBound: Double? = nil, nodes: Int? = nil) {
        self.incumbentObjective = incumbentObjective
        self.incumbent = incumbent
        self.bestBound = bestBound
        self.nodes = nodes
    }

    /// GLPK's relative gap `|incumbent − bound| / (|incumbent| + ε)`, when both are known.
    public var relativeGap: Double? {
        guard let incumbentObjective, let bestBound else { return nil }
        return abs(incumbentObjective - bestBound) / (abs(incumbentObjective) + Double.ulpOfOne)
    }
}
