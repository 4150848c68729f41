/// Parsimonious FBA: among the flux distributions that reach (a fraction of) the optimum,
/// the one with the smallest total absolute flux Σ|v|.
///
/// As in COBRApy's `pfba`, every reaction is split into a forward and a reverse part
/// (v = v⁺ − v⁻, both ≥ 0), the objective is held at ≥ fraction × optimum, and Σ(v⁺ + v⁻)
/// is minimised. The total is unique; the individual fluxes can have alternative optima.
public enum PFBA {
    /// Runs pFBA with `fraction` (default 1) of the optimum of `objective` (default: the model's).
    ///
    /// - Throws: `.infeasible`/`.unbounded` when the model has no optimum, `.invalidProblem`
    ///   for a fraction outside 0…1, and the solver's errors.
    public static func optimize(
        _ model: Model, fraction: Double = 1.0, objective: Objective? = nil,
        settings: SolverSettings = SolverSettings(), solver: some LinearSolver = GLPKSolver()
    ) throws(SolverError) -> PFBAResult {
        guard fraction >= 0, fraction <= 1 else {
            throw .invalidProblem("fraction of optimum must be between 0 and 1, got \(fraction)")
        }
        let objective = objective ?? model.objective
        let optimum = try FBA.optimize(model, objective: objective, settings: settings, solver: solver)
        guard optimum.status == .optimal, let value = optimum.objectiveValue else {
            throw optimum.status == .unbounded ? .unbounded : .infeasible
        }
        let base = FVA.constrainedProgram(model, objective: objective, optimum: value, fraction: fraction)
        let solution = try solver.solve(splitProgram(base), settings: settings)
        let count = model.reactions.count
        let fluxes = (0..<count).map { solution.primal[$0] - solution.primal[count + $0] }
        return PFBAResult(
            objectiveValue: value, totalFlux: solution.objectiveValue ?? fluxes.reduce(0) { $0 + abs($1) },
            fluxes: fluxes, reactionIDs: model.reactions.map(\.id), attempt: solution.attempt)
    }

    /// `program` with each column v replaced by v⁺ (the first n columns) and v⁻ (the next n),
    /// minimising their sum.
    static func splitProgram(_ program: LinearProgram) -> LinearProgram {
        var split = LinearProgram(sense: .minimize, rows: program.rows)
        let count = program.columns.count
        for column in program.columns {
            split.columns.append(LinearProgram.Column(
                name: column.name + "_forward", lower: max(0, column.lower), upper: max(0, column.upper), objective: 1))
        }
        for column in program.columns {
            split.columns.append(LinearProgram.Column(
                name: column.name + "_reverse", lower: max(0, -column.upper), upper: max(0, -column.lower), objective: 1))
        }
        split.entries.reserveCapacity(program.entries.count * 2)
        for entry in program.entries {
            split.entries.append(entry)
            split.entries.append(LinearProgram.Entry(row: entry.row, column: count + entry.column, value: -entry.value))
        }
        return split
    }
}

/// The result of parsimonious FBA.
public struct PFBAResult: Sendable {
    /// The optimum of the original objective that was enforced.
    public var objectiveValue: Double
    /// The minimal total absolute flux Σ|v|.
    public var totalFlux: Double
    /// The parsimonious fluxes, in model reaction order.
    public var fluxes: [Double]
    /// The reaction ids, in model order.
    public var reactionIDs: [String]
    /// Which solver attempt produced the minimisation.
    public var attempt: String

    /// JSON with `objective`, `total_flux` and `fluxes`.
    public func json() -> JSONText {
        .object([
            ("objective", .number(objectiveValue)),
            ("total_flux", .number(totalFlux)),
            ("fluxes", .object(zip(reactionIDs, fluxes).map { ($0, .number($1)) })),
        ])
    }

    /// CSV with header `reaction,flux`.
    public func csv() -> String {
        (["reaction,flux"] + zip(reactionIDs, fluxes).map { "\(csvField($0)),\(csvNumber($1))" })
            .joined(separator: "\n") + "\n"
    }

    /// A short text report: optimum, total flux, and the nonzero fluxes.
    public func table() -> String {
        let rows = zip(reactionIDs, fluxes).filter { abs($0.1) > 1e-9 }.map { [$0.0, formatFlux($0.1)] }
        return "pFBA: objective \(formatFlux(objectiveValue)), total flux \(formatFlux(totalFlux)) over \(rows.count) active reactions\n\n"
            + TextTable(headers: ["reaction", "flux"], rows: rows, rightAligned: [1]).rendered() + "\n"
    }
}
