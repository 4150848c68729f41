extension PathwayEvaluation {
    /// Inserts `pathway` into `model` (already set up for the condition: medium, aeration) and
    /// evaluates it on `substrate` (an exchange reaction).
    ///
    /// The definitions follow ``Yield/maximum(_:product:substrate:growthFraction:growth:settings:)``:
    /// the substrate's uptake is fixed at its uptake bound, the product's release is maximised
    /// with growth free (theoretical) or at least `growthFraction` of its maximum at that
    /// uptake (achievable); every other bound, ATP maintenance included, stays as the model has
    /// it. Growth coupling is the least product release with growth fixed at its maximum. The
    /// limiting cofactors are the shadow prices of the ``CofactorTransformation/standard``
    /// pseudo-reactions at the theoretical optimum — the product gained per unit of charged
    /// cofactor supplied for free — measured by re-optimising with a small free supply, since
    /// GLPK's row duals at a degenerate genome-scale optimum are not unique.
    ///
    /// Thread-safe and self-contained: pass an already-loaded model and a prebuilt `index` to
    /// evaluate many pathways from worker threads. One warm GLPK problem serves the yields,
    /// cofactor prices and coupling (five LPs plus one per cofactor), the envelope another
    /// (2 + 2 × points).
    ///
    /// ```swift
    /// let result = PathwayEvaluation.evaluate(bdo, in: aerobicGlucose, substrate: "EX_glc__D_e", table: table)
    /// print(result.status, result.maxTheoretical?.molar ?? .nan)
    /// ```
    public static func evaluate(
        _ pathway: Pathway, in model: Model, substrate: String, labels: Labels? = nil, options: Options = Options(),
        table: MetaboliteTable = MetaboliteTable(), index: ChassisIndex? = nil
    ) -> PathwayEvaluation {
        var result = PathwayEvaluation.unevaluated(
            pathway, labels: labels ?? Labels(chassis: model.id, substrate: substrate), substrate: substrate,
            growthFraction: options.growthFraction)
        guard (0...1).contains(options.growthFraction) else {
            return result.failing(.invalid, "growth fraction \(options.growthFraction) must be between 0 and 1 (0.1 means growth ≥ 10% of its maximum)")
        }
        let index = index ?? ChassisIndex(model)
        let insertion: PathwayInsertion
        do {
            insertion = try model.inserting(pathway, table: table, index: index)
        } catch {
            if case .unresolvedMetabolites(_, let missing) = error { result.unresolved = missing }
            return result.failing(result.unresolved.isEmpty ? .invalid : .unresolvedMetabolites, error.description)
        }
        result.productDrain = insertion.productDrain
        result.addedReactions = insertion.addedReactions
        result.exportReactions = insertion.exportReactions
        result.nativeReactions = insertion.nativeReactions
        result.unverifiableBalances = insertion.balances.filter { !$0.isVerifiable }.map(\.reaction)
        do {
            try result.solve(insertion, chassis: model, options: options, table: table, index: index)
        } catch {
            return result.failing(.solverFailure, error.description)
        }
        return result
    }

    /// A result with nothing computed yet (status `optimal` until something fails); use
    /// ``failing(_:_:)`` to report why a pathway could not be evaluated at all.
    public static func unevaluated(
        _ pathway: Pathway, labels: Labels, substrate: String, growthFraction: Double = Options().growthFraction
    ) -> PathwayEvaluation {
        PathwayEvaluation(
            labels: labels, pathway: pathway, productDrain: nil, substrateExchange: substrate, substrateUptake: nil,
            status: .optimal, message: nil, maxTheoretical: nil, maxAchievable: nil, growthFraction: growthFraction,
            growthReaction: nil, maximumGrowth: nil, productAtMaximumGrowth: nil, growthCoupledYield: nil, envelope: nil,
            addedReactions: [], exportReactions: [], nativeReactions: [], limitingCofactors: [], unresolved: [],
            unverifiableBalances: [], freeLunch: nil)
    }

    /// This result with `status` and `message` set.
    public func failing(_ status: Status, _ message: String) -> PathwayEvaluation {
        var copy = self
        copy.status = status
        copy.message = message
        return copy
    }

    /// The basis of `model`'s growth optimum (its own objective, bounds as set up), which
    /// ``evaluate(_:in:substrate:labels:options:table:index:)`` starts from; `nil` when that FBA
    /// does not end optimal. Deterministic: compute it once per set-up model and pass it as
    /// ``Options/startingBasis`` (`.given`) to evaluate many pathways with the same answers, faster.
    public static func growthBasis(of model: Model, settings: SolverSettings = SolverSettings()) -> GLPKBasis? {
        do {
            let session = try GLPKSession(model.linearProgram(), settings: settings)
            guard try session.solveReportingStatus().status == .optimal else { return nil }
            return try session.saveBasis()
        } catch {
            return nil
        }
    }

    private mutating func solve(
        _ insertion: PathwayInsertion, chassis: Model, options: Options, table: MetaboliteTable, index: ChassisIndex
    ) throws(SolverError) {
        let model = insertion.model
        guard let question = YieldQuestion(model: model, insertion: insertion, substrate: substrateExchange, options: options) else {
            self = failing(.invalid, YieldQuestion.problem(model: model, substrate: substrateExchange, options: options))
            return
        }
        substrateUptake = question.uptake
        growthReaction = question.growth.map { model.reactions[$0].id }
        var program = model.linearProgram(objective: Objective())
        let cofactors = LimitingCofactors.addColumns(
            to: &program, model: model, resolver: MetaboliteResolver(model: model, index: index, table: table))
        let basis: GLPKBasis?
        switch options.startingBasis {
        case .chassisGrowthOptimum: basis = Self.growthBasis(of: chassis, settings: options.settings)
        case .given(let given): basis = given
        }
        let session = try ResilientSession(program, settings: options.settings, startingBasis: basis)
        try session.setColumnBounds(question.substrateColumn, lower: question.uptakeFlux, upper: question.uptakeFlux)

        try session.setObjective(question.objective(session.columnCount), sense: .maximize)
        let theoretical = try session.solve()
        guard theoretical.status == .optimal, let best = theoretical.objectiveValue else {
            let why = theoretical.status == .infeasible
                ? "the model is infeasible with \(substrateExchange) fixed at \(formatFlux(question.uptakeFlux)) (maintenance or another forced flux cannot be met)"
                : "the product maximisation ended \(theoretical.status.rawValue)"
            self = failing(theoretical.status == .infeasible ? .infeasible : .solverFailure, why)
            return
        }
        maxTheoretical = question.yields(best)
        limitingCofactors = try LimitingCofactors.values(session, columns: cofactors, best: best, model: model, count: options.cofactorCount)
        if (maxTheoretical?.productFlux ?? 0) <= PathwayEvaluation.productionThreshold {
            status = .noProduction
            message = "the chassis with this pathway cannot make \(insertion.productMetabolite) on \(substrateExchange)"
        }
        if let growth = question.growth { try solveGrowth(session, question, growth: growth, model: model) }
        if options.envelopePoints > 0, let growth = growthReaction, let drain = productDrain {
            do {
                // The same warm problem: its cofactor columns are closed, and the substrate's
                // bounds go back to the model's, so it is the inserted model's LP again.
                let substrate = model.reactions[question.substrateColumn]
                try session.setColumnBounds(question.substrateColumn, lower: substrate.lowerBound, upper: substrate.upperBound)
                envelope = try ProductionEnvelope.compute(
                    model, on: session.current, product: drain, x: growth, carbonSources: [substrateExchange],
                    points: options.envelopePoints)
            } catch {
                message = [message, "envelope skipped: \(error)"].compactMap { $0 }.joined(separator: "; ")
            }
        }
        if options.checkFreeLunch {
            freeLunch = try FreeLunchCheck.run(insertion, table: table, index: index, settings: options.settings)
        }
    }

    /// Maximum growth, the achievable yield above the growth floor, and the product range at maximum growth.
    private mutating func solveGrowth(_ session: ResilientSession, _ question: YieldQuestion, growth: Int, model: Model) throws(SolverError) {
        let reaction = model.reactions[growth]
        var unit = [Double](repeating: 0, count: session.columnCount)
        unit[growth] = 1
        try session.setObjective(unit, sense: .maximize)
        let growthOptimum = try session.solve()
        guard growthOptimum.status == .optimal, let maximum = growthOptimum.objectiveValue else { return }
        maximumGrowth = maximum
        let floor = min(max(reaction.lowerBound, growthFraction * maximum), reaction.upperBound)
        try session.setColumnBounds(growth, lower: floor, upper: reaction.upperBound)
        try session.setObjective(question.objective(session.columnCount), sense: .maximize)
        let achievable = try session.solve()
        if achievable.status == .optimal, let value = achievable.objectiveValue { maxAchievable = question.yields(value) }
        // At maximum growth; GLPK's own optimum is feasible within its tolerance, so fixing it is safe.
        try session.setColumnBounds(growth, lower: min(maximum, reaction.upperBound), upper: reaction.upperBound)
        try session.setObjective(question.objective(session.columnCount), sense: .minimize)
        var coupled = try session.solve()
        for relaxation in [1e-9, 1e-7] where coupled.status != .optimal {
            // Growth at exactly its maximum sits on the edge of GLPK's tolerance; a hair below is feasible.
            let relaxed = maximum - relaxation * max(1, abs(maximum))
            try session.setColumnBounds(growth, lower: min(relaxed, reaction.upperBound), upper: reaction.upperBound)
            coupled = try session.solve()
        }
        if coupled.status == .optimal, let value = coupled.objectiveValue {
            let least = abs(value) < ProductionEnvelope.zeroCutoff ? 0 : value
            productAtMaximumGrowth = least
            growthCoupledYield = least / question.uptake
        }
        try session.setColumnBounds(growth, lower: reaction.lowerBound, upper: reaction.upperBound)
    }
}

/// The columns and constants of a yield question on an inserted model.
private struct YieldQuestion {
    let substrateColumn: Int
    let uptakeFlux: Double
    /// Substrate taken up at `uptakeFlux` (positive).
    let uptake: Double
    let growth: Int?
    /// The product's drain column and the coefficient that turns its flux into release.
    let release: (column: Int, coefficient: Double)
    let productFormula: Formula?
    let substrateFormula: Formula?

    init?(model: Model, insertion: PathwayInsertion, substrate: String, options: PathwayEvaluation.Options) {
        guard let column = model.index(ofReaction: substrate), let (metabolite, coefficient) = Self.boundary(model.reactions[column]),
              let drain = insertion.productDrain.flatMap(model.index(ofReaction:)),
              let (product, productCoefficient) = Self.boundary(model.reactions[drain])
        else { return nil }
        let reaction = model.reactions[column]
        // The bound on the side that consumes the metabolite (the lower bound of `A_e <=>`), as Yield.maximum takes it.
        let bound = coefficient < 0 ? reaction.lowerBound : reaction.upperBound
        guard bound.isFinite, coefficient * bound > 0 else { return nil }
        substrateColumn = column
        uptakeFlux = bound
        uptake = coefficient * bound
        let growthID = options.growthReaction ?? model.objective.singleReaction
        growth = growthID.flatMap(model.index(ofReaction:))
        release = (drain, -productCoefficient)
        // Models without formulas (iMA871) leave carbon yields to the route's declared product.
        productFormula = (model.metabolite(product)?.formula ?? insertion.pathway.product.formula).flatMap(Formula.init)
        substrateFormula = (model.metabolite(metabolite)?.formula ?? options.substrateFormula).flatMap(Formula.init)
    }

    /// Objective coefficients over `columns` columns whose value is the product's release rate.
    func objective(_ columns: Int) -> [Double] {
        var coefficients = [Double](repeating: 0, count: columns)
        coefficients[release.column] = release.coefficient
        return coefficients
    }

    static func boundary(_ reaction: Reaction) -> (String, Double)? {
        guard reaction.isBoundary, let (metabolite, coefficient) = reaction.stoichiometry.elements.first, coefficient != 0 else { return nil }
        return (metabolite, coefficient)
    }

    /// Why no question could be formed.
    static func problem(model: Model, substrate: String, options: PathwayEvaluation.Options) -> String {
        guard let column = model.index(ofReaction: substrate) else { return "the model has no substrate exchange '\(substrate)'" }
        guard boundary(model.reactions[column]) != nil else { return "'\(substrate)' is not an exchange reaction of one metabolite" }
        return "substrate '\(substrate)' cannot be taken up (its bounds allow no uptake): open it in the medium first"
    }

    func yields(_ released: Double) -> PathwayEvaluation.Yields {
        let flux = abs(released) < ProductionEnvelope.zeroCutoff ? 0 : released
        let molar = flux / uptake
        var carbon: Double?
        if let productCarbon = productFormula?.carbon, let substrateCarbon = substrateFormula?.carbon, substrateCarbon > 0 {
            carbon = molar * productCarbon / substrateCarbon
        }
        var mass: Double?
        if let productMass = productFormula?.molarMass, let substrateMass = substrateFormula?.molarMass, substrateMass > 0 {
            mass = molar * productMass / substrateMass
        }
        return PathwayEvaluation.Yields(productFlux: flux, molar: molar, carbon: carbon, mass: mass)
    }
}
