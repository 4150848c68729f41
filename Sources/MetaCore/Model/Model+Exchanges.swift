extension Model {
    /// The compartment that exchanges face: `e` when declared, otherwise one whose id or
    /// name reads "extracellular", otherwise the compartment holding the most boundary
    /// metabolites (COBRApy's `find_external_compartment` heuristic).
    public var externalCompartment: String? {
        let ids = Set(compartments.map(\.id))
        for candidate in ["e", "C_e", "e0", "extracellular"] where ids.contains(candidate) {
            return candidate
        }
        if let named = compartments.first(where: { $0.name.lowercased().contains("extracellular") }) {
            return named.id
        }
        var counts: [String: Int] = [:]
        for reaction in reactions where reaction.isBoundary {
            if let id = reaction.stoichiometry.keys.first, let metabolite = metabolite(id) {
                counts[metabolite.compartment, default: 0] += 1
            }
        }
        return counts.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }?.key
    }

    /// The exchange reactions: boundary reactions of a metabolite in the external compartment.
    /// By convention a negative flux is uptake and a positive flux is secretion.
    public var exchanges: [Reaction] {
        guard let external = externalCompartment else { return [] }
        return reactions.filter { reaction in
            guard reaction.isBoundary, let id = reaction.stoichiometry.keys.first else { return false }
            return metabolite(id)?.compartment == external
        }
    }

    /// Reactions that can carry no flux because both bounds are zero.
    public var reactionsBlockedByBounds: [Reaction] {
        reactions.filter { $0.lowerBound == 0 && $0.upperBound == 0 }
    }
}
