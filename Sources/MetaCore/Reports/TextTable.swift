import Foundation

/// A plain-text table with right-aligned numeric columns, for terminal output.
public struct TextTable: Sendable {
    /// Column headings.
    public var headers: [String]
    /// Rows of cells, each as wide as `headers`.
    public var rows: [[String]]
    /// Which columns are right-aligned (numbers).
    public var rightAligned: Set<Int>

    /// Creates a table.
    public init(headers: [String], rows: [[String]] = [], rightAligned: Set<Int> = []) {
        self.headers = headers
        self.rows = rows
        self.rightAligned = rightAligned
    }

    /// The table as lines of text, columns separated by two spaces.
    public func rendered() -> String {
        var widths = headers.map(\.count)
        for row in rows {
            for (column, cell) in row.enumerated() where column < widths.count {
                widths[column] = max(widths[column], cell.count)
            }
        }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { column, cell in
                let pad = String(repeating: " ", count: max(0, widths[column] - cell.count))
                return rightAligned.contains(column) ? pad + cell : cell + pad
            }.joined(separator: "  ").trimmingTrailingSpaces()
        }
        return ([line(headers)] + rows.map(line)).joined(separator: "\n")
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }
}

/// Formats a flux or objective value for tables: up to 6 significant digits, no exponent for ordinary magnitudes.
public func formatFlux(_ value: Double) -> String {
    if value.isNaN { return "nan" }
    if value == 0 { return "0" }
    let magnitude = abs(value)
    if magnitude >= 1e-4 && magnitude < 1e7 {
        var text = String(format: "%.6g", value)
        if text.contains("e") { text = String(format: "%.4f", value) }
        return text
    }
    return String(format: "%.4e", value)
}
