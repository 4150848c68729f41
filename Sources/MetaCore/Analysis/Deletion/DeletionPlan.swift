/// Which LPs a deletion study must solve: one per distinct set of closed lumps (of the
/// compressed network) that carries flux in the wild-type optimum.
struct DeletionPlan {
    /// The distinct closed-lump sets to solve, in order of first appearance.
    let closedSets: [[Int]]
    /// How many deletions share each of `closedSets`.
    let sharing: [Int]
    /// For each deletion, the index into `closedSets` of its LP, or `nil` when the
    /// wild-type optimum provably stands.
    let lpOfDeletion: [Int?]

    /// The number of deletions answered by an LP.
    var solvedDeletionCount: Int { sharing.reduce(0, +) }

    /// Plans `sets` of knocked-out ids, given the wild-type optimum's lump fluxes.
    init(sets: [[String]], closer: ReactionCloser, network: CompressedNetwork, wildTypeFluxes: [Double]) {
        var closedSets: [[Int]] = []
        var sharing: [Int] = []
        var lpOfSet: [[Int]: Int] = [:]
        var lpOfDeletion: [Int?] = []
        lpOfDeletion.reserveCapacity(sets.count)
        for ids in sets {
            let closed = network.lumps(closing: closer.columns(closedBy: ids))
            // GLPK's feasibility tolerance is 1e-7: a flux of 1e-12 is a zero that round-off left behind.
            if closed.allSatisfy({ abs(wildTypeFluxes[$0]) <= 1e-12 }) {
                lpOfDeletion.append(nil)
            } else if let lp = lpOfSet[closed] {
                sharing[lp] += 1
                lpOfDeletion.append(lp)
            } else {
                lpOfSet[closed] = closedSets.count
                lpOfDeletion.append(closedSets.count)
                closedSets.append(closed)
                sharing.append(1)
            }
        }
        self.closedSets = closedSets
        self.sharing = sharing
        self.lpOfDeletion = lpOfDeletion
    }
}
