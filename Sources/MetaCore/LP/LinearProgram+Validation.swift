extension LinearProgram {
    /// The largest number of rows or columns a backend is asked to handle (GLPK's own limit).
    static let maximumDimension = 100_000_000

    /// Checks that every backend can take the program without undefined behaviour.
    ///
    /// Rejects NaN or infinite coefficients (matrix and objective), NaN bounds, a lower
    /// bound of `+∞` or an upper bound of `-∞`, `lower > upper`, entries whose row or
    /// column is out of range, and sizes beyond 10⁸ rows/columns or 2³¹ entries. Integer
    /// columns need integral (or infinite) bounds and binary columns bounds within 0…1: GLPK
    /// refuses fractional bounds on integer columns and silently resets a binary's bounds.
    /// Duplicate entries are not errors: they are summed (see `LinearProgram`).
    ///
    /// - Complexity: O(rows + columns + entries).
    public func validate() throws(SolverError) {
        _ = try validatedEntries()
    }

    /// Validates the program and returns its entries merged (duplicates summed, zeros
    /// dropped) and sorted by column, then row.
    ///
    /// - Complexity: O(rows + columns + entries · log entries).
    func validatedEntries() throws(SolverError) -> [Entry] {
        guard rows.count <= Self.maximumDimension, columns.count <= Self.maximumDimension else {
            throw .invalidProblem("\(rows.count) rows × \(columns.count) columns exceeds the limit of \(Self.maximumDimension)")
        }
        guard entries.count < Int(Int32.max) else {
            throw .invalidProblem("\(entries.count) matrix entries exceeds the limit of \(Int32.max - 1)")
        }
        for (index, row) in rows.enumerated() {
            try Self.checkBounds(lower: row.lower, upper: row.upper, what: "row \(index) '\(row.name)'")
        }
        for (index, column) in columns.enumerated() {
            let what = "column \(index) '\(column.name)'"
            try Self.checkBounds(lower: column.lower, upper: column.upper, what: what)
            guard column.objective.isFinite else {
                throw .invalidProblem("\(what) has objective coefficient \(column.objective); it must be finite")
            }
            try Self.checkKind(column, what: what)
        }
        for entry in entries {
            guard rows.indices.contains(entry.row), columns.indices.contains(entry.column) else {
                throw .invalidProblem(
                    "matrix entry (row \(entry.row), column \(entry.column)) is outside \(rows.count) rows × \(columns.count) columns")
            }
            guard entry.value.isFinite else {
                throw .invalidProblem("matrix entry (row \(entry.row), column \(entry.column)) is \(entry.value); it must be finite")
            }
        }
        let merged = Self.merged(entries)
        if let overflow = merged.first(where: { !$0.value.isFinite }) {
            throw .invalidProblem("duplicate entries at (row \(overflow.row), column \(overflow.column)) sum to \(overflow.value)")
        }
        return merged
    }

    /// Checks one pair of bounds; `what` names the row or column in the message.
    static func checkBounds(lower: Double, upper: Double, what: String) throws(SolverError) {
        if lower.isNaN || upper.isNaN { throw .invalidProblem("\(what) has a NaN bound") }
        if lower == .infinity { throw .invalidProblem("\(what) has lower bound +infinity") }
        if upper == -.infinity { throw .invalidProblem("\(what) has upper bound -infinity") }
        if lower > upper { throw .invalidProblem("\(what) has lower bound \(lower) above upper bound \(upper)") }
    }

    /// Checks that an integer or binary column's bounds suit its kind.
    static func checkKind(_ column: Column, what: String) throws(SolverError) {
        switch column.kind {
        case .continuous:
            return
        case .integer:
            for bound in [column.lower, column.upper] where bound.isFinite && bound != bound.rounded() {
                throw .invalidProblem("\(what) is integer but has the fractional bound \(bound); round it")
            }
            for bound in [column.lower, column.upper] where bound.isFinite && abs(bound) > 1e15 {
                throw .invalidProblem("\(what) is integer with bound \(bound) beyond ±1e15; use an infinite bound")
            }
        case .binary:
            guard column.lower >= 0, column.upper <= 1,
                  column.lower == column.lower.rounded(), column.upper == column.upper.rounded()
            else {
                throw .invalidProblem("\(what) is binary but has bounds \(column.lower)…\(column.upper); use 0…1, 0…0 or 1…1")
            }
        }
    }

    /// Sums duplicate (row, column) entries and drops zeros. A sum can overflow to ±∞
    /// only for absurd inputs, which the caller rejects.
    private static func merged(_ entries: [Entry]) -> [Entry] {
        let sorted = entries.sorted { ($0.column, $0.row) < ($1.column, $1.row) }
        var result: [Entry] = []
        result.reserveCapacity(sorted.count)
        for entry in sorted {
            if let last = result.last, last.row == entry.row, last.column == entry.column {
                result[result.count - 1].value += entry.value
            } else {
                result.append(entry)
            }
        }
        result.removeAll { $0.value == 0 }
        return result
    }
}
