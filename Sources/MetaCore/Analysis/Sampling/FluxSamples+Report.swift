extension FluxSamples {
    /// CSV with one column per reaction (header: the reaction ids) and one row per sample.
    public func csv() -> String {
        var text = reactionIDs.map(csvField).joined(separator: ",") + "\n"
        text.reserveCapacity(values.count * 12)
        for row in 0..<count {
            text += sample(row).map(csvNumber).joined(separator: ",")
            text += "\n"
        }
        return text
    }

    /// JSON with the settings, the reaction ids and the samples as an array of rows. The
    /// seed is a string: a 64-bit seed does not survive a JSON reader's doubles.
    public func json() -> JSONText {
        .object([
            ("method", .string(options.method.rawValue)),
            ("seed", .string(String(options.seed))),
            ("thinning", .integer(options.thinning)),
            ("chains", .integer(chains)),
            ("warmup_points", .integer(warmupPointCount)),
            ("reactions", .array(reactionIDs.map(JSONText.string))),
            ("samples", .array((0..<count).map { row in .array(sample(row).map(JSONText.number)) })),
        ])
    }

    /// A per-reaction summary: mean, standard deviation, least and greatest sampled flux.
    public func table() -> String {
        let means = means()
        let deviations = standardDeviations()
        var lowest = [Double](repeating: .infinity, count: reactionIDs.count)
        var highest = [Double](repeating: -.infinity, count: reactionIDs.count)
        for row in 0..<count {
            for (column, value) in sample(row).enumerated() {
                lowest[column] = min(lowest[column], value)
                highest[column] = max(highest[column], value)
            }
        }
        let rows = reactionIDs.indices.map { column in
            [reactionIDs[column], formatFlux(means[column]), formatFlux(deviations[column]),
             formatFlux(lowest[column]), formatFlux(highest[column])]
        }
        let header = "\(count) samples (\(options.method.rawValue), seed \(options.seed), thinning \(options.thinning), "
            + "\(chains) chain\(chains == 1 ? "" : "s"), \(warmupPointCount) warm-up points)\n\n"
        return header + TextTable(headers: ["reaction", "mean", "std", "min", "max"], rows: rows, rightAligned: [1, 2, 3, 4]).rendered() + "\n"
    }
}
