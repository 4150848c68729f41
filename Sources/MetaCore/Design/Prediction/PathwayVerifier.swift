/// Checks a reaction set by plain FBA in the chassis: how much product it makes, the
/// maximum theoretical yield on the substrate, and that it makes nothing from nothing.
///
/// "Maximum theoretical yield" follows `Yield.maximum`: substrate uptake fixed at its bound,
/// growth free, every other bound (ATP maintenance included) as the chassis has it. The
/// free-lunch test closes every uptake and every forced flux and requires that neither the
/// product nor (when a maintenance reaction is named) ATP can then be made; the ATP part is
/// skipped when the chassis alone already fails it, so the test blames only the pathway.
struct PathwayVerifier: Sendable {
    /// The chassis with the product's uptake closed and the demand reaction added.
    let host: Model
    /// The demand reaction releasing the product.
    let demand: String
    /// The substrate exchange the yields are per.
    let substrate: String?
    /// The ATP maintenance reaction to test for free ATP, when the chassis alone passes.
    let maintenance: String?
    /// Solver settings for the LPs.
    let settings: SolverSettings

    /// Flux below this counts as zero.
    static let threshold = 1e-6

    init(host: Model, demand: String, substrate: String?, maintenance: String?, settings: SolverSettings) throws(PredictionError) {
        self.host = host
        self.demand = demand
        self.substrate = substrate
        self.settings = settings
        if let maintenance, host.index(ofReaction: maintenance) != nil {
            let alone = try Self.maximum(maintenance, in: Self.closed(host), settings: settings)
            self.maintenance = alone <= Self.threshold ? maintenance : nil
        } else {
            self.maintenance = nil
        }
    }

    /// The chassis with `reactions` (and the metabolites they need) added.
    func model(with reactions: [Reaction], newMetabolites: [Metabolite]) throws(PredictionError) -> Model {
        do {
            return try host.adding(metabolites: newMetabolites, reactions: reactions)
        } catch {
            throw .model(error)
        }
    }

    /// The maximum product flux of the chassis with `reactions` (growth free, substrate at its bound).
    func productFlux(with reactions: [Reaction], newMetabolites: [Metabolite]) throws(PredictionError) -> Double {
        try Self.maximum(demand, in: model(with: reactions, newMetabolites: newMetabolites), settings: settings)
    }

    /// Verifies `reactions`: yields when a substrate is given, else the maximum product flux; then the free-lunch test.
    func verify(_ reactions: [Reaction], newMetabolites: [Metabolite]) throws(PredictionError) -> PathwayVerification {
        let extended = try model(with: reactions, newMetabolites: newMetabolites)
        var verification: PathwayVerification
        if let substrate {
            let result: YieldResult
            do {
                result = try Yield.maximum(extended, product: demand, substrate: substrate, settings: settings)
            } catch {
                throw Self.translate(error, substrate: substrate)
            }
            verification = PathwayVerification(
                status: .verified, productFlux: result.productFlux, molarYield: result.molar, carbonYield: result.carbon,
                massYield: result.mass)
        } else {
            verification = PathwayVerification(status: .verified, productFlux: try Self.maximum(demand, in: extended, settings: settings))
        }
        guard let flux = verification.productFlux, flux > Self.threshold else {
            verification.status = .notVerified
            return verification
        }
        let closed = Self.closed(extended)
        let fromNothing = try Self.maximum(demand, in: closed, settings: settings)
        if fromNothing > Self.threshold {
            verification.status = .freeLunch
            verification.freeLunch = "makes the product with every uptake closed (\(formatFlux(fromNothing)))"
        } else if let maintenance, case let atp = try Self.maximum(maintenance, in: closed, settings: settings), atp > Self.threshold {
            verification.status = .freeLunch
            verification.freeLunch = "makes ATP from nothing (\(maintenance) up to \(formatFlux(atp)) with every uptake closed)"
        }
        return verification
    }

    /// `model` with every uptake closed and every forced flux released.
    static func closed(_ model: Model) -> Model {
        var copy = model
        for reaction in model.reactions {
            // Forced fluxes (ATP maintenance's lower bound) are released: 0 must be allowed.
            var lower = min(reaction.lowerBound, 0)
            var upper = max(reaction.upperBound, 0)
            if reaction.isBoundary, let coefficient = reaction.stoichiometry.values.first {
                // Uptake runs the boundary reaction in the direction that makes its metabolite.
                if coefficient < 0 { lower = 0 } else { upper = 0 }
            }
            if lower != reaction.lowerBound || upper != reaction.upperBound {
                // Cannot fail: the reaction exists and lower ≤ 0 ≤ upper.
                try? copy.setBounds(ofReaction: reaction.id, lower: lower, upper: upper)
            }
        }
        return copy
    }

    /// The largest flux through `reaction` in `model`; 0 when the model is infeasible.
    static func maximum(_ reaction: String, in model: Model, settings: SolverSettings) throws(PredictionError) -> Double {
        let result: FBAResult
        do {
            result = try FBA.optimize(model, objective: .reaction(reaction), settings: settings)
        } catch {
            throw .solver(error)
        }
        switch result.status {
        case .optimal: return result.objectiveValue ?? 0
        case .infeasible: return 0
        case .unbounded: return .infinity
        default: throw .solver(SolverError(status: result.status))
        }
    }

    private static func translate(_ error: EnvelopeError, substrate: String) -> PredictionError {
        switch error {
        case .solver(let solverError): return .solver(solverError)
        default: return .invalidSubstrate(substrate, reason: "\(error)")
        }
    }
}

extension SolverError {
    /// The error matching a non-optimal status (limits and failures).
    init(status: SolverStatus) {
        switch status {
        case .infeasible: self = .infeasible
        case .unbounded: self = .unbounded
        case .timeLimit: self = .timeLimit
        case .iterationLimit: self = .iterationLimit
        default: self = .numericalFailure("FBA ended with status \(status.rawValue)")
        }
    }
}
