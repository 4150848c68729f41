/// The flux ranges found by `FVA.run`.
public struct FVAResult: Sendable {
    /// The reactions analysed, in the order requested.
    public var reactionIDs: [String]
    /// The smallest flux of each reaction.
    public var minimum: [Double]
    /// The largest flux of each reaction.
    public var maximum: [Double]
    /// The optimum the ranges were computed under.
    public var objectiveValue: Double
    /// The fraction of the optimum that was enforced.
    public var fraction: Double
    /// How many LPs were solved.
    public var lpCount: Int
    /// How many of the 2 × reactions LPs were not solved: an earlier solution already
    /// reached the bound, the reaction is blocked, or its range follows from a coupled reaction's.
    public var skippedCount: Int
    /// How many LPs were solved with the objective limit relaxed by the solver's tolerance
    /// (1e-7 × (1 + |limit|)), after GLPK declared the exact limit infeasible (see `ColumnOptimizer`).
    public var relaxedCount: Int = 0

    /// The (minimum, maximum) of reaction `id`, if it was analysed.
    public func range(of id: String) -> (minimum: Double, maximum: Double)? {
        guard let position = reactionIDs.firstIndex(of: id) else { return nil }
        return (minimum[position], maximum[position])
    }

    /// CSV with header `reaction,minimum,maximum`, one row per reaction.
    public func csv() -> String {
        var lines = ["reaction,minimum,maximum"]
        for (position, id) in reactionIDs.enumerated() {
            lines.append("\(csvField(id)),\(csvNumber(minimum[position])),\(csvNumber(maximum[position]))")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// JSON with the settings and `ranges`: reaction id → {minimum, maximum}.
    public func json() -> JSONText {
        .object([
            ("objective", .number(objectiveValue)),
            ("fraction", .number(fraction)),
            ("lp_count", .integer(lpCount)),
            ("skipped_lp_count", .integer(skippedCount)),
            ("relaxed_lp_count", .integer(relaxedCount)),
            ("ranges", .object(reactionIDs.enumerated().map { position, id in
                (id, .object([("minimum", .number(minimum[position])), ("maximum", .number(maximum[position]))]))
            })),
        ])
    }

    /// A table of the ranges.
    public func table() -> String {
        let rows = reactionIDs.enumerated().map { position, id in
            [id, formatFlux(minimum[position]), formatFlux(maximum[position])]
        }
        let relaxed = relaxedCount > 0 ? ", \(relaxedCount) with the objective limit relaxed by the solver tolerance" : ""
        let header = "FVA at \(formatNumber(fraction * 100))% of optimum \(formatFlux(objectiveValue)): \(lpCount) LPs solved, \(skippedCount) skipped\(relaxed)\n\n"
        return header + TextTable(headers: ["reaction", "minimum", "maximum"], rows: rows, rightAligned: [1, 2]).rendered() + "\n"
    }
}
