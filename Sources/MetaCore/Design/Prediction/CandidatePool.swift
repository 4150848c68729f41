import OrderedCollections

/// The candidates offered to the MILP for one product: the universe's candidates minus
/// reactions that only move the product between compartments and, optionally, dead ends.
struct CandidatePool: Sendable {
    /// The reactions, in the order of the MILP's switch columns.
    let reactions: [Reaction]
    /// Net charge produced by each reaction, when not zero.
    private let charges: [Double?]
    /// New metabolites (absent from the prepared chassis) the reactions use, by id.
    private let created: OrderedDictionary<String, Metabolite>
    /// Universe reactions left out, per reason (the universe's exclusions, `product_transport`, `dead_end`).
    let excluded: [String: Int]

    init(candidates: UniverseCandidates, prepared: PreparedChassis, product: ProductTarget, pruneDeadEnds: Bool) {
        var excluded = Dictionary(uniqueKeysWithValues: candidates.excluded.map { ($0.key.rawValue, $0.value) })
        let base = product.baseID
        var pool = candidates.candidates.filter { candidate in
            !candidate.reaction.stoichiometry.keys.allSatisfy { CompartmentNaming.baseID(of: $0) == base }
        }
        excluded["product_transport"] = candidates.candidates.count - pool.count
        if pruneDeadEnds {
            let hostCount = prepared.model.reactions.count
            let blocked = DeadEndPruning.blockedReactions(prepared.model.reactions + pool.map(\.reaction))
            let before = pool.count
            pool = pool.enumerated().filter { !blocked.contains(hostCount + $0.offset) }.map(\.element)
            excluded["dead_end"] = before - pool.count
        }
        reactions = pool.map(\.reaction)
        charges = pool.map(\.chargeImbalance)
        var created: OrderedDictionary<String, Metabolite> = [:]
        for reaction in reactions {
            for id in reaction.stoichiometry.keys where prepared.model.index(ofMetabolite: id) == nil && created[id] == nil {
                if let metabolite = candidates.newMetabolites[id] { created[id] = metabolite }
            }
        }
        self.created = created
        self.excluded = excluded.filter { $0.value > 0 }
    }

    /// How many pool reactions can make `metabolite` (given their directions).
    func producers(of metabolite: String) -> Int {
        reactions.count { reaction in
            guard let coefficient = reaction.stoichiometry[metabolite] else { return false }
            return coefficient > 0 ? reaction.upperBound > 0 : reaction.lowerBound < 0
        }
    }

    /// Every new metabolite the pool uses.
    var newMetabolites: [Metabolite] { Array(created.values) }

    /// The new metabolites `reactions` use, in first-use order.
    func newMetabolites(of reactions: [Reaction]) -> [Metabolite] {
        var seen = Set<String>()
        return reactions.flatMap { $0.stoichiometry.keys }.compactMap { id in
            guard seen.insert(id).inserted else { return nil }
            return created[id]
        }
    }

    /// Reaction id → charge imbalance for the pool positions `positions` that have one.
    func chargeImbalances(of positions: [Int]) -> [String: Double] {
        var result: [String: Double] = [:]
        for position in positions { if let charge = charges[position] { result[reactions[position].id] = charge } }
        return result
    }
}
