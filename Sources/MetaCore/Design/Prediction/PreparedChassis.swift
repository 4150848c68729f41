/// The chassis made ready for one product: the product cannot be taken up from outside, a
/// demand reaction releases it from the cytosol, and a metabolite the chassis lacks is added.
///
/// Closing the product's uptake keeps transporters from counting as a "pathway"; releasing
/// it through a cytosolic demand (as cameo does) avoids asking the universe for export
/// steps — a pathway file then says `export: true`.
struct PreparedChassis: Sendable {
    /// The chassis, ready.
    let model: Model
    /// The demand reaction's id (`DM_13ppd_c`).
    let demand: String

    /// Prepares `host` for `product`.
    ///
    /// - Throws: `.chassisInfeasible` when the chassis cannot grow or stand still as configured,
    ///   `.productAlreadyMade` when it already releases the product without new reactions.
    init(host: Model, product: ProductTarget, bigM: Double, settings: SolverSettings) throws(PredictionError) {
        var model = host
        let base = product.baseID
        for reaction in host.reactions where reaction.isBoundary {
            guard let (metabolite, coefficient) = reaction.stoichiometry.elements.first,
                  CompartmentNaming.baseID(of: metabolite) == base else { continue }
            let lower = coefficient < 0 ? max(reaction.lowerBound, 0) : reaction.lowerBound
            let upper = coefficient < 0 ? reaction.upperBound : min(reaction.upperBound, 0)
            // Cannot fail: the reaction exists and the range only shrinks towards 0 from a valid one.
            try? model.setBounds(ofReaction: reaction.id, lower: min(lower, upper), upper: upper)
        }
        var demand = "DM_\(product.metabolite.id)"
        while model.index(ofReaction: demand) != nil { demand += "_predicted" }
        let release = Reaction(
            id: demand, name: "Release of \(product.metabolite.name.isEmpty ? product.metabolite.id : product.metabolite.name)",
            stoichiometry: [product.metabolite.id: -1], lowerBound: 0, upperBound: bigM)
        do {
            model = try model.adding(metabolites: product.isNew ? [product.metabolite] : [], reactions: [release])
        } catch {
            throw .model(error)
        }
        self.model = model
        self.demand = demand
        let growth: FBAResult
        do {
            growth = try FBA.optimize(model, settings: settings)
        } catch {
            throw .solver(error)
        }
        guard growth.status == .optimal else { throw .chassisInfeasible(growth.status) }
        if !product.isNew {
            let native = try PathwayVerifier.maximum(demand, in: model, settings: settings)
            if native > PathwayVerifier.threshold { throw .productAlreadyMade(product.metabolite.id, maximumFlux: native) }
        }
    }
}
