/// The element and charge balance of one reaction, from its metabolites' formulas and charges.
///
/// Imbalances are products minus substrates: `C: -1` means a carbon atom disappears. A
/// metabolite without a formula (or charge) makes the element (or charge) balance
/// unverifiable rather than wrong; the reaction then counts as balanced as far as can be told,
/// and the metabolites are listed.
public struct ReactionBalance: Sendable, Hashable {
    /// The reaction id.
    public var reaction: String
    /// Element → net atoms created (nonzero entries only); empty when a formula is unknown.
    public var elementImbalance: [String: Double]
    /// Net charge created; `nil` when some charge is unknown.
    public var chargeImbalance: Double?
    /// Metabolites whose formula is unknown (or unparsable).
    public var metabolitesWithoutFormula: [String]
    /// Metabolites whose charge is unknown.
    public var metabolitesWithoutCharge: [String]
    /// The file's reason for accepting an imbalance, if any.
    public var waiver: String?

    /// Differences smaller than this are rounding, not imbalance.
    public static let tolerance = 1e-6

    /// Whether elements and charge balance as far as the known formulas and charges tell.
    public var isBalanced: Bool {
        elementImbalance.isEmpty && abs(chargeImbalance ?? 0) <= Self.tolerance
    }

    /// Whether every formula and charge was known.
    public var isVerifiable: Bool { metabolitesWithoutFormula.isEmpty && metabolitesWithoutCharge.isEmpty }

    /// Whether the reaction may be inserted: balanced, or its imbalance waived.
    public var isAcceptable: Bool { isBalanced || waiver != nil }

    /// `C -1, H +2; charge +1` (or `balanced`).
    public var summary: String {
        var parts: [String] = []
        if !elementImbalance.isEmpty {
            parts.append(elementImbalance.sorted { $0.key < $1.key }.map { "\($0.key) \(signed($0.value))" }.joined(separator: ", "))
        }
        if let charge = chargeImbalance, abs(charge) > Self.tolerance { parts.append("charge \(signed(charge))") }
        return parts.isEmpty ? "balanced" : parts.joined(separator: "; ")
    }

    /// Checks `stoichiometry` (metabolite id → coefficient) given each metabolite's formula and charge.
    public static func check(
        reaction: String, stoichiometry: [(metabolite: String, coefficient: Double)], waiver: String? = nil,
        formula: (String) -> Formula?, charge: (String) -> Int?
    ) -> ReactionBalance {
        var elements: [String: Double] = [:]
        var netCharge = 0.0
        var withoutFormula: [String] = []
        var withoutCharge: [String] = []
        for (metabolite, coefficient) in stoichiometry {
            if let parsed = formula(metabolite) {
                for (element, count) in parsed.elements { elements[element, default: 0] += coefficient * count }
            } else {
                withoutFormula.append(metabolite)
            }
            if let value = charge(metabolite) { netCharge += coefficient * Double(value) } else { withoutCharge.append(metabolite) }
        }
        return ReactionBalance(
            reaction: reaction, elementImbalance: withoutFormula.isEmpty ? elements.filter { abs($0.value) > tolerance } : [:],
            chargeImbalance: withoutCharge.isEmpty ? netCharge : nil, metabolitesWithoutFormula: withoutFormula,
            metabolitesWithoutCharge: withoutCharge, waiver: waiver)
    }
}

private func signed(_ value: Double) -> String { (value > 0 ? "+" : "") + formatNumber(value) }
