extension CandidateComparison {
    private func protein(_ card: ScoreCard?) -> Double? { card?.components.first { $0.key == "protein_cost" }?.value }
    private func rate(_ card: ScoreCard?) -> Double? { card?.components.first { $0.key == "rate_under_budget" }?.value }
    private static func cell(_ value: Double?) -> String { value.map(formatFlux) ?? "—" }

    /// A terminal table of the ranked alternatives and the score change.
    public func table() -> String {
        var lines = ["candidate enzymes per step (ranked by cost = MW/(3600·kcat)):"]
        let rows = entries.map { entry in
            [entry.step, String(entry.rank), entry.candidate.name, entry.candidate.organism ?? "—", Self.cell(entry.candidate.kcat),
             Self.cell(entry.candidate.km), Self.cell(entry.candidate.molecularWeight), entry.candidate.proteinCost.map(formatFlux) ?? "—",
             entry.candidate.cofactor?.rawValue ?? "—", entry.flags.isEmpty ? "" : entry.flags.joined(separator: "; ")]
        }
        lines.append(TextTable(headers: ["step", "#", "enzyme", "organism", "kcat 1/s", "Km mM", "MW kDa", "cost", "cofactor", "flags"],
                               rows: rows, rightAligned: [1, 4, 5, 6, 7]).rendered())
        if !unknownSteps.isEmpty { lines.append("steps not in the pathway (ignored): \(unknownSteps.joined(separator: ", "))") }
        lines.append("protein cost with the pathway's enzymes: \(Self.cell(protein(baseline))) (rate \(Self.cell(rate(baseline))) mmol/gDW/h); "
                     + "with the best unflagged candidate per step: \(Self.cell(protein(best))) (rate \(Self.cell(rate(best))) mmol/gDW/h)")
        return lines.joined(separator: "\n")
    }

    /// JSON: `steps` (ranked alternatives with flags) and `protein_cost` / `rate_under_budget`
    /// before and after the best choice.
    public func json() -> JSONText {
        func number(_ value: Double?) -> JSONText { value.map(JSONText.number) ?? .null }
        func text(_ value: String?) -> JSONText { value.map(JSONText.string) ?? .null }
        return .object([
            ("alternatives", .array(entries.map { entry in
                .object([("step", .string(entry.step)), ("rank", .integer(entry.rank)), ("name", .string(entry.candidate.name)),
                         ("ec", text(entry.candidate.ec)), ("organism", text(entry.candidate.organism)), ("kcat", number(entry.candidate.kcat)),
                         ("km", number(entry.candidate.km)), ("mw", number(entry.candidate.molecularWeight)),
                         ("protein_cost", number(entry.candidate.proteinCost)), ("cofactor", text(entry.candidate.cofactor?.rawValue)),
                         ("hypothetical", .bool(entry.candidate.hypothetical)), ("flags", .array(entry.flags.map(JSONText.string)))])
            })),
            ("unknown_steps", .array(unknownSteps.map(JSONText.string))),
            ("protein_cost_baseline", number(protein(baseline))), ("protein_cost_best", number(protein(best))),
            ("rate_baseline", number(rate(baseline))), ("rate_best", number(rate(best))),
        ])
    }
}
