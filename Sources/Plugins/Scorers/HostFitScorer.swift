import MetaPlugin

/// How well a chassis suits a route, from its cited traits: a simple, documented average of
/// four sub-scores in 0…1, each shown.
///
/// - `oxygen_fit`: 1 when the organism can live under the chosen aeration (0 for an obligate
///   aerobe run anaerobically, 0.5 for microaerobic).
/// - `acid_tolerance`: for acid products (succinate, malate, lactate, 3-HP, itaconate,
///   glutarate, FDCA) 1 when the host grows at pH ≤ 4 (low-pH fermentation saves neutralising
///   base and downstream acidification), 0.5 otherwise; 1 for neutral products.
/// - `genetic_tools`: extensive 1, established 0.7, limited 0.4.
/// - `food_grade`: 1 for GRAS/QPS hosts, 0.5 otherwise (matters for food and feed products).
public struct HostFitScorer: EnzymeScorer {
    /// Product ids (without compartment) counted as organic acids.
    public static let acidProducts: Set<String> = ["succ", "mal__L", "lac__L", "lac__D", "3hpp", "itacon", "glutar", "fdca"]

    /// The scorer, ready to register.
    public init() {}

    /// `host-fit`.
    public let descriptor = PluginDescriptor(
        id: "host-fit", name: "Host fit", version: "1.0.0",
        summary: "Average of oxygen fit, acid tolerance (for acid products), genetic tools and food-grade status, from the chassis' cited traits.",
        kind: .scorer)

    /// Scores the chassis for the route; without a chassis profile every value is unknown.
    public func score(_ input: ScoringInput) throws -> ScoreCard {
        guard let chassis = input.chassis else {
            return ScoreCard(scorer: descriptor.id, components: components(nil, nil, nil, nil),
                             notes: ["no chassis profile: host traits unknown"])
        }
        let traits = chassis.traits
        let oxygen: Double
        switch (input.condition.aeration, traits.oxygen.value) {
        case (.anaerobic, .obligateAerobe): oxygen = 0
        case (.microaerobic, .obligateAerobe): oxygen = 0.5
        default: oxygen = 1
        }
        let acid = Self.acidProducts.contains(input.pathway.product.id) ? (traits.pH.value.lowerBound <= 4 ? 1 : 0.5) : 1
        let tools: Double = switch traits.geneticTools.value {
        case .extensive: 1
        case .established: 0.7
        case .limited: 0.4
        }
        let status = traits.safetyStatus.value.uppercased()
        let food: Double = status.contains("GRAS") || status.contains("QPS") ? 1 : 0.5
        return ScoreCard(
            scorer: descriptor.id, components: components(oxygen, acid, tools, food),
            notes: ["traits: \(traits.oxygen.value.rawValue), pH \(traits.pH.value.lowerBound)–\(traits.pH.value.upperBound), tools \(traits.geneticTools.value.rawValue)"])
    }

    private func components(_ oxygen: Double?, _ acid: Double?, _ tools: Double?, _ food: Double?) -> [ScoreComponent] {
        let parts = [oxygen, acid, tools, food].compactMap { $0 }
        let total = parts.count == 4 ? parts.reduce(0, +) / 4 : nil
        return [
            ScoreComponent(key: "host_fit", value: total, unit: "0–1", higherIsBetter: true,
                           meaning: "mean of oxygen fit, acid tolerance, genetic tools and food-grade status"),
            ScoreComponent(key: "oxygen_fit", value: oxygen, unit: "0–1", higherIsBetter: true,
                           meaning: "whether the organism lives under the chosen aeration"),
            ScoreComponent(key: "acid_tolerance", value: acid, unit: "0–1", higherIsBetter: true,
                           meaning: "for acid products, whether the host grows at pH ≤ 4"),
            ScoreComponent(key: "genetic_tools", value: tools, unit: "0–1", higherIsBetter: true,
                           meaning: "maturity of the host's genetic toolbox"),
            ScoreComponent(key: "food_grade", value: food, unit: "0–1", higherIsBetter: true,
                           meaning: "GRAS/QPS status of the host"),
        ]
    }
}
