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
        try maximum(model, product: product, substrates: [substrate], growthFraction: growthFraction, growth: growth,
                    settings: settings)
    }

    /// Computes the maximum yield of `product` on a mixture of `substrates` (exchange reactions),
    /// each fixed at its uptake bound.
    ///
    /// The yields divide by the whole feed: mol/mol by the summed uptake, C-mol/C-mol by the
    /// carbon taken up in all substrates, g/g by their summed mass. With one substrate this is
    /// ``maximum(_:product:substrate:growthFraction:growth:settings:)``.
    ///
    /// - Throws: as the single-substrate form, for any substrate; also `.substrateNotTakenUp`
    ///   naming the first substrate that cannot be taken up.
    public static func maximum(
        _ model: Model, product: String, substrates: [String], growthFraction: Double? = nil, growth: String? = nil,
        settings: SolverSettings = SolverSettings()
    ) throws(EnvelopeError) -> YieldResult {
        let problem = try YieldProblem(model: model, product: product, substrates: substrates,
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
    /// The substrate's exchange reaction (a mixture's joined with `+`).
    public var substrate: String
    /// The uptake rate the substrate was fixed at (positive; a mixture's summed).
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
    typealias Exchange = (id: String, column: Int, coefficient: Double, formula: Formula?)

    let model: Model
    let product: Exchange
    let substrates: [Exchange]
    let growth: (id: String, column: Int)?
    let growthFraction: Double?

    init(model: Model, product: String, substrates: [String], growthFraction: Double?, growth: String?) throws(EnvelopeError) {
        func exchange(_ id: String, role: String) throws(EnvelopeError) -> Exchange {
            guard let column = model.index(ofReaction: id) else { throw .unknownReaction(id, role: role) }
            guard let (metabolite, coefficient) = model.reactions[column].stoichiometry.elements.first,
                  model.reactions[column].isBoundary, coefficient != 0
            else { throw .notABoundaryReaction(id, role: role) }
            return (id, column, coefficient, model.metabolite(metabolite)?.formula.flatMap(Formula.init))
        }
        self.product = try exchange(product, role: "product")
        var resolved: [Exchange] = []
        for substrate in substrates { resolved.append(try exchange(substrate, role: "substrate")) }
        guard !resolved.isEmpty else { throw .unknownReaction("", role: "substrate") }
        self.substrates = resolved
        if let growthFraction {
            guard growthFraction >= 0, growthFraction <= 1 else { throw .invalidGrowthFraction(growthFraction) }
            let objective = model.objective.coefficients
            guard let id = growth ?? (objective.count == 1 ? objective.keys.first : nil) else {
                throw .noSingleObjectiveReaction(model.objective.summary)
            }
            guard let column = model.index(ofReaction: id) else { throw .unknownReaction(id, role: "growth reaction") }
            self.growth = (id, column)
        } else {
            self.growth = nil
        }
        self.growthFraction = growthFraction
        self.model = model
        for substrate in resolved where uptakeFlux(of: substrate) == nil { throw .substrateNotTakenUp(substrate.id) }
    }

    /// The substrate flux at its uptake bound: the bound on the side that consumes the
    /// metabolite (the lower bound of `A_e <=>`), or `nil` when that side allows no uptake.
    func uptakeFlux(of substrate: Exchange) -> Double? {
        let reaction = model.reactions[substrate.column]
        let bound = substrate.coefficient < 0 ? reaction.lowerBound : reaction.upperBound
        return bound.isFinite && substrate.coefficient * bound > 0 ? bound : nil
    }

    /// Σ uptake × `measure(formula)` over the substrates; `nil` when any measure is unknown.
    func fed(_ measure: (Formula) -> Double?) -> Double? {
        var total = 0.0
        for substrate in substrates {
            guard let value = substrate.formula.flatMap(measure) else { return nil }
            total += substrate.coefficient * (uptakeFlux(of: substrate) ?? 0) * value
        }
        return total
    }

    func solve(settings: SolverSettings) throws(SolverError) -> YieldResult {
        let uptake = substrates.reduce(0.0) { $0 + $1.coefficient * (uptakeFlux(of: $1) ?? 0) }
        var result = YieldResult(
            status: .optimal, product: product.id, substrate: substrates.map(\.id).joined(separator: "+"),
            substrateUptake: uptake, growthReaction: growth?.id, growthFraction: growthFraction)
        let session = try GLPKSession(model.linearProgram(objective: Objective()), settings: settings)
        for substrate in substrates {
            let flux = uptakeFlux(of: substrate) ?? 0
            try session.setColumnBounds(substrate.column, lower: flux, upper: flux)
        }
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
        result.productFlux = released
        result.molar = released / uptake
        if let productCarbon = product.formula?.carbon, let carbonIn = fed({ $0.carbon }), carbonIn > 0 {
            result.carbon = released * productCarbon / carbonIn
        }
        if let productMass = product.formula?.molarMass, let massIn = fed({ $0.molarMass }), massIn > 0 {
            result.mass = released * productMass / massIn
        }
        return result
    }

    private func unit(_ column: Int, _ value: Double = 1) -> [Double] {
        var coefficients = [Double](repeating: 0, count: model.reactions.count)
        coefficients[column] = value
        return coefficients
    }
}
