import OrderedCollections

/// Whether an objective is to be made as large or as small as possible.
public enum OptimizationSense: String, Hashable, Sendable, Codable {
    /// Make the objective as large as possible.
    case maximize
    /// Make the objective as small as possible.
    case minimize
}

/// A linear objective over reaction fluxes: Σ coefficient × flux, maximised or minimised.
public struct Objective: Hashable, Sendable {
    /// Reaction id → coefficient. Usually one entry, the biomass reaction, with 1.
    public var coefficients: OrderedDictionary<String, Double>
    /// Maximise or minimise.
    public var sense: OptimizationSense

    /// Creates an objective.
    public init(coefficients: OrderedDictionary<String, Double> = [:], sense: OptimizationSense = .maximize) {
        self.coefficients = coefficients
        self.sense = sense
    }

    /// An objective that maximises (or minimises) the flux through one reaction.
    public static func reaction(_ id: String, sense: OptimizationSense = .maximize) -> Objective {
        Objective(coefficients: [id: 1], sense: sense)
    }

    /// The reaction when the objective is a single reaction (usually the biomass reaction), else `nil`.
    public var singleReaction: String? {
        coefficients.count == 1 ? coefficients.keys.first : nil
    }

    /// A short description such as `max BIOMASS_Ecoli_core_w_GAM` or `max 1*A + 0.5*B`.
    public var summary: String {
        let prefix = sense == .maximize ? "max" : "min"
        if coefficients.isEmpty { return "\(prefix) 0" }
        if coefficients.count == 1, let only = coefficients.elements.first, only.value == 1 {
            return "\(prefix) \(only.key)"
        }
        let terms = coefficients.map { "\(formatNumber($0.value))*\($0.key)" }
        return "\(prefix) " + terms.joined(separator: " + ")
    }
}
