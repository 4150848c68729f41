// Reading a medium from a file or from the inline `--medium` form.

extension Medium {
    /// Reads the medium file at `path`.
    ///
    /// A medium file lists one exchange per line with its maximum uptake rate
    /// (mmol/gDW/h, a number ≥ 0, or `inf` for unlimited). Any of these forms may be used,
    /// and mixed:
    ///
    /// ```text
    /// # M9 minimal medium, aerobic       ← `#` starts a comment, anywhere on a line
    /// EX_glc__D_e   10                   ← id and rate separated by spaces or tabs
    /// EX_o2_e: 20                        ← … or by a colon
    /// EX_nh4_e = 1000                    ← … or by an equals sign
    /// EX_pi_e,1000                       ← … or by a comma (CSV)
    /// ```
    ///
    /// Blank lines are ignored. The first line may be a CSV or whitespace header naming the
    /// columns (`exchange,uptake`, `reaction uptake`, or pandas' `,0` from
    /// `pd.Series(model.medium).to_csv()`); it is skipped. The file may be gzip-compressed.
    ///
    /// The inline form, for `--medium` on the command line, separates entries with commas:
    /// `EX_glc__D_e=10,EX_o2_e=20` (a colon works in place of `=`).
    ///
    /// Rates are the *uptake* rate as COBRApy's `model.medium` holds them: write `10`, not
    /// the lower bound `-10`.
    ///
    /// Only the syntax is checked here; `apply(to:)` and `validate(against:)` check the ids
    /// against a model and report problems at the line they were read from.
    ///
    /// - Throws: `MediumError` naming the file and line of the first problem.
    public init(contentsOf path: String) throws(MediumError) {
        let bytes: [UInt8]
        do throws(ModelReadError) {
            bytes = try FileBytes.read(path: path)
        } catch {
            throw MediumError(source: .file(path), kind: .unreadable(error.message))
        }
        try self.init(parsing: String(decoding: bytes, as: UTF8.self), source: .file(path))
    }

    /// Parses medium-file text (the format of `init(contentsOf:)`); `source` names it in errors.
    ///
    /// - Throws: `MediumError` naming the line of the first malformed line, invalid rate or
    ///   repeated exchange.
    public init(parsing text: String, source: MediumSource = .program) throws(MediumError) {
        var text = Substring(text)
        if text.first == "\u{FEFF}" { text = text.dropFirst() }
        var collector = EntryCollector(source: source)
        var seenData = false
        for (offset, rawLine) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let uncommented = rawLine.prefix { $0 != "#" }
            let line = uncommented.trimmingWhitespace()
            guard !line.isEmpty else { continue }
            let lineNumber = offset + 1
            let isFirst = !seenData
            seenData = true
            guard let (id, value) = Self.split(line) else {
                throw MediumError(source: source, position: lineNumber, kind: .malformedLine(String(line)))
            }
            if isFirst && Self.isHeader(id: id, value: value) { continue }
            guard !id.isEmpty else {
                throw MediumError(source: source, position: lineNumber, kind: .malformedLine(String(line)))
            }
            try collector.add(id: id, value: value, position: lineNumber)
        }
        self.init(entries: collector.entries, source: source)
    }

    /// Parses the inline form `EX_glc__D_e=10,EX_o2_e=20`.
    ///
    /// - Throws: `MediumError` naming the 1-based entry of the first problem.
    public init(inline text: String) throws(MediumError) {
        var collector = EntryCollector(source: .inline)
        for (offset, rawEntry) in text.split(separator: ",", omittingEmptySubsequences: false).enumerated() {
            let entry = rawEntry.trimmingWhitespace()
            // A trailing or doubled comma is a harmless slip on a command line.
            guard !entry.isEmpty else { continue }
            guard let separator = entry.firstIndex(where: { $0 == "=" || $0 == ":" }),
                  let (id, value) = Self.pair(entry[..<separator], entry[entry.index(after: separator)...]) else {
                throw MediumError(source: .inline, position: offset + 1, kind: .malformedLine(String(entry)))
            }
            try collector.add(id: id, value: value, position: offset + 1)
        }
        self.init(entries: collector.entries, source: .inline)
    }

    /// Splits a non-empty, uncommented line into id and value text, trying the CSV, `=`,
    /// `:` and whitespace forms in that order.
    private static func split(_ line: Substring) -> (Substring, Substring)? {
        if line.contains(",") {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false)
            guard fields.count == 2 else { return nil }
            // A CSV header may leave the index column's name empty (pandas writes `,0`).
            let id = unquoted(fields[0].trimmingWhitespace())
            let value = unquoted(fields[1].trimmingWhitespace())
            if id.isEmpty && !value.isEmpty { return (id, value) }
            return pair(id, value)
        }
        if let separator = line.firstIndex(of: "=") ?? line.lastIndex(of: ":") {
            return pair(line[..<separator], line[line.index(after: separator)...])
        }
        let words = line.split(whereSeparator: \.isWhitespace)
        guard words.count == 2 else { return nil }
        return (words[0], words[1])
    }

    /// Trims both parts; `nil` when either is empty or the id contains whitespace.
    private static func pair(_ id: Substring, _ value: Substring) -> (Substring, Substring)? {
        let id = id.trimmingWhitespace()
        let value = value.trimmingWhitespace()
        guard !id.isEmpty, !value.isEmpty, !id.contains(where: \.isWhitespace) else { return nil }
        return (id, value)
    }

    private static func unquoted(_ field: Substring) -> Substring {
        guard field.count >= 2, field.first == "\"", field.last == "\"" else { return field }
        return field.dropFirst().dropLast()
    }

    private static let headerNames: Set<String> = ["exchange", "exchanges", "reaction", "reactions", "id",
                                                   "reaction_id", "exchange_id", "rxn", "rxn_id"]

    private static func isHeader(id: Substring, value: Substring) -> Bool {
        if id.isEmpty { return true }
        return parseRate(value) == nil && headerNames.contains(id.lowercased())
    }

    /// The rate written as `value`: a finite number or `inf`; `nil` when it is not a number.
    /// NaN and negative numbers are returned for the caller to reject with a clear message.
    static func parseRate(_ value: Substring) -> Double? {
        switch value.lowercased() {
        case "inf", "+inf", "infinity", "+infinity": return .infinity
        case "-inf", "-infinity": return -.infinity
        default: return Double(value)
        }
    }
}

/// Accumulates checked entries, rejecting repeated exchanges and invalid rates.
private struct EntryCollector {
    let source: MediumSource
    var entries: [(exchange: String, uptake: Double, position: Int)] = []
    var firstPosition: [String: Int] = [:]

    init(source: MediumSource) { self.source = source }

    mutating func add(id: Substring, value: Substring, position: Int) throws(MediumError) {
        let exchange = String(id)
        guard let rate = Medium.parseRate(value), rate >= 0 else {
            throw MediumError(source: source, position: position,
                              kind: .invalidUptake(exchange: exchange, value: String(value)))
        }
        if let first = firstPosition[exchange] {
            throw MediumError(source: source, position: position, kind: .duplicateExchange(exchange, firstPosition: first))
        }
        firstPosition[exchange] = position
        // `+ 0` turns a written "-0" into 0 so it never prints as a negative rate.
        entries.append((exchange, rate + 0, position))
    }
}

extension Substring {
    /// The text without leading and trailing whitespace (including `\r`).
    fileprivate func trimmingWhitespace() -> Substring {
        guard let start = firstIndex(where: { !$0.isWhitespace }),
              let end = lastIndex(where: { !$0.isWhitespace }) else { return self[endIndex...] }
        return self[start...end]
    }
}
