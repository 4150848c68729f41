import Foundation

/// The presentation of an FBA result: a `model.summary()`-style table, JSON or CSV.
public struct FBAReport: Sendable {
    /// The model the result belongs to (after any bound overrides and knockouts).
    public let model: Model
    /// The result.
    public let result: FBAResult
    /// Uptakes and secretions of the optimal flux distribution (empty when not optimal).
    public let boundary: BoundaryFluxes
    /// How many of the largest internal fluxes the table lists.
    public var largestFluxCount = 15

    /// Prepares the report.
    public init(model: Model, result: FBAResult) {
        self.model = model
        self.result = result
        boundary = BoundaryFluxes(model: model, fluxes: result.status == .optimal ? result.fluxes : [])
    }

    /// The objective's reaction id when it is a single reaction, else the objective expression.
    public var objectiveReaction: String {
        let coefficients = result.objective.coefficients
        if coefficients.count == 1, let only = coefficients.keys.first { return only }
        return result.objective.summary
    }

    /// The `model.summary()`-style text: status and objective, uptake and secretion with
    /// carbon shares, then the largest internal fluxes.
    public func table() -> String {
        var lines: [String] = []
        lines.append("Objective")
        lines.append("=========")
        let value = result.objectiveValue.map(formatFlux) ?? "—"
        lines.append("\(result.objective.sense == .maximize ? "max" : "min") \(objectiveReaction) = \(value)   [status: \(result.status.rawValue)]")
        guard result.status == .optimal else {
            lines.append("")
            lines.append(explanation(for: result.status))
            return lines.joined(separator: "\n") + "\n"
        }
        for (title, entries) in [("Uptake", boundary.uptake), ("Secretion", boundary.secretion)] {
            lines.append("")
            lines.append(title)
            lines.append(String(repeating: "-", count: title.count))
            let rows = entries.map { entry in
                [entry.metabolite, entry.reaction, formatFlux(entry.flux),
                 entry.carbonNumber.map(formatNumber) ?? "",
                 entry.carbonShare.map { String(format: "%.2f%%", $0 * 100) } ?? ""]
            }
            lines.append(TextTable(headers: ["Metabolite", "Reaction", "Flux", "C-Number", "C-Flux"],
                                   rows: rows, rightAligned: [2, 3, 4]).rendered())
        }
        lines.append("")
        lines.append("Largest internal fluxes")
        lines.append("-----------------------")
        let internalFluxes = model.reactions.indices
            .filter { !model.reactions[$0].isBoundary && abs(result.fluxes[$0]) > 1e-9 }
            .sorted { abs(result.fluxes[$0]) > abs(result.fluxes[$1]) }
            .prefix(largestFluxCount)
        let rows = internalFluxes.map { position in
            let reaction = model.reactions[position]
            return [reaction.id, formatFlux(result.fluxes[position]), truncated(reaction.equation, 70)]
        }
        lines.append(TextTable(headers: ["Reaction", "Flux", "Equation"], rows: rows, rightAligned: [1]).rendered())
        let active = result.fluxes.filter { abs($0) > 1e-9 }.count
        lines.append("")
        lines.append("\(active) of \(model.reactions.count) reactions carry flux; solved by \(result.attempt).")
        return lines.joined(separator: "\n") + "\n"
    }

    /// JSON with `status`, `objective`, `objective_reaction`, `fluxes` and the rest of the result.
    public func json() -> JSONText {
        let optimal = result.status == .optimal
        func byReaction(_ values: [Double]) -> JSONText {
            guard optimal else { return .object([]) }
            return .object(zip(model.reactions, values).map { ($0.id, .number($1)) })
        }
        func boundaryJSON(_ entries: [BoundaryFlux]) -> JSONText {
            .array(entries.map { entry in
                .object([("metabolite", .string(entry.metabolite)), ("reaction", .string(entry.reaction)),
                         ("flux", .number(entry.flux)),
                         ("carbon_number", entry.carbonNumber.map(JSONText.number) ?? .null),
                         ("carbon_share", entry.carbonShare.map(JSONText.number) ?? .null)])
            })
        }
        return .object([
            ("model", .string(model.id)),
            ("status", .string(result.status.rawValue)),
            ("objective", result.objectiveValue.map(JSONText.number) ?? .null),
            ("objective_reaction", .string(objectiveReaction)),
            ("objective_sense", .string(result.objective.sense.rawValue)),
            ("solver", .string(result.attempt)),
            ("fluxes", byReaction(result.fluxes)),
            ("reduced_costs", byReaction(result.reducedCosts)),
            ("shadow_prices", optimal
                ? .object(zip(model.metabolites, result.shadowPrices).map { ($0.id, .number($1)) })
                : .object([])),
            ("uptake", boundaryJSON(boundary.uptake)),
            ("secretion", boundaryJSON(boundary.secretion)),
        ])
    }

    /// CSV with header `reaction,flux,reduced_cost`, one row per reaction (empty values when not optimal).
    public func csv() -> String {
        var lines = ["reaction,flux,reduced_cost"]
        let optimal = result.status == .optimal
        for (position, reaction) in model.reactions.enumerated() {
            let flux = optimal ? csvNumber(result.fluxes[position]) : ""
            let cost = optimal && position < result.reducedCosts.count ? csvNumber(result.reducedCosts[position]) : ""
            lines.append("\(csvField(reaction.id)),\(flux),\(cost)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func explanation(for status: SolverStatus) -> String {
        switch status {
        case .infeasible: return "No flux distribution satisfies the bounds: check the medium (is any carbon source open?) and any bound overrides or knockouts."
        case .unbounded: return "The objective can grow without limit: some uptake or reaction that feeds it has an infinite bound."
        case .timeLimit, .iterationLimit: return "The solver stopped at its limit before proving optimality."
        default: return "The solver could not produce an optimal solution (\(status.rawValue))."
        }
    }
}

/// A number as a CSV cell: shortest round-trip form, `inf`/`-inf`/`nan` for non-finite values.
public func csvNumber(_ value: Double) -> String {
    value.isFinite ? JSONText.numberText(value) : (value.isNaN ? "nan" : (value > 0 ? "inf" : "-inf"))
}

/// Quotes a CSV field when it contains a comma, quote or line break (RFC 4180).
public func csvField(_ text: String) -> String {
    guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
    return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
}

private func truncated(_ text: String, _ limit: Int) -> String {
    text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
}
