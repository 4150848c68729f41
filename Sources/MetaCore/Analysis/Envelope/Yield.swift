/// Maximum theoretical yields of a product on a substrate.
///
/// The substrate's uptake is fixed at its uptake bound and the product's exchange is
/// maximised, with growth free or held at a fraction of its maximum (computed with the
/// substrate at the same bound). The yield is that product flux divided by the uptake, in
/// mol/mol, C-mol/C-mol and g/g.
///
/// ```swift
/// let result = try Yield.maximum(model, product: "EX_succ_e", substrate: "EX_glc__D_e", growthFraction: 0.1)
/// print(result.molar ?? .nan, result.carbon ?? .nan, result.mass ?? .nan)
/// ```
public enum Yield {
    /// Computes the maximum yield of `product` on `substrate`, both exchange reactions.
    ///
    /// `growthFraction` 0.1 requires growth (the model's single objective reaction, or
    /// `growth`) ≥ 10% of its maximum; `nil` leaves growth free.
    ///
    /// - Throws: `EnvelopeError` for unknown or non-boundary reactions, a substrate that
    ///   cannot be taken up, a fraction outside 0…1 or a solver failure. An infeasible model
    ///   is reported through `YieldResult.status`.
    public static func maximum(
        _ model: Model, product: String, substrate: String, growthFraction: Double? = nil, growth: String? = nil,
        settings: SolverSettings = SolverSettings()
    ) throws(EnvelopeError) -> YieldResult {
        let problem = try YieldProblem(model: model, product: product, substrate: substrate,
                                       growthFraction: growthFraction, growth: growth)
        do {
            return try problem.solve(settings: settings)
        } catch {
            throw .solver(error)
        }
    }
}

/// The outcome of `Yield.maximum`.
public struct YieldResult: Hashable, Sendable {
    /// How the product maximisation (or the growth maximisation before it) ended; the
    /// values below are `nil` unless optimal.
    public var status: SolverStatus
    /// The product's exchange reaction.
    public var product: String
    /// The substrate's exchange reaction.
    public var substrate: String
    /// The uptake rate the substrate was fixed at (positive).
    public var substrateUptake: Double
    /// The growth reaction, when growth was constrained.
    public var growthReaction: String?
    /// The required fraction of maximum growth, or `nil` when growth was free.
    public var growthFraction: Double?
    /// The maximum growth at the fixed uptake, when growth was constrained.
    public var maximumGrowth: Double?
    /// The maximum product release rate.
    public var productFlux: Double?
    /// Mol product per mol substrate.
    public var molar: Double?
    /// C-mol product per C-mol substrate; `nil` when a formula is missing or the substrate has no carbon.
    public var carbon: Double?
    /// Gram product per gram substrate; `nil` when a molar mass is unknown.
    public var mass: Double?
}

/// A validated yield question.
private struct YieldProblem {
    let model: Model
    let product: (id: String, column: Int, coefficient: Double, formula: Formula?)
    let substrate: (id: String, column: Int, coefficient: Double, formula: Formula?)
    let growth: (id: String, column: Int)?
    let growthFraction: Double?

    init(model: Model, product: String, substrate: String, growthFraction: Double?, growth: String?) throws(EnvelopeError) {
        func exchange(_ id: String, role: String) throws(EnvelopeError) -> (String, Int, Double, Formula?) {
            guard let column = model.index(ofReaction: id) else { throw .unknownReaction(id, role: role) }
            guard let (metabolite, coefficient) = model.reactions[column].stoichiometry.elements.first,
                  model.reactions[column].isBoundary, coefficient != 0
            else { throw .notABoundaryReaction(id, role: role) }
            return (id, column, coefficient, model.metabolite(metabolite)?.formula.flatMap(Formula.init))
        }
        self.product = try exchange(product, role: "product")
        self.substrate = try exchange(substrate, role: "substrate")
        if let growthFraction {
            guard growthFraction >= 0, growthFraction <= 1 else { throw .invalidGrowthFraction(growthFraction) }
            guard let id = growth ?? model.objective.singleReaction else {
                throw .noSingleObjectiveReaction(model.objective.summary)
            }
            guard let column = model.index(ofReaction: id) else { throw .unknownReaction(id, role: "growth reaction") }
            self.growth = (id, column)
        } else {
            self.growth = nil
        }
        self.growthFraction = growthFraction
        self.model = model
        guard uptakeFlux != nil else { throw .substrateNotTakenUp(substrate) }
    }

    /// The substrate flux at its uptake bound: the bound on the side that consumes the
    /// metabolite (the lower bound of `A_e <=>`), or `nil` when that side allows no uptake.
    var uptakeFlux: Double? {
        let reaction = model.reactions[substrate.column]
        let bound = substrate.coefficient < 0 ? reaction.lowerBound : reaction.upperBound
        return bound.isFinite && substrate.coefficient * bound > 0 ? bound : nil
    }

    func solve(settings: SolverSettings) throws(SolverError) -> YieldResult {
        let uptakeFlux = uptakeFlux ?? 0
        let uptake = substrate.coefficient * uptakeFlux
        var result = YieldResult(
            status: .optimal, product: product.id, substrate: substrate.id, substrateUptake: uptake,
            growthReaction: growth?.id, growthFraction: growthFraction)
        let session = try GLPKSession(model.linearProgram(objective: Objective()), settings: settings)
        try session.setColumnBounds(substrate.column, lower: uptakeFlux, upper: uptakeFlux)
        if let growth, let growthFraction {
            try session.setObjective(unit(growth.column), sense: .maximize)
            let solution = try session.solveReportingStatus()
            guard solution.status == .optimal, let maximum = solution.objectiveValue else {
                result.status = solution.status
                return result
            }
            result.maximumGrowth = maximum
            let reaction = model.reactions[growth.column]
            let floor = min(max(reaction.lowerBound, growthFraction * maximum), reaction.upperBound)
            try session.setColumnBounds(growth.column, lower: floor, upper: reaction.upperBound)
        }
        // Release of the product's metabolite is −coefficient × flux: maximise that.
        try session.setObjective(unit(product.column, -product.coefficient), sense: .maximize)
        let solution = try session.solveReportingStatus()
        guard solution.status == .optimal, let released = solution.objectiveValue else {
            result.status = solution.status
            return result
        }
        let molar = released / uptake
        result.productFlux = released
        result.molar = molar
        if let productCarbon = product.formula?.carbon, let substrateCarbon = substrate.formula?.carbon, substrateCarbon > 0 {
            result.carbon = molar * productCarbon / substrateCarbon
        }
        if let productMass = product.formula?.molarMass, let substrateMass = substrate.formula?.molarMass, substrateMass > 0 {
            result.mass = molar * productMass / substrateMass
        }
        return result
    }

    private func unit(_ column: Int, _ value: Double = 1) -> [Double] {
        var coefficients = [Double](repeating: 0, count: model.reactions.count)
        coefficients[column] = value
        return coefficients
    }
}
