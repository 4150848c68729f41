/// Why a pathway prediction could not run.
///
/// Every case names what to do about it; `description` is one line.
public enum PredictionError: Error, Sendable, CustomStringConvertible {
    /// The product is in neither the chassis nor the universal model; `suggestions` lists
    /// metabolite ids whose id or name resembles the query.
    case productNotFound(String, tried: [String], suggestions: [String])
    /// The chassis already makes the product without new reactions (the demand's maximum flux).
    case productAlreadyMade(String, maximumFlux: Double)
    /// The universal model shares no metabolite ids with the chassis, so nothing can be connected.
    case noSharedMetabolites(universe: String)
    /// The chassis model, as configured, has no feasible flux distribution.
    case chassisInfeasible(SolverStatus)
    /// A substrate exchange named for the yields is missing or cannot take anything up.
    case invalidSubstrate(String, reason: String)
    /// A setting is out of range.
    case invalidSettings(String)
    /// Building a model from the chassis and the chosen reactions failed.
    case model(ModelError)
    /// The solver failed in a way no fallback recovered.
    case solver(SolverError)

    /// A one-line message that says what went wrong and what to do.
    public var description: String {
        switch self {
        case .productNotFound(let query, let tried, let suggestions):
            let hint = suggestions.isEmpty ? "" : "; similar: " + suggestions.joined(separator: ", ")
            return "product '\(query)' is in neither the chassis nor the universal model (tried \(tried.joined(separator: ", ")))\(hint); "
                + "give a metabolite id such as 13ppd, or add a universe file that contains it (--universe, repeatable)"
        case .productAlreadyMade(let product, let flux):
            return "the chassis already makes \(product) (up to \(flux) mmol/gDW/h) without new reactions; "
                + "use `yield` or `envelope` on its own exchange or demand instead"
        case .noSharedMetabolites(let universe):
            return "the universal model '\(universe)' shares no metabolite ids with the chassis; "
                + "prediction needs one namespace (BiGG ids such as glc__D_c)"
        case .chassisInfeasible(let status):
            return "the chassis model is \(status.rawValue) before anything is added: check the medium, bounds and knockouts"
        case .invalidSubstrate(let id, let reason):
            return "substrate '\(id)' \(reason): give an exchange reaction that is open for uptake"
        case .invalidSettings(let detail):
            return "invalid prediction settings: \(detail)"
        case .model(let error):
            return "could not build the extended model: \(error)"
        case .solver(let error):
            return "the solver failed: \(error)"
        }
    }
}
