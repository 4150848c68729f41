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

    /// One priced cofactor column.
    struct Column {
        let cofactor: CofactorTransformation
        let metabolite: String
        let index: Int
    }

    /// Appends one closed column per cofactor the model has (all its metabolites resolved).
    static func addColumns(to program: inout LinearProgram, model: Model, resolver: MetaboliteResolver) -> [Column] {
        var columns: [Column] = []
        for cofactor in CofactorTransformation.standard {
            guard let stoichiometry = cofactor.resolved(by: resolver), let charged = cofactor.chargedMetabolite(by: resolver) else { continue }
            let index = program.columns.count
            program.columns.append(LinearProgram.Column(name: "cofactor_\(cofactor.name)", lower: 0, upper: 0))
            for (metabolite, coefficient) in stoichiometry {
                guard let row = model.index(ofMetabolite: metabolite) else { continue }
                program.entries.append(LinearProgram.Entry(row: row, column: index, value: coefficient))
            }
            columns.append(Column(cofactor: cofactor, metabolite: charged, index: index))
        }
        return columns
    }

    /// Prices each column at the session's current optimum `best` (its objective already set);
    /// returns the `count` largest values above 1e-9, largest first.
    static func values(
        _ session: ResilientSession, columns: [Column], best: Double, model: Model, count: Int
    ) throws(SolverError) -> [PathwayEvaluation.CofactorValue] {
        guard count > 0 else { return [] }
        let basis = try session.saveBasis()
        var values: [PathwayEvaluation.CofactorValue] = []
        for column in columns {
            try session.setColumnBounds(column.index, lower: 0, upper: probe)
            let probed = try session.solve()
            try session.setColumnBounds(column.index, lower: 0, upper: 0)
            try session.restoreBasis(basis)
            guard probed.status == .optimal, let value = probed.objectiveValue else { continue }
            let gain = (value - best) / probe
            guard gain > 1e-9 else { continue }
            values.append(.init(cofactor: column.cofactor.name, metabolite: column.metabolite,
                                metaboliteName: model.metabolite(column.metabolite)?.name ?? "", value: gain))
        }
        return Array(values.sorted { $0.value > $1.value }.prefix(count))
    }
}
