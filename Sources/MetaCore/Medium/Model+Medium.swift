extension Medium {
    /// A copy of `model` growing on this medium (COBRApy's `model.medium = …` setter).
    ///
    /// For each exchange in the medium the uptake bound becomes the rate (`lowerBound = -rate`
    /// for `A_e <=>`, `upperBound = rate` for `<=> A_e`); the secretion bound is kept. Every
    /// other exchange has its uptake closed: its uptake bound becomes 0 unless it already
    /// forbade uptake, so secretion — and any secretion the model forces — stays as it was.
    ///
    /// ```swift
    /// let glucoseOnly = try Medium(["EX_glc__D_e": 10, "EX_o2_e": 1000, "EX_nh4_e": 1000,
    ///                               "EX_pi_e": 1000, "EX_h_e": 1000, "EX_h2o_e": 1000])
    /// let model = try glucoseOnly.apply(to: ecoli)
    /// ```
    ///
    /// - Throws: `MediumError` naming the line the exchange was read from, when the model has
    ///   no such reaction (`.unknownReaction`), the reaction is not an exchange
    ///   (`.notAnExchange`; COBRApy only warns here, but a typo'd medium should not silently
    ///   change an internal reaction), or the rate contradicts a bound the model forces
    ///   (`.conflictingBounds`, as COBRApy raises `ValueError`).
    /// - Complexity: O(reactions).
    public func apply(to model: Model) throws(MediumError) -> Model {
        try validate(against: model)
        var result = model
        for reaction in model.exchanges {
            guard let coefficient = reaction.stoichiometry.values.first, coefficient != 0 else { continue }
            var lower = reaction.lowerBound
            var upper = reaction.upperBound
            if let rate = uptakes[reaction.id] {
                if coefficient < 0 { lower = -rate } else { upper = rate }
            } else if coefficient < 0 {
                // Written as max(0, lb) rather than cobra's -min(0, -lb) to avoid a -0 bound.
                lower = max(0, lower)
            } else {
                upper = min(0, upper)
            }
            do throws(ModelError) {
                try result.setBounds(ofReaction: reaction.id, lower: lower, upper: upper)
            } catch {
                throw MediumError(source: source, position: position(of: reaction.id), kind: .conflictingBounds(error))
            }
        }
        return result
    }

    /// Checks that every exchange of the medium is an exchange reaction of `model`.
    ///
    /// - Throws: `MediumError` `.unknownReaction` or `.notAnExchange`, naming the line or entry.
    public func validate(against model: Model) throws(MediumError) {
        let exchangeIDs = Set(model.exchanges.map(\.id))
        for exchange in uptakes.keys where !exchangeIDs.contains(exchange) {
            let kind: MediumError.Kind = model.index(ofReaction: exchange) == nil
                ? .unknownReaction(exchange, model: model.id)
                : .notAnExchange(exchange, externalCompartment: model.externalCompartment)
            throw MediumError(source: source, position: position(of: exchange), kind: kind)
        }
    }
}

extension Model {
    /// The exchanges open for uptake and their maximum uptake rates (COBRApy's `model.medium`).
    public var medium: Medium { Medium(model: self) }

    /// Makes the model grow on `medium`: see `Medium.apply(to:)`.
    public mutating func setMedium(_ medium: Medium) throws(MediumError) {
        self = try medium.apply(to: self)
    }
}
