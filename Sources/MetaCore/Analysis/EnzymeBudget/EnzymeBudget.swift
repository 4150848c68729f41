/// Production under a protein budget (sMOMENT-style, for the enzymes of a pathway).
///
/// Each listed reaction's flux is limited by the amount of its enzyme, |v_i| ≤ kcat_i · E_i,
/// and the enzymes share a budget Σ MW_i · E_i ≤ P (g protein per gDW). With c_i = MW_i /
/// (3600 kcat_i) that is one extra row, Σ c_i |v_i| ≤ P, added to the flux-balance LP with an
/// auxiliary column t_i ≥ |v_i| per enzyme reaction. Reactions without enzyme data are not
/// limited (the chassis' own enzymes are outside this budget).
///
/// Two LPs are solved: the maximum product rate under the budget (growth free or held at a
/// fraction of its maximum under the same budget), then the least protein that achieves that
/// rate — so the reported protein cost does not depend on which optimal vertex GLPK returns.
public enum EnzymeBudget {
    /// The maximum production rate of `product` (an exchange) under a protein budget.
    ///
    /// - Parameters:
    ///   - budget: grams of pathway enzyme per gram dry weight (`.infinity` for none).
    ///   - growthFraction: require growth ≥ this fraction of its maximum under the budget; `nil` leaves growth free.
    ///   - startingBasis: a basis of `model`'s LP (its growth optimum, say) to start the first
    ///     solve from; the same optimum, found faster.
    /// - Throws: ``EnzymeBudgetError`` for unknown reactions, invalid kcat/MW or budget, or a solver failure.
    public static func maximizeProduct(
        _ model: Model, product: String, enzymes: [EnzymeCapacity], budget: Double,
        growthFraction: Double? = nil, growth: String? = nil, settings: SolverSettings = SolverSettings(),
        startingBasis: GLPKBasis? = nil
    ) throws(EnzymeBudgetError) -> EnzymeBudgetResult {
        guard budget > 0, !budget.isNaN else { throw .invalidBudget(budget) }
        guard let productColumn = model.index(ofReaction: product) else { throw .unknownReaction(product) }
        // Release per unit flux: +1 for `A_e -->`, −1 for an exchange written `<=> A_e` (iMA871).
        let productReaction = model.reactions[productColumn]
        let release = productReaction.isBoundary && (productReaction.stoichiometry.elements.first?.value ?? -1) > 0 ? -1.0 : 1.0
        for enzyme in enzymes {
            guard model.index(ofReaction: enzyme.reaction) != nil else { throw .unknownReaction(enzyme.reaction) }
            guard enzyme.isValid else { throw .invalidEnzyme(enzyme.reaction, enzyme.enzyme) }
        }
        let problem = BudgetProblem(model: model, enzymes: enzymes, budget: budget)
        do {
            // One GLPK problem, each LP warm from the last optimum (which stays feasible):
            // growth, then product with growth floored, then least protein at that rate.
            let session = try GLPKSession(problem.lp, settings: settings)
            // The budget's columns and rows come after the model's, so a model basis extends.
            if let basis = startingBasis?.extended(toRows: session.rowCount, columns: session.columnCount) {
                try session.restoreBasis(basis, refactorize: true)
            }
            var growthReaction: String?
            var maximumGrowth: Double?
            if let growthFraction {
                guard (0...1).contains(growthFraction) else { throw EnzymeBudgetError.invalidGrowthFraction(growthFraction) }
                guard let id = growth ?? model.objective.singleReaction, let column = model.index(ofReaction: id) else {
                    throw EnzymeBudgetError.noGrowthReaction
                }
                try session.setObjective(problem.maximizing(column), sense: .maximize)
                let best = try session.solveReportingStatus()
                guard best.status == SolverStatus.optimal, let value = best.objectiveValue else {
                    return .notOptimal(best.status, product: product, budget: budget)
                }
                let bounds = problem.lp.columns[column]
                try session.setColumnBounds(column, lower: growthFraction * value, upper: bounds.upper)
                growthReaction = id
                maximumGrowth = value
            }
            try session.setObjective(problem.maximizing(productColumn, coefficient: release), sense: .maximize)
            let production = try session.solveReportingStatus()
            guard production.status == .optimal, let rate = production.objectiveValue else {
                return .notOptimal(production.status, product: product, budget: budget)
            }
            // The least protein achieving (almost exactly) that rate. GLPK's optimum can overshoot
            // the true one by its feasibility tolerance (2.5e-7 relative seen on iNF517 with
            // automatic scaling), making a floor just below it infeasible: loosen step by step.
            let bounds = problem.lp.columns[productColumn]
            try session.setObjective(problem.minimizingProtein(), sense: .minimize)
            var least: LPSolution?
            for slack in [1e-9, 1e-7, 1e-6] {
                let floor = (rate - slack * max(1, abs(rate))) / release
                try session.setColumnBounds(productColumn, lower: release > 0 ? floor : bounds.lower,
                                            upper: release > 0 ? bounds.upper : floor)
                let attempt = try session.solveReportingStatus()
                least = attempt
                if attempt.status == .optimal { break }
            }
            guard let least, least.status == .optimal else {
                return .notOptimal(least?.status ?? .infeasible, product: product, budget: budget)
            }
            return problem.result(product: product, rate: rate, fluxes: least.primal, growthReaction: growthReaction,
                                  maximumGrowth: maximumGrowth)
        } catch let error as EnzymeBudgetError {
            throw error
        } catch {
            throw .solver("\(error)")
        }
    }
}

/// The budget LP: the model's LP plus t_i ≥ |v_i| per enzyme reaction and the budget row.
struct BudgetProblem {
    let lp: LinearProgram
    let enzymes: [EnzymeCapacity]
    let budget: Double
    let model: Model
    private var auxiliaryColumns: [Int] = []
    private var costByReaction: [String: Double] = [:]

    init(model: Model, enzymes: [EnzymeCapacity], budget: Double) {
        self.model = model
        self.enzymes = enzymes
        self.budget = budget
        var lp = model.linearProgram()
        for column in lp.columns.indices { lp.columns[column].objective = 0 }
        // Several enzymes for one reaction: the cheapest one carries it (isozymes).
        for enzyme in enzymes {
            costByReaction[enzyme.reaction] = min(costByReaction[enzyme.reaction] ?? .infinity, enzyme.proteinCost)
        }
        var budgetRow: [(Int, Double)] = []
        for (reaction, cost) in costByReaction.sorted(by: { $0.key < $1.key }) {
            guard let flux = model.index(ofReaction: reaction) else { continue }
            let t = lp.addColumn(name: "protein_" + reaction, lower: 0, upper: .infinity)
            lp.addRow(name: "abs+_" + reaction, lower: 0, upper: .infinity, coefficients: [(t, 1), (flux, -1)])
            lp.addRow(name: "abs-_" + reaction, lower: 0, upper: .infinity, coefficients: [(t, 1), (flux, 1)])
            budgetRow.append((t, cost))
            auxiliaryColumns.append(t)
        }
        if budget.isFinite, !budgetRow.isEmpty {
            lp.addRow(name: "protein_budget", lower: -.infinity, upper: budget, coefficients: budgetRow)
        }
        self.lp = lp
    }

    /// Objective coefficients (one per column) that select `column`.
    func maximizing(_ column: Int, coefficient: Double = 1) -> [Double] {
        var coefficients = [Double](repeating: 0, count: lp.columns.count)
        coefficients[column] = coefficient
        return coefficients
    }

    /// Objective coefficients (one per column) whose value is the protein the enzymes use.
    func minimizingProtein() -> [Double] {
        var coefficients = [Double](repeating: 0, count: lp.columns.count)
        for (t, (_, cost)) in zip(auxiliaryColumns, costByReaction.sorted(by: { $0.key < $1.key })) {
            coefficients[t] = cost
        }
        return coefficients
    }

    func result(product: String, rate: Double, fluxes: [Double], growthReaction: String?, maximumGrowth: Double?) -> EnzymeBudgetResult {
        var steps: [EnzymeBudgetResult.Step] = []
        for (reaction, cost) in costByReaction.sorted(by: { $0.key < $1.key }) {
            guard let column = model.index(ofReaction: reaction) else { continue }
            let flux = fluxes[column]
            steps.append(.init(reaction: reaction, flux: flux, protein: cost * abs(flux)))
        }
        let used = steps.reduce(0) { $0 + $1.protein }
        let growth = growthReaction.flatMap(model.index(ofReaction:)).map { fluxes[$0] }
        return EnzymeBudgetResult(
            status: .optimal, product: product, budget: budget, productRate: rate, proteinUsed: used,
            proteinCostPerFlux: rate > 1e-9 ? used / rate : nil,
            steps: steps, dominantStep: steps.max { $0.protein < $1.protein }.flatMap { $0.protein > 0 ? $0.reaction : nil },
            budgetBinds: budget.isFinite && used >= budget * (1 - 1e-6),
            growthReaction: growthReaction, maximumGrowth: maximumGrowth, growth: growth)
    }
}
