import OrderedCollections

/// The "charging" of a cofactor written as a pseudo-reaction in BiGG ids — ATP from ADP,
/// NADH from NAD⁺ — used to ask how much a model values one more unit of the cofactor
/// (limiting cofactors) and whether it can make the cofactor from nothing (free-lunch check).
public struct CofactorTransformation: Sendable, Hashable {
    /// The cofactor's short name (`ATP`, `NADH`).
    public var name: String
    /// The pseudo-reaction in pathway-file references, charging direction.
    public var stoichiometry: OrderedDictionary<MetaboliteReference, Double>

    /// A transformation from its name and COBRApy-style equation; `nil` if the equation does not parse.
    public init?(name: String, equation: String) {
        guard let parsed = try? ReactionEquation.parse(equation) else { return nil }
        self.name = name
        self.stoichiometry = parsed.stoichiometry
    }

    /// ATP, NADH, NADPH, ubiquinol-8 and menaquinol-8 in the cytosol.
    public static let standard: [CofactorTransformation] = [
        CofactorTransformation(name: "ATP", equation: "adp_c + pi_c + h_c --> atp_c + h2o_c"),
        CofactorTransformation(name: "NADH", equation: "nad_c + h_c --> nadh_c"),
        CofactorTransformation(name: "NADPH", equation: "nadp_c + h_c --> nadph_c"),
        CofactorTransformation(name: "ubiquinol", equation: "q8_c + 2 h_c --> q8h2_c"),
        CofactorTransformation(name: "menaquinol", equation: "mqn8_c + 2 h_c --> mql8_c"),
    ].compactMap { $0 }

    /// The pseudo-reaction in model ids, or `nil` when a metabolite is not found in the model.
    public func resolved(by resolver: MetaboliteResolver) -> OrderedDictionary<String, Double>? {
        var result: OrderedDictionary<String, Double> = [:]
        for (reference, coefficient) in stoichiometry {
            guard case .found(let resolution) = resolver.resolve(reference) else { return nil }
            result[resolution.metabolite, default: 0] += coefficient
        }
        return result
    }

    /// The charged form's model id (the metabolite produced other than water and protons),
    /// for reports.
    public func chargedMetabolite(by resolver: MetaboliteResolver) -> String? {
        let charged = stoichiometry.first { $0.value > 0 && !["h2o", "h"].contains($0.key.id) }?.key
        guard let charged, case .found(let resolution) = resolver.resolve(charged) else { return nil }
        return resolution.metabolite
    }
}
