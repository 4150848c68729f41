/// Proposes the shortest sets of universal-model reactions that let a chassis make a product
/// it cannot make, each checked by FBA and ranked by yield — the method of cameo's
/// `PathwayPredictor`.
///
/// Method: the chassis is extended with every candidate reaction of the universe (see
/// `UniverseCandidates`) and a demand reaction for the product, which must carry at least
/// `minimumProduction`. Each candidate k gets a binary y_k with `lb_k·y_k ≤ v_k ≤ ub_k·y_k`,
/// and the MILP minimises Σ y (`PredictionProblem`). Each optimum S is checked by plain FBA
/// on chassis + S (`PathwayVerifier`: maximum theoretical yield, no free lunch) and then
/// forbidden with an integer cut, so the next solve finds the next-shortest set. The search
/// stops after `alternatives` verified pathways, when no set of at most `maximumSteps`
/// reactions is left, or when `timeLimit` seconds are spent; a MILP cut short by the time
/// limit still yields its best set, reduced to a minimal one and marked not proven shortest.
///
/// ```swift
/// let predictor = try PathwayPredictor(host: iML1515, universes: [universe])
/// let prediction = try predictor.predict(product: "13ppd", substrate: "EX_glc__D_e")
/// for pathway in prediction.verified { print(pathway.steps, pathway.verification.molarYield ?? 0) }
/// ```
public struct PathwayPredictor: Sendable {
    /// The chassis model, configured (medium, aeration) as the predictions should assume.
    public let host: Model
    /// The ids of the universal models.
    public let universes: [String]
    /// The universe reactions the chassis could gain, and why the others were left out.
    public let candidates: UniverseCandidates

    /// Prepares a predictor; the candidates do not depend on the product and are reused.
    public init(host: Model, universes: [Model]) throws(PredictionError) {
        self.host = host
        self.universes = universes.map(\.id)
        candidates = try UniverseCandidates(host: host, universes: universes)
    }

    /// Predicts pathways to `query` (a base id such as `13ppd`, a full id, or a name).
    ///
    /// - Parameters:
    ///   - substrate: The exchange reaction yields are per (`EX_glc__D_e`); `nil` reports fluxes only.
    ///   - progress: Called with a line of text as each pathway is found.
    /// - Throws: `PredictionError` when the product is unknown or already made, the chassis is
    ///   infeasible, the substrate cannot be taken up, or the solver fails.
    public func predict(
        product query: String, substrate: String? = nil, settings: PredictionSettings = PredictionSettings(),
        progress: ((String) -> Void)? = nil
    ) throws(PredictionError) -> PathwayPrediction {
        try settings.validate()
        let clock = ContinuousClock()
        let start = clock.now
        func elapsed() -> Double { (clock.now - start).secondsValue }
        let product = try ProductTarget.resolve(query, host: host, candidates: candidates)
        let prepared = try PreparedChassis(host: host, product: product, bigM: candidates.bigM, settings: settings.solver)
        if let substrate { try Self.checkSubstrate(substrate, in: prepared.model) }
        let pool = CandidatePool(candidates: candidates, prepared: prepared, product: product, pruneDeadEnds: settings.pruneDeadEnds)
        var problem = try PredictionProblem(
            host: prepared.model, candidates: pool.reactions, newMetabolites: pool.newMetabolites, demand: prepared.demand,
            minimumProduction: settings.minimumProduction, maximumSteps: settings.maximumSteps)
        let verifier = try PathwayVerifier(
            host: prepared.model, demand: prepared.demand, substrate: substrate, maintenance: settings.maintenanceReaction,
            settings: settings.solver)
        var found: [PredictedPathway] = []
        var stop = PathwayPrediction.StopReason.exhausted
        var bound: Double?
        search: while found.count(where: { $0.status == .verified }) < settings.alternatives {
            let remaining = settings.timeLimit - elapsed()
            guard remaining > 0.01 else { stop = .timeLimit; break }
            var solverSettings = settings.solver
            solverSettings.timeLimit = remaining
            switch try problem.solve(settings: solverSettings) {
            case .exhausted:
                stop = .exhausted
                break search
            case .timeLimit(let proven):
                stop = .timeLimit
                bound = proven
                break search
            case .found(let chosen, let proven):
                guard !chosen.isEmpty else {
                    throw .productAlreadyMade(product.metabolite.id, maximumFlux: settings.minimumProduction)
                }
                let set = proven ? chosen : try minimalSubset(chosen, pool: pool, verifier: verifier, settings: settings)
                problem.exclude(set)
                let reactions = set.map { pool.reactions[$0] }
                let metabolites = pool.newMetabolites(of: reactions)
                let pathway = PredictedPathway(
                    rank: 0, discovery: found.count + 1, reactions: reactions,
                    newMetabolites: product.isNew ? metabolites + [product.metabolite] : metabolites,
                    chargeImbalances: pool.chargeImbalances(of: set), provenShortest: proven,
                    verification: try Self.check(reactions, newMetabolites: metabolites, with: verifier), foundAfter: elapsed())
                found.append(pathway)
                progress?(Self.describe(pathway))
            }
        }
        if found.count(where: { $0.status == .verified }) >= settings.alternatives { stop = .alternativesFound }
        return PathwayPrediction(
            chassis: host.id, universes: universes, product: product, demandReaction: prepared.demand, substrate: substrate,
            settings: settings, candidateCount: pool.reactions.count, excluded: pool.excluded,
            productMakers: pool.producers(of: product.metabolite.id), pathways: Self.ranked(found),
            stopReason: stop, boundAtStop: bound, elapsed: elapsed())
    }

    /// Verifies one pathway; a solver that fails on it marks it not verified instead of ending the search.
    private static func check(
        _ reactions: [Reaction], newMetabolites: [Metabolite], with verifier: PathwayVerifier
    ) throws(PredictionError) -> PathwayVerification {
        do {
            return try verifier.verify(reactions, newMetabolites: newMetabolites)
        } catch .solver(let error) {
            return PathwayVerification(status: .notVerified, productFlux: nil, freeLunch: nil, note: "the FBA check failed: \(error)")
        }
    }

    /// Drops reactions of an unproven set one by one while the rest still reach the minimum production.
    func minimalSubset(
        _ chosen: [Int], pool: CandidatePool, verifier: PathwayVerifier, settings: PredictionSettings
    ) throws(PredictionError) -> [Int] {
        var set = chosen
        for position in chosen where set.count > 1 {
            let rest = set.filter { $0 != position }
            let reactions = rest.map { pool.reactions[$0] }
            let flux = try verifier.productFlux(with: reactions, newMetabolites: pool.newMetabolites(of: reactions))
            if flux >= settings.minimumProduction * (1 - 1e-6) { set = rest }
        }
        return set
    }

    /// Verified pathways first, by yield (or flux) then fewer steps then discovery; the rest by discovery.
    static func ranked(_ pathways: [PredictedPathway]) -> [PredictedPathway] {
        func score(_ pathway: PredictedPathway) -> Double { pathway.verification.molarYield ?? pathway.verification.productFlux ?? 0 }
        let sorted = pathways.sorted { a, b in
            let (aVerified, bVerified) = (a.status == .verified, b.status == .verified)
            if aVerified != bVerified { return aVerified }
            if aVerified {
                let (scoreA, scoreB) = (score(a), score(b))
                if abs(scoreA - scoreB) > 1e-9 { return scoreA > scoreB }
                if a.steps != b.steps { return a.steps < b.steps }
            }
            return a.discovery < b.discovery
        }
        return sorted.enumerated().map { index, pathway in
            var ranked = pathway
            ranked.rank = index + 1
            return ranked
        }
    }

    private static func checkSubstrate(_ id: String, in model: Model) throws(PredictionError) {
        guard let reaction = model.reaction(id) else { throw .invalidSubstrate(id, reason: "is not a reaction of the chassis") }
        guard reaction.isBoundary, let coefficient = reaction.stoichiometry.values.first else {
            throw .invalidSubstrate(id, reason: "is not an exchange (boundary) reaction")
        }
        let uptake = coefficient < 0 ? reaction.lowerBound : reaction.upperBound
        guard uptake.isFinite, uptake * coefficient > 0 else {
            throw .invalidSubstrate(id, reason: "has no finite uptake bound")
        }
    }

    private static func describe(_ pathway: PredictedPathway) -> String {
        let ids = pathway.reactions.map(\.id).joined(separator: ", ")
        let yield = pathway.verification.molarYield.map { ", yield \(formatFlux($0)) mol/mol" } ?? ""
        return "pathway \(pathway.discovery): \(pathway.steps) step(s) [\(ids)] \(pathway.status.rawValue)\(yield) after \(formatFlux(pathway.foundAfter)) s"
    }
}

extension Duration {
    /// The duration in seconds.
    var secondsValue: Double {
        let (seconds, attoseconds) = components
        return Double(seconds) + Double(attoseconds) * 1e-18
    }
}
