extension MOMAResult {
    /// The distance, growth, and the reactions whose flux moved most from the reference.
    public func table(largestChanges: Int = 15) -> String {
        var lines = ["Linear MOMA: min Σ|v − v_ref|   [status: \(status.rawValue)]"]
        guard status == .optimal else {
            lines.append("No flux distribution satisfies the perturbed model's bounds: the knockout is lethal under these conditions.")
            return lines.joined(separator: "\n") + "\n"
        }
        lines.append("distance: \(distance.map(formatFlux) ?? "—")")
        lines.append("growth: \(growth.map(formatFlux) ?? "—")" + (referenceGrowth.map { " (reference \(formatFlux($0)))" } ?? ""))
        let moved = fluxes.indices.filter { abs(fluxes[$0] - reference[$0]) > 1e-9 }
            .sorted { abs(fluxes[$0] - reference[$0]) > abs(fluxes[$1] - reference[$1]) }
            .prefix(largestChanges)
        let rows = moved.map { [reactionIDs[$0], formatFlux(reference[$0]), formatFlux(fluxes[$0]), formatFlux(fluxes[$0] - reference[$0])] }
        lines.append("")
        lines.append("Largest changes (\(moved.count) shown)")
        lines.append(TextTable(headers: ["reaction", "reference", "flux", "change"], rows: rows, rightAligned: [1, 2, 3]).rendered())
        lines.append("")
        lines.append("Solved by \(attempt). The distance is unique; growth is that of one distance-minimising flux distribution.")
        return lines.joined(separator: "\n") + "\n"
    }

    /// JSON with `status`, `distance`, `growth`, `reference_growth` and `fluxes` per reaction.
    public func json() -> JSONText {
        func value(_ number: Double?) -> JSONText { number.map(JSONText.number) ?? .null }
        return .object([
            ("status", .string(status.rawValue)), ("distance", value(distance)), ("growth", value(growth)),
            ("reference_growth", value(referenceGrowth)), ("solver", .string(attempt)),
            ("fluxes", .object(zip(reactionIDs, fluxes).map { ($0, .number($1)) })),
        ])
    }

    /// CSV with header `reaction,flux,reference,change` (flux and change empty when not optimal).
    public func csv() -> String {
        var lines = ["reaction,flux,reference,change"]
        for (position, id) in reactionIDs.enumerated() {
            let reference = self.reference.indices.contains(position) ? self.reference[position] : .nan
            let flux = fluxes.indices.contains(position) ? csvNumber(fluxes[position]) : ""
            let change = fluxes.indices.contains(position) ? csvNumber(fluxes[position] - reference) : ""
            lines.append("\(csvField(id)),\(flux),\(csvNumber(reference)),\(change)")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
