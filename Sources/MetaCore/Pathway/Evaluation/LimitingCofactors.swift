/// The value of each standard cofactor at an optimum, from the row duals.
enum LimitingCofactors {
    /// The `count` cofactors with the largest |value| (above 1e-9), largest first.
    ///
    /// A free supply `t` of the pseudo-reaction with stoichiometry s moves each row's
    /// right-hand side by −sᵢ·t, so the objective changes by −Σ sᵢyᵢ per unit (GLPK's duals
    /// yᵢ = ∂objective/∂bᵢ).
    static func values(in model: Model, duals: [Double], resolver: MetaboliteResolver, count: Int) -> [PathwayEvaluation.CofactorValue] {
        guard count > 0, duals.count == model.metabolites.count else { return [] }
        var values: [PathwayEvaluation.CofactorValue] = []
        for cofactor in CofactorTransformation.standard {
            guard let stoichiometry = cofactor.resolved(by: resolver), let charged = cofactor.chargedMetabolite(by: resolver) else { continue }
            var value = 0.0
            for (metabolite, coefficient) in stoichiometry {
                guard let row = model.index(ofMetabolite: metabolite) else { continue }
                value -= coefficient * duals[row]
            }
            guard abs(value) > 1e-9 else { continue }
            values.append(.init(cofactor: cofactor.name, metabolite: charged,
                                metaboliteName: model.metabolite(charged)?.name ?? "", value: value))
        }
        return Array(values.sorted { abs($0.value) > abs($1.value) }.prefix(count))
    }
}
