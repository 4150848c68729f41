extension PathwayValidation {
    /// Lines for the terminal: `ok`/`INVALID`, then problems and remarks indented.
    public func text() -> String {
        var lines = ["\(isValid ? "ok     " : "INVALID") \(pathway.id) in \(chassis)"]
        lines += problems.map { "  error: \($0)" }
        lines += remarks.map { "  note:  \($0)" }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `{pathway, chassis, valid, problems, remarks, balances, free_lunch}`.
    public func json() -> JSONText {
        .object([
            ("pathway", .string(pathway.id)), ("chassis", .string(chassis)), ("valid", .bool(isValid)),
            ("problems", .array(problems.map(JSONText.string))), ("remarks", .array(remarks.map(JSONText.string))),
            ("balances", .array(balances.map { balance in
                .object([("reaction", .string(balance.reaction)), ("balanced", .bool(balance.isBalanced)),
                         ("verifiable", .bool(balance.isVerifiable)), ("summary", .string(balance.summary)),
                         ("waiver", balance.waiver.map(JSONText.string) ?? .null)])
            })),
            ("free_lunch", freeLunch?.json() ?? .null),
        ])
    }

    /// The CSV header of ``csvRow()``.
    public static let csvHeader = "pathway,chassis,valid,problems"

    /// One CSV row: problems joined with `; `.
    public func csvRow() -> String {
        [csvField(pathway.id), csvField(chassis), String(isValid), csvField(problems.joined(separator: "; "))].joined(separator: ",")
    }
}
