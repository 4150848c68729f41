import CGLPK
import CGLPKShims

extension GLPKProblem {
    /// Branch and bound from the optimal relaxation GLPK holds, with `settings.mip`.
    ///
    /// Outcomes: `.optimal` (proven, or within `mip.relativeGap`); `.infeasible`;
    /// `.unbounded` (the presolved relaxation has no dual feasible point); `.timeLimit`,
    /// with any integer solution found so far in `mip.incumbent`. A MILP has no duals:
    /// those arrays stay empty.
    ///
    /// GLPK 5.0's MIP presolver can return an "optimal" point that violates a row (seen with a
    /// singleton row `0.5 ≤ x ≤ 0.7` on a binary `x`), so every incumbent is checked against
    /// the rows, bounds and integrality, and a violated one is searched again without presolve.
    func branchAndBound(settings: SolverSettings, attempt: GLPKAttempt, log: [String]) throws(SolverError) -> LPSolution {
        let first = try branchAndBound(parameters: mipParameters(settings), attempt: attempt, log: log)
        guard settings.mip.presolve, !first.incumbent.isEmpty, let violation = firstViolation(of: first.incumbent, integrality: settings.mip.integralityTolerance) else {
            return first.solution
        }
        var retry = mipParameters(settings)
        retry.presolve = GLP_OFF
        let log = first.solution.log + ["MIP presolve returned a point that violates \(violation); searching again without presolve"]
        let second = try branchAndBound(parameters: retry, attempt: attempt, log: log)
        if !second.incumbent.isEmpty, let violation = firstViolation(of: second.incumbent, integrality: settings.mip.integralityTolerance) {
            throw .numericalFailure((second.solution.log + ["the integer solution violates \(violation)"]).joined(separator: "; "))
        }
        return second.solution
    }

    /// One call of `glp_intopt` with `parameters`; returns the solution and the incumbent to check.
    private func branchAndBound(
        parameters: glp_iocp, attempt: GLPKAttempt, log: [String]
    ) throws(SolverError) -> (solution: LPSolution, incumbent: [Double]) {
        var parameters = parameters
        let label = attempt.label + " + branch and bound" + (parameters.presolve == GLP_ON ? "" : " (no presolve)")
        var progress = mdg_mip_progress()
        let (code, message) = GLPKMessage.capture { buffer, capacity in
            mdg_guarded_intopt_tracked(pointer, &parameters, &progress, buffer, capacity)
        }
        if code == MDG_GLPK_FATAL { throw .backendFatal(message) }
        var log = log
        let status = glp_mip_status(pointer)
        log.append("branch and bound: return code \(code), status \(status), \(progress.nodes) nodes")
        let hasIncumbent = status == GLP_OPT || status == GLP_FEAS
        let objective = hasIncumbent ? glp_mip_obj_val(pointer) : nil
        var report = MIPReport(
            incumbentObjective: objective,
            incumbent: hasIncumbent ? (0..<columnCount).map { glp_mip_col_val(pointer, Int32($0 + 1)) } : [],
            bestBound: progress.has_bound != 0 ? progress.best_bound : nil,
            nodes: Int(progress.nodes))
        func result(_ status: SolverStatus) -> (LPSolution, [Double]) {
            (LPSolution(status: status, objectiveValue: nil, attempt: label, log: log, mip: report), report.incumbent)
        }
        switch (code, status) {
        case (0, GLP_OPT), (GLP_EMIPGAP, GLP_FEAS), (GLP_EMIPGAP, GLP_OPT):
            // A proven optimum is its own bound (GLPK's last callback may predate the proof).
            if code == 0 { report.bestBound = objective }
            let activities = (0..<rowCount).map { glp_mip_row_val(pointer, Int32($0 + 1)) }
            let solution = LPSolution(
                status: .optimal, objectiveValue: objective, primal: report.incumbent, rowActivities: activities,
                attempt: code == 0 ? label : label + " (within the relative gap)", log: log, mip: report)
            return (solution, report.incumbent)
        case (0, GLP_NOFEAS), (GLP_ENOPFS, _):
            return result(.infeasible)
        case (GLP_ENODFS, _):
            return result(.unbounded)
        case (GLP_ETMLIM, _):
            return result(.timeLimit)
        case (GLP_EBOUND, _):
            throw .invalidProblem("GLPK found an integer column with fractional or inconsistent bounds")
        default:
            throw .numericalFailure(log.joined(separator: "; "))
        }
    }

    /// The first row, bound or integrality the column values `values` violate, or `nil` when
    /// they satisfy all. A bound may be missed by 1e-6 relative to the larger of 1 and the
    /// bound; a row by 1e-6 relative to the larger of 1, its bound and Σ|a_ij·x_j|, plus
    /// Σ|a_ij|·`integrality` over its integer columns: GLPK reports integer columns rounded,
    /// so a big-M row `v − 1000·y ≤ 0` may end at 1000 × the integrality tolerance.
    private func firstViolation(of values: [Double], integrality: Double) -> String? {
        func outside(_ value: Double, type: Int32, lower: Double, upper: Double, scale: Double, slack: Double = 0) -> Bool {
            let belowLower = value < lower - 1e-6 * max(scale, abs(lower)) - slack
            let aboveUpper = value > upper + 1e-6 * max(scale, abs(upper)) + slack
            switch type {
            case GLP_LO: return belowLower
            case GLP_UP: return aboveUpper
            case GLP_DB, GLP_FX: return belowLower || aboveUpper
            default: return false
            }
        }
        for (index, value) in values.enumerated() {
            let column = Int32(index + 1)
            if outside(value, type: glp_get_col_type(pointer, column), lower: glp_get_col_lb(pointer, column),
                       upper: glp_get_col_ub(pointer, column), scale: 1) {
                return "the bounds of column \(index) (value \(value))"
            }
            if glp_get_col_kind(pointer, column) != GLP_CV, abs(value - value.rounded()) > 1e-6 {
                return "the integrality of column \(index) (value \(value))"
            }
        }
        var indices = [Int32](repeating: 0, count: columnCount + 1)
        var coefficients = [Double](repeating: 0, count: columnCount + 1)
        for index in 0..<rowCount {
            let row = Int32(index + 1)
            let length = Int(glp_get_mat_row(pointer, row, &indices, &coefficients))
            var activity = 0.0, magnitude = 1.0, slack = 0.0
            for position in stride(from: 1, through: length, by: 1) {
                let term = coefficients[position] * values[Int(indices[position]) - 1]
                activity += term
                magnitude += abs(term)
                if glp_get_col_kind(pointer, indices[position]) != GLP_CV { slack += abs(coefficients[position]) * integrality }
            }
            if outside(activity, type: glp_get_row_type(pointer, row), lower: glp_get_row_lb(pointer, row),
                       upper: glp_get_row_ub(pointer, row), scale: magnitude, slack: slack) {
                return "row \(index) (activity \(activity), bounds \(glp_get_row_lb(pointer, row))…\(glp_get_row_ub(pointer, row)))"
            }
        }
        return nil
    }

    /// GLPK's branch-and-bound parameters for `settings` (already validated).
    private func mipParameters(_ settings: SolverSettings) -> glp_iocp {
        var parameters = glp_iocp()
        glp_init_iocp(&parameters)
        let mip = settings.mip
        parameters.msg_lev = GLP_MSG_OFF
        parameters.tm_lim = settings.timeLimitMilliseconds ?? Int32.max
        parameters.tol_int = mip.integralityTolerance
        parameters.tol_obj = settings.tolerance
        parameters.mip_gap = mip.relativeGap
        parameters.presolve = mip.presolve ? GLP_ON : GLP_OFF
        parameters.gmi_cuts = mip.cuts.contains(.gomory) ? GLP_ON : GLP_OFF
        parameters.mir_cuts = mip.cuts.contains(.mixedIntegerRounding) ? GLP_ON : GLP_OFF
        parameters.cov_cuts = mip.cuts.contains(.cover) ? GLP_ON : GLP_OFF
        parameters.clq_cuts = mip.cuts.contains(.clique) ? GLP_ON : GLP_OFF
        parameters.fp_heur = mip.feasibilityPump ? GLP_ON : GLP_OFF
        return parameters
    }
}
