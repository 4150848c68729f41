import Foundation

/// What `metadesign enzyme score` prints: every scorer's components (value, unit, meaning),
/// the notes, and the route's enzymes with their cost coefficient, flux and protein at the
/// budget-limited optimum.
public struct EnzymeScoreReport: Sendable {
    /// One pathway step's enzyme at the optimum.
    public struct Step: Sendable, Hashable {
        /// The pathway step id.
        public var step: String
        /// The model reaction that carries it (differs when the step is native).
        public var reaction: String
        /// The enzyme's label (gene or EC).
        public var enzyme: String
        /// Turnover number (1/s), when known.
        public var kcat: Double?
        /// Molecular weight (kDa), when known.
        public var molecularWeight: Double?
        /// MW/(3600 kcat): g enzyme/gDW per mmol/gDW/h of flux.
        public var proteinCost: Double? {
            guard let kcat, let molecularWeight, kcat > 0 else { return nil }
            return molecularWeight / (3600 * kcat)
        }
        /// Flux at the least-protein optimum (mmol/gDW/h).
        public var flux: Double?
        /// Enzyme needed at that flux (g/gDW).
        public var protein: Double?

        /// A step row from its parts.
        public init(step: String, reaction: String, enzyme: String, kcat: Double?, molecularWeight: Double?, flux: Double?, protein: Double?) {
            self.step = step
            self.reaction = reaction
            self.enzyme = enzyme
            self.kcat = kcat
            self.molecularWeight = molecularWeight
            self.flux = flux
            self.protein = protein
        }
    }

    /// The chassis id.
    public var chassis: String
    /// The pathway id.
    public var pathway: String
    /// Substrate and aeration, for the header.
    public var condition: ChassisCondition
    /// The protein budget used (g/gDW).
    public var budget: Double
    /// The scorers' results.
    public var run: ScoringRun
    /// The enzyme table.
    public var steps: [Step]
    /// The candidate-enzyme comparison, when a candidates file was given.
    public var candidates: CandidateComparison?
    /// The protein-budget LP as data (JSON only), when it was solved.
    public var budgetProblem: EnzymeBudgetProblem?

    /// A report from its parts.
    public init(chassis: String, pathway: String, condition: ChassisCondition, budget: Double, run: ScoringRun,
                steps: [Step]) {
        self.chassis = chassis
        self.pathway = pathway
        self.condition = condition
        self.budget = budget
        self.run = run
        self.steps = steps
        self.candidates = nil
        self.budgetProblem = nil
    }

    private static func cell(_ value: Double?) -> String { value.map(formatFlux) ?? "—" }

    /// A terminal report.
    public func table() -> String {
        let substrate = condition.substrates.first?.name ?? "default substrate"
        var lines = ["Enzyme scores: \(pathway) in \(chassis) (\(substrate), \(condition.aeration.rawValue)); protein budget \(formatFlux(budget)) g/gDW", ""]
        let rows = run.cards.flatMap { card in
            card.components.map { [card.scorer, $0.key, Self.cell($0.value), $0.unit, $0.higherIsBetter ? "higher" : "lower", $0.meaning] }
        }
        lines.append(TextTable(headers: ["scorer", "component", "value", "unit", "better", "meaning"], rows: rows, rightAligned: [2]).rendered())
        let notes = run.cards.flatMap { card in card.notes.map { "  \(card.scorer): \($0)" } }
            + run.failures.map { "  \($0.scorer): FAILED — \($0.message)" }
        if !notes.isEmpty { lines += ["", "notes:"] + notes }
        if !steps.isEmpty {
            lines += ["", "enzymes at the budget-limited optimum (cost = MW/(3600·kcat), g/gDW per mmol/gDW/h):"]
            let stepRows = steps.map { step in
                [step.step, step.reaction == step.step ? "" : step.reaction, step.enzyme, Self.cell(step.kcat), Self.cell(step.molecularWeight),
                 step.proteinCost.map { String(format: "%.3e", $0) } ?? "—", Self.cell(step.flux), step.protein.map { String(format: "%.3e", $0) } ?? "—"]
            }
            lines.append(TextTable(headers: ["step", "model reaction", "enzyme", "kcat 1/s", "MW kDa", "cost", "flux", "protein g/gDW"],
                                   rows: stepRows, rightAligned: [3, 4, 5, 6, 7]).rendered())
        }
        if let candidates { lines += ["", candidates.table()] }
        return lines.joined(separator: "\n") + "\n"
    }

    /// JSON: `chassis`, `pathway`, `budget`, `components` (key, scorer, value, unit, higher_is_better, meaning),
    /// `notes`, `failures`, `steps`, `candidates` when given, and `budget_problem` (``EnzymeBudgetProblem``)
    /// when the budget LP was set up.
    public func json() -> JSONText {
        func value(_ number: Double?) -> JSONText { number.map(JSONText.number) ?? .null }
        let components = run.cards.flatMap { card in
            card.components.map { component in
                JSONText.object([("key", .string(component.key)), ("scorer", .string(card.scorer)), ("value", value(component.value)),
                                 ("unit", .string(component.unit)), ("higher_is_better", .bool(component.higherIsBetter)),
                                 ("meaning", .string(component.meaning))])
            }
        }
        let steps = steps.map { step in
            JSONText.object([("step", .string(step.step)), ("reaction", .string(step.reaction)), ("enzyme", .string(step.enzyme)),
                             ("kcat", value(step.kcat)), ("mw", value(step.molecularWeight)), ("protein_cost", value(step.proteinCost)),
                             ("flux", value(step.flux)), ("protein", value(step.protein))])
        }
        var fields: [(String, JSONText)] = [
            ("chassis", .string(chassis)), ("pathway", .string(pathway)),
            ("substrate", condition.substrates.first.map { .string($0.name) } ?? .null), ("aeration", .string(condition.aeration.rawValue)),
            ("budget", .number(budget)), ("components", .array(components)),
            ("notes", .array(run.cards.flatMap { card in card.notes.map { JSONText.string("\(card.scorer): \($0)") } })),
            ("failures", .array(run.failures.map { .object([("scorer", .string($0.scorer)), ("message", .string($0.message))]) })),
            ("steps", .array(steps)),
        ]
        if let candidates { fields.append(("candidates", candidates.json())) }
        if let budgetProblem { fields.append(("budget_problem", budgetProblem.json())) }
        return .object(fields)
    }

    /// CSV: one row per component (`scorer,key,value,unit,higher_is_better,meaning`).
    public func csv() -> String {
        var lines = ["scorer,key,value,unit,higher_is_better,meaning"]
        for card in run.cards {
            for component in card.components {
                lines.append([csvField(card.scorer), csvField(component.key), component.value.map(csvNumber) ?? "",
                              csvField(component.unit), String(component.higherIsBetter), csvField(component.meaning)].joined(separator: ","))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
