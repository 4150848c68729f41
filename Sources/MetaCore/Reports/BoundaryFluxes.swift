/// One boundary reaction's contribution to a flux distribution, seen from the medium.
public struct BoundaryFlux: Hashable, Sendable {
    /// The metabolite that enters or leaves.
    public var metabolite: String
    /// The boundary reaction (exchange, sink or demand).
    public var reaction: String
    /// The amount taken up (for uptakes) or released (for secretions): always positive.
    public var flux: Double
    /// Carbon atoms per molecule, when the formula is known.
    public var carbonNumber: Double?
    /// This entry's share of all carbon taken up (or secreted), 0…1, when computable.
    public var carbonShare: Double?
}

/// The uptakes and secretions of a flux distribution, as COBRApy's `model.summary()` lists them.
public struct BoundaryFluxes: Sendable {
    /// Metabolites taken up, largest flux first.
    public var uptake: [BoundaryFlux]
    /// Metabolites released, largest flux first.
    public var secretion: [BoundaryFlux]

    /// Splits the boundary reactions of `model` into uptakes and secretions under `fluxes`
    /// (model reaction order), ignoring magnitudes at or below `threshold`.
    public init(model: Model, fluxes: [Double], threshold: Double = 1e-9) {
        var uptake: [BoundaryFlux] = []
        var secretion: [BoundaryFlux] = []
        for (position, reaction) in model.reactions.enumerated() where reaction.isBoundary {
            guard position < fluxes.count, let (metabolite, coefficient) = reaction.stoichiometry.elements.first else { continue }
            // Net release of the metabolite into the medium; positive for an exchange A --> run forwards.
            let released = -coefficient * fluxes[position]
            guard abs(released) > threshold else { continue }
            let carbon = model.metabolite(metabolite)?.formula.flatMap(Formula.init)?.carbon
            let entry = BoundaryFlux(metabolite: metabolite, reaction: reaction.id, flux: abs(released),
                                     carbonNumber: carbon, carbonShare: nil)
            if released < 0 { uptake.append(entry) } else { secretion.append(entry) }
        }
        self.uptake = Self.withCarbonShares(uptake)
        self.secretion = Self.withCarbonShares(secretion)
    }

    private static func withCarbonShares(_ entries: [BoundaryFlux]) -> [BoundaryFlux] {
        let totalCarbon = entries.reduce(0.0) { $0 + $1.flux * ($1.carbonNumber ?? 0) }
        return entries.map { entry in
            var entry = entry
            if totalCarbon > 0, let carbon = entry.carbonNumber { entry.carbonShare = entry.flux * carbon / totalCarbon }
            return entry
        }.sorted { $0.flux > $1.flux || ($0.flux == $1.flux && $0.reaction < $1.reaction) }
    }
}
