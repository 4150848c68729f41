/// Which cofactors limit the product at its optimum: the shadow price of each standard
/// cofactor's charging pseudo-reaction (``CofactorTransformation``), measured.
///
/// Row duals of a genome-scale optimum are not unique (the optimum is degenerate, and
/// conserved cofactor pools make rows dependent), so GLPK's duals can say NADH is worth 0.1 on
/// one run and 0 on another. Instead each pseudo-reaction gets a column, closed at first; to
/// price a cofactor its column may carry up to ε, the product is re-optimised from the
/// optimal basis, and the value is Δproduct / ε: the right derivative of the optimum with
/// respect to a free supply of that cofactor, which is unique. It is never negative.
enum LimitingCofactors {
    /// The free supply used to price a cofactor, in mmol/gDW/h.
    static let probe = 0.01

    /// Gains at or below this (mol product per mol cofactor) are the solver's noise, not a
    /// price: the optimum moves by ~1e-10 between equally valid simplex paths, which divided
    /// by ``probe`` gives values near 1e-8 that come and go with the starting basis.
    static let noise = 1e-6

    /// One priced cofactor column.
    struct Column {
        let cofactor: CofactorTransformation
        let metabolite: String
        let index: Int
    }

    /// Appends one closed column per cofactor the model has (all its metabolites resolved);
    /// `rows` gives each model metabolite's row of `program` (`nil`: dropped, and the
    /// cofactor is then not priced).
    static func addColumns(to program: inout LinearProgram, model: Model, rows: [Int?], resolver: MetaboliteResolver) -> [Column] {
        var columns: [Column] = []
        for cofactor in CofactorTransformation.standard {
            guard let stoichiometry = cofactor.resolved(by: resolver), let charged = cofactor.chargedMetabolite(by: resolver) else { continue }
            let placed = stoichiometry.compactMap { metabolite, coefficient in
                model.index(ofMetabolite: metabolite).flatMap { rows[$0] }.map { (row: $0, coefficient: coefficient) }
            }
            guard placed.count == stoichiometry.count else { continue }
            let index = program.columns.count
            program.columns.append(LinearProgram.Column(name: "cofactor_\(cofactor.name)", lower: 0, upper: 0))
            for (row, coefficient) in placed {
                program.entries.append(LinearProgram.Entry(row: row, column: index, value: coefficient))
            }
            columns.append(Column(cofactor: cofactor, metabolite: charged, index: index))
        }
        return columns
    }

    /// Prices each column at the session's current optimum `best` (its objective already set);
    /// returns the `count` largest values above ``noise``, largest first.
    static func values(
        _ session: ResilientSession, columns: [Column], best: Double, model: Model, count: Int
    ) throws(SolverError) -> [PathwayEvaluation.CofactorValue] {
        guard count > 0 else { return [] }
        let basis = try session.saveBasis()
        var values: [PathwayEvaluation.CofactorValue] = []
        for column in columns {
            try session.setColumnBounds(column.index, lower: 0, upper: probe)
            // Only a bound moved: the optimal basis stays dual feasible, so dual simplex is the short way.
            let probed = try session.solve(method: .dual)
            try session.setColumnBounds(column.index, lower: 0, upper: 0)
            try session.restoreBasis(basis)
            guard probed.status == .optimal, let value = probed.objectiveValue else { continue }
            let gain = (value - best) / probe
            guard gain > noise else { continue }
            values.append(.init(cofactor: column.cofactor.name, metabolite: column.metabolite,
                                metaboliteName: model.metabolite(column.metabolite)?.name ?? "", value: gain))
        }
        return Array(ranked(values).prefix(count))
    }

    /// Largest value first; values equal to 1e-6 relative (NADH and NADPH often are) in the
    /// order of ``CofactorTransformation/standard``, so which of them comes first, and which
    /// make the cut, does not depend on the last bits the solver's path leaves in them.
    static func ranked(_ values: [PathwayEvaluation.CofactorValue]) -> [PathwayEvaluation.CofactorValue] {
        let sorted = values.enumerated().sorted { $0.element.value > $1.element.value }
        var ranked: [PathwayEvaluation.CofactorValue] = []
        var start = 0
        while start < sorted.count {
            let head = sorted[start].element.value
            var end = start + 1
            while end < sorted.count, head - sorted[end].element.value <= 1e-6 * abs(head) { end += 1 }
            ranked += sorted[start..<end].sorted { $0.offset < $1.offset }.map(\.element)
            start = end
        }
        return ranked
    }
}
