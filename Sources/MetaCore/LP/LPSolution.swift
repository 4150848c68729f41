/// The outcome of solving a `LinearProgram`.
///
/// When `status` is `.optimal`, the arrays hold one value per column or row of the
/// program (those a session's `LPReadout` asked for; the others are empty). For any
/// other status they are empty and `objectiveValue` is `nil`: a non-optimal point is
/// never passed off as an answer. A MILP additionally reports its branch and bound in
/// `mip`, including an unproven incumbent when time ran out.
///
/// Duals follow GLPK's (and so COBRApy's) convention: `rowDuals[i]` is ∂objective/∂(row
/// bound) and `reducedCosts[j]` is c_j − Σ_i a_ij · rowDuals[i], the rate at which the
/// objective changes when column `j`'s active bound moves.
public struct LPSolution: Sendable, Hashable {
    /// How the solve ended.
    public var status: SolverStatus
    /// The objective value at the optimum.
    public var objectiveValue: Double?
    /// The value of each column.
    public var primal: [Double]
    /// The activity Σ a_ij x_j of each row.
    public var rowActivities: [Double]
    /// The dual value (shadow price) of each row.
    public var rowDuals: [Double]
    /// The reduced cost of each column.
    public var reducedCosts: [Double]
    /// Simplex iterations used by the attempt that produced this result, if known.
    public var iterations: Int?
    /// Which attempt produced the result, e.g. `primal simplex`, `retry: presolve + scaled dual`, `exact`.
    public var attempt: String
    /// One line per attempt made, saying how it ended (for diagnostics).
    public var log: [String]
    /// Branch-and-bound details for a program with integer columns; `nil` for a pure LP.
    public var mip: MIPReport?

    /// Creates a solution.
    public init(
        status: SolverStatus, objectiveValue: Double?, primal: [Double] = [], rowActivities: [Double] = [],
        rowDuals: [Double] = [], reducedCosts: [Double] = [], iterations: Int? = nil, attempt: String, log: [String] = [],
        mip: MIPReport? = nil
    ) {
        self.status = status
        self.objectiveValue = objectiveValue
        self.primal = primal
        self.rowActivities = rowActivities
        self.rowDuals = rowDuals
        self.reducedCosts = reducedCosts
        self.iterations = iterations
        self.attempt = attempt
        self.log = log
        self.mip = mip
    }
}

/// Which parts of an optimal basic solution a solve reads back from the backend.
///
/// An `LPSolution` read with less than `.full` has empty arrays for the parts left out.
public enum LPReadout: Sendable, Hashable {
    /// The objective value only (deletion studies).
    case objective
    /// The objective value and the column values (FVA, sampling warm-up).
    case primal
    /// Everything: column values, row activities, row duals and reduced costs.
    case full
}
