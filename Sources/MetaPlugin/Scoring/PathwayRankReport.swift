/// What `metadesign pathway rank` prints: the ranked (chassis, route) pairs with the composite
/// and every raw component next to it, then the pairs that could not be evaluated.
public struct PathwayRankReport: Sendable {
    /// A pair that could not be evaluated or scored, with why.
    public struct Skipped: Sendable, Hashable {
        /// The chassis id.
        public var chassis: String
        /// The pathway id.
        public var pathway: String
        /// The evaluation status (`unresolved_metabolites`, `invalid`, …).
        public var status: String
        /// The message.
        public var message: String

        /// A skipped pair from its parts.
        public init(chassis: String, pathway: String, status: String, message: String) {
            self.chassis = chassis
            self.pathway = pathway
            self.status = status
            self.message = message
        }
    }

    /// The raw columns shown, in order: key, header, unit.
    public static let columns: [(key: String, header: String, unit: String)] = [
        ("max_theoretical_yield", "Ymax", "mol/mol"), ("max_achievable_yield", "Yach", "mol/mol"),
        ("carbon_yield", "Ycarbon", "C-mol/C-mol"), ("protein_cost", "protein cost", "g/gDW per mmol/gDW/h"),
        ("rate_under_budget", "rate@budget", "mmol/gDW/h"), ("mdf", "MDF", "kJ/mol"), ("host_fit", "host fit", "0–1"),
        ("heterologous_steps", "steps", "count"), ("kinetic_coverage", "kcat cov.", "fraction"),
        ("thermo_coverage", "ΔG°' cov.", "fraction"),
    ]

    /// The product asked for.
    public var product: String
    /// Substrate and aeration.
    public var condition: ChassisCondition
    /// The weights used.
    public var weights: [String: Double]
    /// The ranking.
    public var ranked: [PathwayRanking.Ranked]
    /// The pairs left out.
    public var skipped: [Skipped]

    /// A report from its parts.
    public init(product: String, condition: ChassisCondition, weights: [String: Double], ranked: [PathwayRanking.Ranked], skipped: [Skipped]) {
        self.product = product
        self.condition = condition
        self.weights = weights
        self.ranked = ranked
        self.skipped = skipped
    }

    private static func value(_ candidate: PathwayRanking.Candidate, _ key: String) -> Double? {
        candidate.metrics.first { $0.key == key }?.value
    }

    private static func cell(_ value: Double?, digits: Int = 3) -> String {
        guard let value, value.isFinite else { return "—" }
        if value != 0, abs(value) < 1e-3 { return scientific(value) }
        return String(Double(Int((value * pow10(digits)).rounded())) / pow10(digits))
    }

    private static func pow10(_ digits: Int) -> Double { (0..<digits).reduce(1) { value, _ in value * 10 } }

    private static func scientific(_ value: Double) -> String {
        var exponent = 0
        var mantissa = abs(value)
        while mantissa < 1 { mantissa *= 10; exponent -= 1 }
        while mantissa >= 10 { mantissa /= 10; exponent += 1 }
        let rounded = Double(Int((mantissa * 100).rounded())) / 100
        return (value < 0 ? "-" : "") + "\(rounded)e\(exponent)"
    }

    /// Whether the route makes more product carbon than the substrate supplies
    /// (``CarbonYield/exceedsFeed(_:)``: fixed CO2, or other medium carbon such as the amino
    /// acids of L. plantarum's medium).
    public static func exceedsSubstrateCarbon(_ candidate: PathwayRanking.Candidate) -> Bool {
        CarbonYield.exceedsFeed(value(candidate, "carbon_yield"))
    }

    /// A terminal report: rank, chassis, pathway, composite, raw components (carbon yields above
    /// 1 starred and explained), then the skipped pairs.
    public func table() -> String {
        let substrate = condition.substrates.first?.name ?? "default substrate"
        let used = weights.filter { $0.value > 0 }.sorted { $0.key < $1.key }.map { "\($0.key)=\(formatFlux($0.value))" }
        var lines = ["Routes to \(product) (\(substrate), \(condition.aeration.rawValue)); composite = weighted mean of min–max normalised components",
                     "weights: \(used.joined(separator: ", "))", ""]
        let rows = ranked.enumerated().map { index, entry in
            [String(index + 1), entry.candidate.chassis, entry.candidate.pathway, Self.cell(entry.score)]
                + Self.columns.map { column in
                    let cell = Self.cell(Self.value(entry.candidate, column.key))
                    return column.key == "carbon_yield" && Self.exceedsSubstrateCarbon(entry.candidate) ? cell + "*" : cell
                }
        }
        lines.append(TextTable(headers: ["#", "chassis", "pathway", "score"] + Self.columns.map(\.header),
                               rows: rows, rightAligned: Set(3..<(4 + Self.columns.count))).rendered())
        lines.append("units: " + Self.columns.map { "\($0.header) \($0.unit)" }.joined(separator: "; ")
                     + "; — = unknown (left out of that row's mean)")
        if ranked.contains(where: { Self.exceedsSubstrateCarbon($0.candidate) }) {
            lines.append("* more product carbon than the substrate supplies: the rest is fixed CO2 (real for succinate's "
                         + "reductive branch) or other medium components such as amino acids (then the substrate yield overstates the route)")
        }
        if !skipped.isEmpty {
            lines += ["", "not evaluated:"]
            lines += skipped.map { pair in
                let message = pair.message.count > 150 ? String(pair.message.prefix(149)) + "…" : pair.message
                return "  \(pair.chassis) × \(pair.pathway): \(pair.status)" + (message.isEmpty ? "" : " — \(message)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// JSON: `product`, `weights`, `ranking` (rank, chassis, pathway, score, components with raw
    /// and normalised values, `exceeds_substrate_carbon`, notes) and `skipped`.
    public func json() -> JSONText {
        func number(_ value: Double?) -> JSONText { value.map(JSONText.number) ?? .null }
        let ranking = ranked.enumerated().map { index, entry in
            JSONText.object([
                ("rank", .integer(index + 1)), ("chassis", .string(entry.candidate.chassis)), ("pathway", .string(entry.candidate.pathway)),
                ("score", number(entry.score)),
                ("components", .object(entry.candidate.metrics.map { metric in
                    (metric.key, .object([("value", number(metric.value)), ("normalised", number(entry.normalised[metric.key])),
                                          ("weight", number(weights[metric.key])), ("higher_is_better", .bool(metric.higherIsBetter))]))
                })),
                ("exceeds_substrate_carbon", .bool(Self.exceedsSubstrateCarbon(entry.candidate))),
                ("notes", .array(entry.candidate.notes.map(JSONText.string))),
            ])
        }
        return .object([
            ("product", .string(product)), ("substrate", condition.substrates.first.map { .string($0.name) } ?? .null),
            ("aeration", .string(condition.aeration.rawValue)),
            ("weights", .object(weights.sorted { $0.key < $1.key }.map { ($0.key, .number($0.value)) })),
            ("ranking", .array(ranking)),
            ("skipped", .array(skipped.map { .object([("chassis", .string($0.chassis)), ("pathway", .string($0.pathway)),
                                                      ("status", .string($0.status)), ("message", .string($0.message))]) })),
        ])
    }

    /// CSV: one row per pair (ranked first, then skipped with empty numbers): the raw columns,
    /// then `norm_<key>` (0…1) for every weighted key, so that `score` = Σ wᵢ·normᵢ / Σ wᵢ over
    /// the non-empty `norm_` cells can be checked from the file alone (weights in `--weights`
    /// or ``PathwayRanking/defaultWeights``).
    public func csv() -> String {
        let weighted = weights.filter { $0.value > 0 }.map(\.key).sorted()
        var lines = [(["rank", "chassis", "pathway", "score"] + Self.columns.map(\.key) + weighted.map { "norm_" + $0 } + ["status"])
            .joined(separator: ",")]
        for (index, entry) in ranked.enumerated() {
            let labels: [String] = [String(index + 1), csvField(entry.candidate.chassis), csvField(entry.candidate.pathway),
                                    entry.score.map(csvNumber) ?? ""]
            let raw: [String] = Self.columns.map { Self.value(entry.candidate, $0.key).map(csvNumber) ?? "" }
            let normalised: [String] = weighted.map { entry.normalised[$0].map(csvNumber) ?? "" }
            lines.append((labels + raw + normalised + ["optimal"]).joined(separator: ","))
        }
        let blanks = [String](repeating: "", count: Self.columns.count + weighted.count)
        for pair in skipped {
            let labels: [String] = ["", csvField(pair.chassis), csvField(pair.pathway), ""]
            lines.append((labels + blanks + [csvField(pair.status)]).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
