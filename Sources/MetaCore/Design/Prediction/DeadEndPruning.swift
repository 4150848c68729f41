/// Finds reactions that can carry no steady-state flux for a topological reason: they
/// touch a metabolite that nothing (still alive) can both produce and consume.
///
/// A metabolite is dead when the live reactions touching it cannot produce it (given
/// their directions), cannot consume it, or when only one reaction touches it. Every
/// reaction touching a dead metabolite must then carry zero flux, which may kill more
/// metabolites; the search runs to a fixed point. Exact (never drops a reaction that could
/// carry flux), cheap, and it removes the universe's dead-end branches before the MILP.
///
/// - Complexity: O(nonzeros) amortised.
enum DeadEndPruning {
    /// The indices (into `reactions`) of reactions that can carry no flux.
    static func blockedReactions(_ reactions: [Reaction]) -> Set<Int> {
        var touching: [String: [(reaction: Int, coefficient: Double)]] = [:]
        for (index, reaction) in reactions.enumerated() {
            for (metabolite, coefficient) in reaction.stoichiometry where coefficient != 0 {
                touching[metabolite, default: []].append((index, coefficient))
            }
        }
        var blocked = Set<Int>()
        var queue = Array(touching.keys)
        var queued = Set(queue)
        while let metabolite = queue.popLast() {
            queued.remove(metabolite)
            let live = (touching[metabolite] ?? []).filter { !blocked.contains($0.reaction) }
            guard !live.isEmpty else { continue }
            var produced = false, consumed = false
            for (index, coefficient) in live {
                let reaction = reactions[index]
                let forward = reaction.upperBound > 0, backward = reaction.lowerBound < 0
                if (coefficient > 0 && forward) || (coefficient < 0 && backward) { produced = true }
                if (coefficient < 0 && forward) || (coefficient > 0 && backward) { consumed = true }
            }
            guard !produced || !consumed || live.count == 1 else { continue }
            for (index, _) in live {
                blocked.insert(index)
                for other in reactions[index].stoichiometry.keys where other != metabolite && !queued.contains(other) {
                    queue.append(other)
                    queued.insert(other)
                }
            }
        }
        return blocked
    }
}
