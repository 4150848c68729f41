/// Carbon and mass bookkeeping for yields, following COBRApy's `phenotype_phase_plane`
/// helpers: a reaction's carbon (or mass) flow is Σ coefficient × atoms (or g/mol) × flux
/// over its metabolites, counting only the terms that flow in the direction asked for.
struct YieldAccounting: Sendable {
    /// Per input reaction: coefficient × carbon atoms of each carbon-containing metabolite.
    private let inputCarbon: [(column: Int, weights: [Double])]
    /// Per input reaction: coefficient × molar mass, or `nil` when any input has no single
    /// metabolite with a known molar mass (COBRApy then reports NaN mass yields).
    private let inputMass: [(column: Int, weights: [Double])]?
    private let outputCarbon: [Double]
    private let outputMass: [Double]?

    /// Prepares the bookkeeping for `inputs` (carbon sources) and `output` (the product);
    /// `columns` maps each model reaction to its column of the LP whose fluxes will be read,
    /// when that LP is not the model's own (a compressed one).
    init(model: Model, inputs: [String], output: String, columns: [Int?]? = nil) {
        func column(_ id: String) -> Int {
            guard let position = model.index(ofReaction: id) else { return -1 }
            guard let columns else { return position }
            return columns[position] ?? -1
        }
        func carbon(_ id: String) -> [Double] {
            guard let reaction = model.reaction(id) else { return [] }
            return reaction.stoichiometry.compactMap { metabolite, coefficient in
                let atoms = model.metabolite(metabolite)?.formula.flatMap(Formula.init)?.carbon ?? 0
                return coefficient * atoms == 0 ? nil : coefficient * atoms
            }
        }
        // Mass only means something for a reaction exchanging one metabolite (COBRApy raises
        // and falls back to NaN otherwise).
        func mass(_ id: String) -> [Double]? {
            guard let reaction = model.reaction(id), reaction.isBoundary,
                  let (metabolite, coefficient) = reaction.stoichiometry.elements.first,
                  let molarMass = model.metabolite(metabolite)?.formula.flatMap(Formula.init)?.molarMass
            else { return nil }
            return [coefficient * molarMass]
        }
        inputCarbon = inputs.map { (column($0), carbon($0)) }
        outputCarbon = carbon(output)
        var inputMass: [(column: Int, weights: [Double])] = []
        var massKnown = true
        for input in inputs {
            guard let weights = mass(input) else { massKnown = false; break }
            inputMass.append((column(input), weights))
        }
        let outputMass = mass(output)
        self.inputMass = massKnown && outputMass != nil ? inputMass : nil
        self.outputMass = massKnown ? outputMass : nil
    }

    /// C-mol of product formed per C-mol of carbon source taken up, given the flux
    /// distribution `fluxes` and the product flux `productFlux`; `nil` when nothing is taken up.
    func carbonYield(fluxes: [Double], productFlux: Double) -> Double? {
        ratio(inputs: inputCarbon, output: outputCarbon, fluxes: fluxes, productFlux: productFlux)
    }

    /// Grams of product per gram of carbon source, or `nil` when a molar mass is unknown or
    /// nothing is taken up.
    func massYield(fluxes: [Double], productFlux: Double) -> Double? {
        guard let inputMass, let outputMass else { return nil }
        return ratio(inputs: inputMass, output: outputMass, fluxes: fluxes, productFlux: productFlux)
    }

    private func ratio(inputs: [(column: Int, weights: [Double])], output: [Double], fluxes: [Double], productFlux: Double) -> Double? {
        let taken = inputs.reduce(0.0) { sum, input in
            let flux = fluxes.indices.contains(input.column) ? fluxes[input.column] : 0
            return sum + Self.flow(flux, input.weights, consumed: true)
        }
        guard taken != 0 else { return nil }
        return Self.flow(productFlux, output, consumed: false) / taken
    }

    /// The amount consumed (or produced) through a reaction carrying `flux`: the positive
    /// terms of weight × flux, with the sign flipped for production.
    static func flow(_ flux: Double, _ weights: [Double], consumed: Bool) -> Double {
        let direction = consumed ? 1.0 : -1.0
        return weights.reduce(0.0) { sum, weight in
            let term = weight * flux * direction
            return term > 0 ? sum + term : sum
        }
    }
}

extension Model {
    /// The medium's exchanges that take up carbon in the flux distribution `fluxes`
    /// (model order), as COBRApy's production envelope picks its default carbon sources.
    public func carbonSources(fluxes: [Double]) -> [String] {
        medium.exchanges.filter { id in
            guard let column = index(ofReaction: id), fluxes.indices.contains(column), let reaction = reaction(id) else { return false }
            let weights = reaction.stoichiometry.map { metabolite, coefficient in
                coefficient * (self.metabolite(metabolite)?.formula.flatMap(Formula.init)?.carbon ?? 0)
            }
            return YieldAccounting.flow(fluxes[column], weights, consumed: true) > 0
        }
    }
}
