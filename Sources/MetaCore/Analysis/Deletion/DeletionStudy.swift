/// The growth (objective value) after one deletion.
public struct DeletionOutcome: Hashable, Sendable {
    /// The knocked-out genes or reactions (one, or two for double deletions).
    public var ids: [String]
    /// The optimum after the deletion; `nil` when not optimal (e.g. infeasible).
    public var growth: Double?
    /// The solver status.
    public var status: SolverStatus
    /// Whether the growth came from an LP (false when the wild-type optimum provably
    /// stands); deletions closing the same reactions share one LP.
    public var solved: Bool

    /// Creates an outcome.
    public init(ids: [String], growth: Double?, status: SolverStatus, solved: Bool) {
        self.ids = ids
        self.growth = growth
        self.status = status
        self.solved = solved
    }
}

/// The results of a deletion study, with COBRApy-style outputs.
public struct DeletionStudy: Sendable {
    /// Genes or reactions.
    public var target: DeletionTarget
    /// Whether the study was of pairs.
    public var double: Bool
    /// The wild-type optimum.
    public var wildTypeGrowth: Double
    /// One outcome per deletion, in input order.
    public var outcomes: [DeletionOutcome]
    /// How many LPs were solved (one per distinct set of closed reactions that carries flux).
    public var lpCount: Int

    /// Creates a study's results.
    public init(target: DeletionTarget, double: Bool, wildTypeGrowth: Double, outcomes: [DeletionOutcome], lpCount: Int) {
        self.target = target
        self.double = double
        self.wildTypeGrowth = wildTypeGrowth
        self.outcomes = outcomes
        self.lpCount = lpCount
    }

    /// Deletions whose growth falls below `fraction` of the wild type's (default 1%, as
    /// COBRApy's `find_essential_genes`), including infeasible ones.
    public func essential(belowFraction fraction: Double = 0.01) -> [DeletionOutcome] {
        outcomes.filter { outcome in
            guard let growth = outcome.growth else { return true }
            return growth < fraction * wildTypeGrowth
        }
    }

    /// CSV with header `ids,growth,status`; pairs as `a;b`; growth empty when not optimal.
    public func csv() -> String {
        var lines = ["ids,growth,status"]
        for outcome in outcomes {
            lines.append("\(csvField(outcome.ids.joined(separator: ";"))),\(outcome.growth.map(csvNumber) ?? ""),\(outcome.status.rawValue)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// JSON with the wild type, every outcome and the essential ids.
    public func json() -> JSONText {
        .object([
            ("target", .string(target.rawValue)),
            ("double", .bool(double)),
            ("wild_type_growth", .number(wildTypeGrowth)),
            ("lp_count", .integer(lpCount)),
            ("deletions", .array(outcomes.map { outcome in
                .object([("ids", .array(outcome.ids.map(JSONText.string))),
                         ("growth", outcome.growth.map(JSONText.number) ?? .null),
                         ("status", .string(outcome.status.rawValue))])
            })),
            ("essential", .array(essential().map { .string($0.ids.joined(separator: ";")) })),
        ])
    }

    /// A text report: the essential deletions first, then a summary.
    public func table() -> String {
        let essential = essential()
        var text = "\(outcomes.count) \(double ? "double" : "single") \(target.rawValue) deletions, wild-type optimum \(formatFlux(wildTypeGrowth)); \(lpCount) LPs solved\n"
        text += "\(essential.count) essential (growth < 1% of wild type or infeasible):\n\n"
        let rows = essential.map { [$0.ids.joined(separator: ";"), $0.growth.map(formatFlux) ?? "", $0.status.rawValue] }
        text += TextTable(headers: ["ids", "growth", "status"], rows: rows, rightAligned: [1]).rendered() + "\n"
        return text
    }
}
