import Foundation

extension Model {
    /// Whether the model's transporters, as their bounds stand, can carry `source` to
    /// `destination` (positions of metabolites), one compartment at a time.
    ///
    /// A step goes from metabolite A to metabolite B through a non-boundary reaction that, in
    /// a direction its bounds allow, uses up A and makes B, where A and B are the same compound:
    /// equal formulas apart from hydrogen (protonation differs across membranes), or, when
    /// neither formula is known, equal names. iJN1463 shows why the destination's mere
    /// producibility is not enough: its periplasmic succinate reaches the medium, but cytosolic
    /// succinate never reaches the periplasm (its only succinate transporter takes it up).
    ///
    /// - Complexity: O(reactions × compounds visited); the search stops after `maximumSteps`.
    func canTransport(from source: String, to destination: String, maximumSteps: Int = 4) -> Bool {
        guard let start = metabolite(source), metabolite(destination) != nil else { return false }
        var frontier = [source]
        var seen: Set<String> = [source]
        for _ in 0..<maximumSteps where !frontier.isEmpty {
            var next: [String] = []
            for id in frontier {
                for reaction in reactions where !reaction.isBoundary {
                    guard let used = reaction.stoichiometry[id] else { continue }
                    // Forward uses `id` up when its coefficient is negative; reverse when positive.
                    let direction: Double = used < 0 ? 1 : -1
                    guard direction > 0 ? reaction.upperBound > 0 : reaction.lowerBound < 0 else { continue }
                    for (other, coefficient) in reaction.stoichiometry.elements
                    where coefficient * direction > 0 && !seen.contains(other) {
                        guard let candidate = metabolite(other), Self.sameCompound(start, candidate) else { continue }
                        if other == destination { return true }
                        seen.insert(other)
                        next.append(other)
                    }
                }
            }
            frontier = next
        }
        return false
    }

    /// Whether two metabolites are one compound in different places.
    private static func sameCompound(_ a: Metabolite, _ b: Metabolite) -> Bool {
        switch (a.formula.flatMap(Formula.init), b.formula.flatMap(Formula.init)) {
        case (let x?, let y?): MetaboliteResolver.compatible(x, y)
        case (nil, nil): ChassisIndex.normalisedName(a.name) == ChassisIndex.normalisedName(b.name)
        default: false
        }
    }
}
