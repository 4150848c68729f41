/// The element and charge balance of a reaction, from its metabolites' formulas and charges.
struct CandidateBalance: Sendable, Hashable {
    /// Element → net atoms produced (products minus reactants); only non-zero entries.
    let elements: [String: Double]
    /// Net charge produced, or `nil` when a metabolite has no charge.
    let charge: Double?

    /// Balances below this magnitude count as zero (coefficients like 0.333333 round off).
    static let tolerance = 1e-6

    /// The balance of `stoichiometry`, looking metabolites up with `metabolite`; `nil` when a
    /// metabolite is unknown or has no parseable formula.
    init?(_ stoichiometry: some Sequence<(key: String, value: Double)>, metabolite: (String) -> Metabolite?) {
        var elements: [String: Double] = [:]
        var charge: Double? = 0
        for (id, coefficient) in stoichiometry {
            guard let metabolite = metabolite(id), let formula = metabolite.formula.flatMap(Formula.init) else { return nil }
            for (element, count) in formula.elements { elements[element, default: 0] += coefficient * count }
            if let known = metabolite.charge, let sum = charge {
                charge = sum + coefficient * Double(known)
            } else {
                charge = nil
            }
        }
        self.elements = elements.filter { abs($0.value) > Self.tolerance }
        self.charge = charge
    }

    /// Whether every element balances.
    var isElementBalanced: Bool { elements.isEmpty }

    /// The charge imbalance, when it is known and not zero.
    var chargeImbalance: Double? {
        guard let charge, abs(charge) > Self.tolerance else { return nil }
        return charge
    }
}
