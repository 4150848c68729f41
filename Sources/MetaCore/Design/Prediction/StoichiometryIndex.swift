/// Reactions indexed by stoichiometry, to tell whether a new reaction adds anything: the
/// same metabolites in the same proportions, in a direction already allowed, add nothing.
struct StoichiometryIndex: Sendable {
    /// Who a covering reaction belongs to.
    enum Owner: Sendable { case chassis, candidate }

    /// Canonical stoichiometry → the flux range allowed for it, and its owner.
    private var ranges: [String: (lower: Double, upper: Double, owner: Owner)] = [:]

    /// Indexes the chassis' reactions.
    init(_ reactions: [Reaction]) {
        for reaction in reactions { add(reaction, owner: .chassis) }
    }

    /// Adds a candidate.
    mutating func insert(_ reaction: Reaction) { add(reaction, owner: .candidate) }

    /// The owner of an indexed reaction that allows every flux `reaction` allows, if any.
    func covers(_ reaction: Reaction) -> Owner? {
        for (key, sign) in [(Self.key(reaction.stoichiometry, sign: 1), 1.0), (Self.key(reaction.stoichiometry, sign: -1), -1.0)] {
            guard let range = ranges[key] else { continue }
            let lower = sign > 0 ? reaction.lowerBound : -reaction.upperBound
            let upper = sign > 0 ? reaction.upperBound : -reaction.lowerBound
            if range.lower <= lower && upper <= range.upper { return range.owner }
        }
        return nil
    }

    private mutating func add(_ reaction: Reaction, owner: Owner) {
        let key = Self.key(reaction.stoichiometry, sign: 1)
        if let existing = ranges[key] {
            ranges[key] = (min(existing.lower, reaction.lowerBound), max(existing.upper, reaction.upperBound), existing.owner)
        } else {
            ranges[key] = (reaction.lowerBound, reaction.upperBound, owner)
        }
    }

    /// `id:coefficient` pairs sorted by id, coefficients multiplied by `sign`.
    private static func key(_ stoichiometry: some Sequence<(key: String, value: Double)>, sign: Double) -> String {
        stoichiometry.filter { $0.value != 0 }.sorted { $0.key < $1.key }
            .map { "\($0.key):\(formatNumber(sign * $0.value))" }.joined(separator: " ")
    }
}
