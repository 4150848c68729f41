/// Maximum yields of any number of products on one feed, from one GLPK problem kept warm.
///
/// The feed's substrates are fixed at their uptake bounds once; each ``maximum(product:growthFraction:)``
/// then changes only the objective and the growth bound. `Yield.maximum` is a session used
/// once. A batch that asks for many products on the same chassis and condition keeps one
/// session and, with `startFromGrowthOptimum`, warm-starts every question from the basis of the
/// growth optimum at the fixed uptake instead of solving cold.
///
/// Every call starts from the same saved basis (the initial one, or the growth optimum's), so
/// its result does not depend on which products were asked before: equal questions give equal
/// answers, in any order. Like `GLPKSession`, a session is confined to the thread that made it.
///
/// ```swift
/// let session = try YieldSession(model, substrates: ["EX_glc__D_e"], startFromGrowthOptimum: true)
/// let succinate = try session.maximum(product: "EX_succ_e", growthFraction: 0.1)
/// let acetate = try session.maximum(product: "EX_ac_e")
/// ```
public final class YieldSession {
    typealias Exchange = (id: String, column: Int, coefficient: Double, formula: Formula?)

    private let model: Model
    private let substrates: [Exchange]
    private let growthName: String?
    private let session: GLPKSession
    private let initialBasis: GLPKBasis
    private var growth: GrowthOptimum?
    private let startFromGrowthOptimum: Bool

    /// The growth reaction, its optimum at the fixed uptake (or the status that prevented one)
    /// and the basis of that optimum.
    private struct GrowthOptimum {
        var id: String
        var column: Int
        var status: SolverStatus
        var maximum: Double?
        var basis: GLPKBasis?
    }

    /// A session for `substrates` (exchange reactions), each fixed at its uptake bound.
    ///
    /// - Parameters:
    ///   - growth: the growth reaction for growth fractions (default: the model's single objective reaction).
    ///   - startFromGrowthOptimum: maximise growth now and start every question from its basis
    ///     (faster for many questions); otherwise every question starts from the initial basis.
    /// - Throws: `EnvelopeError` for unknown or non-boundary substrates, a substrate that cannot
    ///   be taken up, no single growth reaction when one is needed, or a solver failure.
    public init(
        _ model: Model, substrates: [String], growth: String? = nil, startFromGrowthOptimum: Bool = false,
        settings: SolverSettings = SolverSettings()
    ) throws(EnvelopeError) {
        var resolved: [Exchange] = []
        for substrate in substrates { resolved.append(try Self.exchange(substrate, role: "substrate", in: model)) }
        guard !resolved.isEmpty else { throw .unknownReaction("", role: "substrate") }
        for substrate in resolved where Self.uptakeFlux(of: substrate, in: model) == nil {
            throw .substrateNotTakenUp(substrate.id)
        }
        self.model = model
        self.substrates = resolved
        self.growthName = growth
        self.startFromGrowthOptimum = startFromGrowthOptimum
        do {
            session = try GLPKSession(model.linearProgram(objective: Objective()), settings: settings)
            for substrate in resolved {
                let flux = Self.uptakeFlux(of: substrate, in: model) ?? 0
                try session.setColumnBounds(substrate.column, lower: flux, upper: flux)
            }
            initialBasis = try session.saveBasis()
        } catch {
            throw .solver(error)
        }
        if startFromGrowthOptimum { _ = try growthOptimum() }
    }

    /// The summed uptake of the feed (positive, mmol/gDW/h).
    public var uptake: Double {
        substrates.reduce(0.0) { $0 + $1.coefficient * (Self.uptakeFlux(of: $1, in: model) ?? 0) }
    }

    /// The maximum yield of `product` (an exchange reaction), growth free or with growth ≥
    /// `growthFraction` × its maximum at the fixed uptake.
    ///
    /// - Throws: `EnvelopeError` for an unknown or non-boundary product, a fraction outside 0…1,
    ///   no single growth reaction, or a solver failure; infeasibility is a status in the result.
    public func maximum(product: String, growthFraction: Double? = nil) throws(EnvelopeError) -> YieldResult {
        let product = try Self.exchange(product, role: "product", in: model)
        if let growthFraction, !(growthFraction >= 0 && growthFraction <= 1) { throw .invalidGrowthFraction(growthFraction) }
        let growth = growthFraction != nil || startFromGrowthOptimum ? try growthOptimum() : nil
        var result = YieldResult(
            status: .optimal, product: product.id, substrate: substrates.map(\.id).joined(separator: "+"),
            substrateUptake: uptake, growthReaction: growthFraction == nil ? nil : growth?.id, growthFraction: growthFraction)
        do {
            if let growth {
                let reaction = model.reactions[growth.column]
                var lower = reaction.lowerBound
                if let growthFraction {
                    guard growth.status == .optimal, let maximum = growth.maximum else {
                        result.status = growth.status
                        return result
                    }
                    result.maximumGrowth = maximum
                    lower = min(max(reaction.lowerBound, growthFraction * maximum), reaction.upperBound)
                }
                try session.setColumnBounds(growth.column, lower: lower, upper: reaction.upperBound)
            }
            // After the bounds, so that GLPK fits the restored statuses to the bounds of this question.
            try start(from: growth?.basis ?? initialBasis)
            // Release of the product's metabolite is −coefficient × flux: maximise that.
            try session.setObjective(unit(product.column, -product.coefficient), sense: .maximize)
            let solution = try session.solveReportingStatus()
            guard solution.status == .optimal, let released = solution.objectiveValue else {
                result.status = solution.status
                return result
            }
            account(released, of: product, in: &result)
        } catch {
            throw .solver(error)
        }
        return result
    }

    /// Fills in the product flux and the three yields.
    private func account(_ released: Double, of product: Exchange, in result: inout YieldResult) {
        result.productFlux = released
        result.molar = released / result.substrateUptake
        if let productCarbon = product.formula?.carbon, let carbonIn = fed({ $0.carbon }), carbonIn > 0 {
            result.carbon = released * productCarbon / carbonIn
        }
        if let productMass = product.formula?.molarMass, let massIn = fed({ $0.molarMass }), massIn > 0 {
            result.mass = released * productMass / massIn
        }
    }

    /// Restores `basis` with a fresh factorisation: a factorisation carried over from the last
    /// solve gives answers a few ulps away, which would make an answer depend on the question
    /// asked before it.
    private func start(from basis: GLPKBasis) throws(SolverError) {
        try session.restoreBasis(basis, refactorize: true)
    }

    /// The growth optimum at the fixed uptake, solved on first use from the initial basis.
    private func growthOptimum() throws(EnvelopeError) -> GrowthOptimum {
        if let growth { return growth }
        let objective = model.objective.coefficients
        guard let id = growthName ?? (objective.count == 1 ? objective.keys.first : nil) else {
            throw .noSingleObjectiveReaction(model.objective.summary)
        }
        guard let column = model.index(ofReaction: id) else { throw .unknownReaction(id, role: "growth reaction") }
        do {
            try start(from: initialBasis)
            try session.setObjective(unit(column), sense: .maximize)
            let solution = try session.solveReportingStatus()
            let optimal = solution.status == .optimal
            let found = GrowthOptimum(id: id, column: column, status: solution.status,
                                      maximum: optimal ? solution.objectiveValue : nil,
                                      basis: optimal ? try session.saveBasis() : nil)
            growth = found
            return found
        } catch {
            throw .solver(error)
        }
    }

    /// Σ uptake × `measure(formula)` over the substrates; `nil` when any measure is unknown.
    private func fed(_ measure: (Formula) -> Double?) -> Double? {
        var total = 0.0
        for substrate in substrates {
            guard let value = substrate.formula.flatMap(measure) else { return nil }
            total += substrate.coefficient * (Self.uptakeFlux(of: substrate, in: model) ?? 0) * value
        }
        return total
    }

    private func unit(_ column: Int, _ value: Double = 1) -> [Double] {
        var coefficients = [Double](repeating: 0, count: model.reactions.count)
        coefficients[column] = value
        return coefficients
    }

    /// A boundary reaction of one metabolite, with the metabolite's formula.
    private static func exchange(_ id: String, role: String, in model: Model) throws(EnvelopeError) -> Exchange {
        guard let column = model.index(ofReaction: id) else { throw .unknownReaction(id, role: role) }
        guard let (metabolite, coefficient) = model.reactions[column].stoichiometry.elements.first,
              model.reactions[column].isBoundary, coefficient != 0
        else { throw .notABoundaryReaction(id, role: role) }
        return (id, column, coefficient, model.metabolite(metabolite)?.formula.flatMap(Formula.init))
    }

    /// The substrate flux at its uptake bound: the bound on the side that consumes the
    /// metabolite (the lower bound of `A_e <=>`), or `nil` when that side allows no uptake.
    private static func uptakeFlux(of substrate: Exchange, in model: Model) -> Double? {
        let reaction = model.reactions[substrate.column]
        let bound = substrate.coefficient < 0 ? reaction.lowerBound : reaction.upperBound
        return bound.isFinite && substrate.coefficient * bound > 0 ? bound : nil
    }
}
