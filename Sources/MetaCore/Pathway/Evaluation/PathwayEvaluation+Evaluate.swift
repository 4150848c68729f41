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
        table: MetaboliteTable = MetaboliteTable(), index: ChassisIndex? = nil, compression: SetUpCompression? = nil
    ) -> PathwayEvaluation {
        let index = index ?? ChassisIndex(model)
        let insertion = Result { () throws(PathwayError) in try model.inserting(pathway, table: table, index: index) }
        return evaluate(insertion, of: pathway, in: model, substrate: substrate, labels: labels, options: options,
                        table: table, index: index, compression: compression)
    }

    /// ``evaluate(_:in:substrate:labels:options:table:index:)`` with the insertion of `pathway`
    /// into `model` already made (or its error), for callers that also hand the inserted model
    /// to scorers and should not insert twice.
    public static func evaluate(
        _ inserted: Result<PathwayInsertion, PathwayError>, of pathway: Pathway, in model: Model, substrate: String,
        labels: Labels? = nil, options: Options = Options(), table: MetaboliteTable = MetaboliteTable(), index: ChassisIndex,
        compression: SetUpCompression? = nil
    ) -> PathwayEvaluation {
        var result = PathwayEvaluation.unevaluated(
            pathway, labels: labels ?? Labels(chassis: model.id, substrate: substrate), substrate: substrate,
            growthFraction: options.growthFraction)
        guard (0...1).contains(options.growthFraction) else {
            return result.failing(.invalid, "growth fraction \(options.growthFraction) must be between 0 and 1 (0.1 means growth ≥ 10% of its maximum)")
        }
        let insertion: PathwayInsertion
        switch inserted {
        case .success(let made): insertion = made
        case .failure(let error):
            if case .unresolvedMetabolites(_, let missing) = error { result.unresolved = missing }
            return result.failing(result.unresolved.isEmpty ? .invalid : .unresolvedMetabolites, error.description)
        }
        result.productDrain = insertion.productDrain
        result.addedReactions = insertion.addedReactions
        result.exportReactions = insertion.exportReactions
        result.nativeReactions = insertion.nativeReactions
        result.unverifiableBalances = insertion.balances.filter { !$0.isVerifiable }.map(\.reaction)
        do {
            try result.solve(insertion, chassis: model, options: options, table: table, index: index, compression: compression)
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
            unverifiableBalances: [], freeLunch: nil, insertedGrowthBasis: nil)
    }

    /// This result with `status` and `message` set.
    public func failing(_ status: Status, _ message: String) -> PathwayEvaluation {
        var copy = self
        copy.status = status
        copy.message = message
        return copy
    }

    /// The LP to evaluate on: `compression`'s compressed set-up with the route appended when
    /// it keeps everything the evaluation touches, else the inserted model's own LP.
    private static func network(
        for insertion: PathwayInsertion, chassis: Model, question: YieldQuestion, options: Options, compression: SetUpCompression?
    ) -> EvaluationNetwork {
        let required = [question.substrateColumn, question.release.column] + (question.growth.map { [$0] } ?? [])
        if let compression, compression.model.reactions.count == chassis.reactions.count {
            let touched = EvaluationFootprint.touched(by: insertion, chassis: chassis, reactions: required)
            if let network = EvaluationNetwork(
                compression.compressed(keeping: touched), insertion: insertion, chassis: chassis, required: required) {
                return network
            }
        }
        let basis: GLPKBasis?
        switch options.startingBasis {
        case .chassisGrowthOptimum: basis = compression?.growthBasis() ?? growthBasis(of: chassis, settings: options.settings)
        case .given(let given): basis = given
        }
        return EvaluationNetwork(uncompressed: insertion.model, startingBasis: basis, settings: options.settings)
    }

    /// The basis of `model`'s growth optimum (its own objective, bounds as set up), which
    /// ``evaluate(_:in:substrate:labels:options:table:index:)`` starts from; `nil` when that FBA
    /// does not end optimal; `start`, a basis of the same LP, is where the simplex starts.
    /// Deterministic: compute it once per set-up model and pass it as
    /// ``Options/startingBasis`` (`.given`) to evaluate many pathways with the same answers, faster.
    public static func growthBasis(of model: Model, settings: SolverSettings = SolverSettings(), from start: GLPKBasis? = nil) -> GLPKBasis? {
        do {
            let session = try GLPKSession(model.linearProgram(), settings: settings)
            // A basis of the same LP under other bounds (the chassis before its set-up) is a
            // shorter way to the same optimum than GLPK's standard basis.
            if let start, start.rowStatuses.count == session.rowCount, start.columnStatuses.count == session.columnCount {
                try session.restoreBasis(start, refactorize: true)
            }
            guard try session.solveReportingStatus().status == .optimal else { return nil }
            return try session.saveBasis()
        } catch {
            return nil
        }
    }

    private mutating func solve(
        _ insertion: PathwayInsertion, chassis: Model, options: Options, table: MetaboliteTable, index: ChassisIndex,
        compression: SetUpCompression?
    ) throws(SolverError) {
        let model = insertion.model
        guard let question = YieldQuestion(model: model, insertion: insertion, substrate: substrateExchange, options: options) else {
            self = failing(.invalid, YieldQuestion.problem(model: model, substrate: substrateExchange, options: options))
            return
        }
        substrateUptake = question.uptake
        growthReaction = question.growth.map { model.reactions[$0].id }
        let network = Self.network(for: insertion, chassis: chassis, question: question, options: options, compression: compression)
        // The question's reactions as columns of that LP (each its own column there, by construction).
        let lp = question.placed(in: network) ?? question
        var program = network.program
        let cofactors = LimitingCofactors.addColumns(
            to: &program, model: model, rows: network.rows, resolver: MetaboliteResolver(model: model, index: index, table: table))
        let session = try ResilientSession(program, settings: network.settings, startingBasis: network.startingBasis)
        try session.setColumnBounds(lp.substrateColumn, lower: question.uptakeFlux, upper: question.uptakeFlux)

        try session.setObjective(lp.objective(session.columnCount), sense: .maximize)
        let theoretical = try session.solve()
        guard theoretical.status == .optimal, let best = theoretical.objectiveValue else {
            let why = theoretical.status == .infeasible
                ? "the model is infeasible with \(substrateExchange) fixed at \(formatFlux(question.uptakeFlux)) (maintenance or another forced flux cannot be met)"
                : "the product maximisation ended \(theoretical.status.rawValue)"
            self = failing(theoretical.status == .infeasible ? .infeasible : .solverFailure, why)
            return
        }
        maxTheoretical = question.yields(best)
        let productOptimum = try session.saveBasis()
        limitingCofactors = try LimitingCofactors.values(session, columns: cofactors, best: best, model: model, count: options.cofactorCount)
        if (maxTheoretical?.productFlux ?? 0) <= PathwayEvaluation.productionThreshold {
            status = .noProduction
            message = "the chassis with this pathway cannot make \(insertion.productMetabolite) on \(substrateExchange)"
        }
        var bases = ProductionEnvelope.StartingBases(xMaximum: session.startingBasis, productMaximum: productOptimum)
        if let growth = question.growth, let column = lp.growth {
            try solveGrowth(session, lp, growth: model.reactions[growth], column: column, bases: &bases, network: network)
        }
        if options.envelopePoints > 0, let growth = growthReaction, let drain = productDrain {
            do {
                // The same warm problem: its cofactor columns are closed, and the substrate's
                // bounds go back to the model's, so it is the inserted model's LP again.
                let substrate = model.reactions[question.substrateColumn]
                try session.setColumnBounds(lp.substrateColumn, lower: substrate.lowerBound, upper: substrate.upperBound)
                envelope = try ProductionEnvelope.compute(
                    model, on: session.current, product: drain, x: growth, carbonSources: [substrateExchange],
                    points: options.envelopePoints, startingBases: bases, columns: network.columns)
            } catch {
                message = [message, "envelope skipped: \(error)"].compactMap { $0 }.joined(separator: "; ")
            }
        }
        if options.checkFreeLunch {
            freeLunch = try FreeLunchCheck.run(insertion, table: table, index: index, settings: options.settings)
        }
    }

    /// Maximum growth, the achievable yield above the growth floor, and the product range at
    /// maximum growth; their optimal bases go into `bases` for the envelope to start from.
    /// `question` names LP columns; `reaction` is the growth reaction, at `column`.
    private mutating func solveGrowth(
        _ session: ResilientSession, _ question: YieldQuestion, growth reaction: Reaction, column growth: Int,
        bases: inout ProductionEnvelope.StartingBases, network: EvaluationNetwork
    ) throws(SolverError) {
        var unit = [Double](repeating: 0, count: session.columnCount)
        unit[growth] = 1
        // The chassis' growth optimum is usually still optimal (the route seldom helps growth):
        // from its basis this is a few pivots instead of ~140 from the product's optimum.
        if let start = session.startingBasis { try session.restoreBasis(start) }
        try session.setObjective(unit, sense: .maximize)
        let growthOptimum = try session.solve()
        guard growthOptimum.status == .optimal, let maximum = growthOptimum.objectiveValue else { return }
        maximumGrowth = maximum
        bases.xMaximum = try session.saveBasis()
        if !network.isCompressed {
            insertedGrowthBasis = bases.xMaximum?.truncated(toRows: network.rows.count, columns: network.columns.count)
        }
        let floor = min(max(reaction.lowerBound, growthFraction * maximum), reaction.upperBound)
        try session.setColumnBounds(growth, lower: floor, upper: reaction.upperBound)
        try session.setObjective(question.objective(session.columnCount), sense: .maximize)
        let achievable = try session.solve()
        if achievable.status == .optimal, let value = achievable.objectiveValue {
            maxAchievable = question.yields(value)
            bases.productMaximumAbove = (floor, try session.saveBasis())
        }
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
    var substrateColumn: Int
    let uptakeFlux: Double
    /// Substrate taken up at `uptakeFlux` (positive).
    let uptake: Double
    var growth: Int?
    /// The product's drain column and the coefficient that turns its flux into release.
    var release: (column: Int, coefficient: Double)
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

    /// This question with its reactions (model positions) replaced by their columns in
    /// `network`'s LP; `nil` when one is not a column of its own there.
    func placed(in network: EvaluationNetwork) -> YieldQuestion? {
        guard let substrate = network.columns[substrateColumn], let drain = network.columns[release.column] else { return nil }
        var placed = self
        placed.substrateColumn = substrate
        placed.release.column = drain
        if let growth {
            guard let column = network.columns[growth] else { return nil }
            placed.growth = column
        }
        return placed
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
