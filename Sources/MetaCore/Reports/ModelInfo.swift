/// What `metadesign model info` reports about a model: sizes, compartments, objective,
/// exchanges and medium, reactions blocked by their bounds, and GPR statistics.
public struct ModelInfo: Sendable {
    /// Counts of reactions per GPR shape.
    public struct GPRStatistics: Hashable, Sendable {
        /// Reactions with a rule.
        public var withRule: Int
        /// Reactions without a rule (spontaneous, exchanges, or unknown enzymes).
        public var withoutRule: Int
        /// Rules that are a single gene.
        public var singleGene: Int
        /// Rules containing `and` (enzyme complexes).
        public var complexes: Int
        /// Rules containing `or` (isozymes).
        public var isozymes: Int
        /// The most genes in one rule.
        public var largestRule: Int
        /// Genes that no rule mentions.
        public var unusedGenes: Int
    }

    /// The model described.
    public let model: Model
    /// The medium: exchanges open for uptake (lower bound < 0), as (reaction id, lower bound).
    public let medium: [(reaction: String, lowerBound: Double)]
    /// Reactions with both bounds zero.
    public let blockedByBounds: [String]
    /// GPR statistics.
    public let gpr: GPRStatistics
    /// Metabolites per compartment, in compartment order.
    public let metabolitesPerCompartment: [(compartment: Compartment, count: Int)]
    /// The number of exchange reactions.
    public let exchangeCount: Int
    /// The number of boundary reactions (exchanges, sinks, demands).
    public let boundaryCount: Int
    /// Remarks the reader made while loading.
    public let warnings: [String]

    /// Gathers the information for `loaded`.
    public init(_ loaded: LoadedModel) {
        let model = loaded.model
        self.model = model
        warnings = loaded.warnings
        let exchanges = model.exchanges
        exchangeCount = exchanges.count
        boundaryCount = model.reactions.filter(\.isBoundary).count
        medium = exchanges.filter { $0.lowerBound < 0 }.map { ($0.id, $0.lowerBound) }
        blockedByBounds = model.reactionsBlockedByBounds.map(\.id)
        var perCompartment: [String: Int] = [:]
        for metabolite in model.metabolites { perCompartment[metabolite.compartment, default: 0] += 1 }
        metabolitesPerCompartment = model.compartments.map { ($0, perCompartment[$0.id] ?? 0) }
        gpr = Self.statistics(model)
    }

    private static func statistics(_ model: Model) -> GPRStatistics {
        var stats = GPRStatistics(withRule: 0, withoutRule: 0, singleGene: 0, complexes: 0, isozymes: 0,
                                  largestRule: 0, unusedGenes: 0)
        var used = Set<String>()
        for reaction in model.reactions {
            guard let rule = reaction.gpr else { stats.withoutRule += 1; continue }
            stats.withRule += 1
            let genes = rule.genes
            used.formUnion(genes)
            stats.largestRule = max(stats.largestRule, genes.count)
            let text = rule.description
            if case .gene = rule { stats.singleGene += 1 }
            if text.contains(" and ") { stats.complexes += 1 }
            if text.contains(" or ") { stats.isozymes += 1 }
        }
        stats.unusedGenes = model.genes.filter { !used.contains($0.id) }.count
        return stats
    }

    /// A human-readable report.
    public func text() -> String {
        var lines: [String] = []
        lines.append("Model \(model.id)" + (model.name.isEmpty || model.name == model.id ? "" : " (\(model.name))"))
        lines.append("  reactions \(model.reactions.count), metabolites \(model.metabolites.count), genes \(model.genes.count), compartments \(model.compartments.count)")
        lines.append("  nonzeros in S: \(model.stoichiometricMatrix.nonzeroCount)")
        lines.append("  objective: \(model.objective.summary)")
        lines.append("")
        lines.append("Compartments")
        let compartmentTable = TextTable(
            headers: ["id", "name", "metabolites"],
            rows: metabolitesPerCompartment.map { [$0.compartment.id, $0.compartment.name, String($0.count)] },
            rightAligned: [2])
        lines.append(compartmentTable.rendered())
        lines.append("")
        lines.append("Exchanges: \(exchangeCount) (boundary reactions: \(boundaryCount)); open for uptake: \(medium.count)")
        let mediumTable = TextTable(headers: ["exchange", "lower bound"],
                                    rows: medium.map { [$0.reaction, formatFlux($0.lowerBound)] },
                                    rightAligned: [1])
        lines.append(mediumTable.rendered())
        lines.append("")
        let blockedList = blockedByBounds.prefix(20).joined(separator: ", ")
        lines.append("Blocked by bounds (lb = ub = 0): \(blockedByBounds.count)" + (blockedByBounds.isEmpty ? "" : ": \(blockedList)\(blockedByBounds.count > 20 ? ", …" : "")"))
        lines.append("")
        lines.append("Gene–protein–reaction rules")
        lines.append("  reactions with a rule \(gpr.withRule), without \(gpr.withoutRule)")
        lines.append("  single gene \(gpr.singleGene), complexes (and) \(gpr.complexes), isozymes (or) \(gpr.isozymes)")
        lines.append("  largest rule \(gpr.largestRule) genes; genes in no rule \(gpr.unusedGenes)")
        if !warnings.isEmpty {
            lines.append("")
            lines.append("Reader warnings (\(warnings.count))")
            lines += warnings.prefix(20).map { "  \($0)" }
            if warnings.count > 20 { lines.append("  … \(warnings.count - 20) more") }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The same content as JSON.
    public func json() -> JSONText {
        .object([
            ("id", .string(model.id)),
            ("name", .string(model.name)),
            ("reactions", .integer(model.reactions.count)),
            ("metabolites", .integer(model.metabolites.count)),
            ("genes", .integer(model.genes.count)),
            ("nonzeros", .integer(model.stoichiometricMatrix.nonzeroCount)),
            ("compartments", .array(metabolitesPerCompartment.map {
                .object([("id", .string($0.compartment.id)), ("name", .string($0.compartment.name)),
                         ("metabolites", .integer($0.count))])
            })),
            ("objective", .object([
                ("sense", .string(model.objective.sense.rawValue)),
                ("coefficients", .object(model.objective.coefficients.map { ($0.key, .number($0.value)) })),
            ])),
            ("exchanges", .integer(exchangeCount)),
            ("boundary_reactions", .integer(boundaryCount)),
            ("medium", .object(medium.map { ($0.reaction, .number($0.lowerBound)) })),
            ("blocked_by_bounds", .array(blockedByBounds.map { .string($0) })),
            ("gpr", .object([
                ("with_rule", .integer(gpr.withRule)), ("without_rule", .integer(gpr.withoutRule)),
                ("single_gene", .integer(gpr.singleGene)), ("complexes", .integer(gpr.complexes)),
                ("isozymes", .integer(gpr.isozymes)), ("largest_rule", .integer(gpr.largestRule)),
                ("unused_genes", .integer(gpr.unusedGenes)),
            ])),
            ("warnings", .array(warnings.map { .string($0) })),
        ])
    }
}
