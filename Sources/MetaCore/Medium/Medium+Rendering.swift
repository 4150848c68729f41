// Presenting a medium for `metadesign medium show`: a table, a medium file, CSV, JSON.

extension Medium {
    /// A table of the exchanges with their metabolite and its name (looked up in `model`
    /// when given) and the maximum uptake rate, followed by a count.
    ///
    /// ```text
    /// exchange     metabolite  name       max uptake
    /// EX_glc__D_e  glc__D_e    D-Glucose          10
    /// EX_o2_e      o2_e        O2               1000
    ///
    /// 2 exchanges open for uptake
    /// ```
    public func table(model: Model? = nil) -> String {
        var headers = ["exchange"]
        if model != nil { headers += ["metabolite", "name"] }
        headers.append("max uptake")
        let rows = uptakes.map { exchange, rate -> [String] in
            var row = [exchange]
            if let model {
                let metaboliteID = model.reaction(exchange)?.stoichiometry.keys.first ?? ""
                row += [metaboliteID, model.metabolite(metaboliteID)?.name ?? ""]
            }
            row.append(rate.isInfinite ? "inf" : formatFlux(rate))
            return row
        }
        let table = TextTable(headers: headers, rows: rows, rightAligned: [headers.count - 1]).rendered()
        let noun = count == 1 ? "exchange" : "exchanges"
        return table + "\n\n\(count) \(noun) open for uptake\n"
    }

    /// The medium in the file format `init(contentsOf:)` reads, ids aligned, with an optional
    /// comment line on top, so `metadesign medium show --format file > m.txt` can be edited and read back.
    public func fileText(comment: String? = nil) -> String {
        var lines: [String] = []
        if let comment {
            lines += comment.split(separator: "\n", omittingEmptySubsequences: false).map { "# \($0)" }
        }
        let width = uptakes.keys.map(\.count).max() ?? 0
        for (exchange, rate) in uptakes {
            lines.append(exchange + String(repeating: " ", count: width - exchange.count + 2) + formatNumber(rate))
        }
        return lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
    }

    /// CSV with the header `exchange,uptake`, readable by `init(contentsOf:)`.
    public func csv() -> String {
        var lines = ["exchange,uptake"]
        for (exchange, rate) in uptakes { lines.append("\(csvField(exchange)),\(csvNumber(rate))") }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A JSON object exchange id → maximum uptake, in order: the shape of COBRApy's
    /// `json.dumps(model.medium)`. An unlimited (infinite) uptake is written as `null`,
    /// since JSON has no infinity.
    public func json() -> JSONText {
        .object(uptakes.map { ($0.key, .number($0.value)) })
    }
}
