/// The stoichiometric matrix S (metabolites × reactions) in compressed sparse column form.
///
/// Column `j` holds reaction `j`'s coefficients: rows `rowIndices[columnStarts[j]..<columnStarts[j+1]]`
/// with `values` at the same positions. Built once per model; rows and columns follow
/// the model's metabolite and reaction order.
public struct StoichiometricMatrix: Hashable, Sendable {
    /// The number of rows (metabolites).
    public let rowCount: Int
    /// The number of columns (reactions).
    public let columnCount: Int
    /// Where each column starts in `rowIndices`/`values`; `columnCount + 1` entries.
    public let columnStarts: [Int]
    /// The row of each stored coefficient.
    public let rowIndices: [Int]
    /// The stored coefficients.
    public let values: [Double]

    /// The number of stored (nonzero) coefficients.
    public var nonzeroCount: Int { values.count }

    /// Builds the matrix from reactions, resolving metabolite ids through `metaboliteIndex`.
    /// Ids missing from the index are skipped (the model validates them beforehand).
    ///
    /// - Complexity: O(nonzeros).
    init(reactions: [Reaction], metaboliteIndex: [String: Int]) {
        var starts = [0]
        starts.reserveCapacity(reactions.count + 1)
        let capacity = reactions.indices.reduce(0) { $0 + reactions[$1].stoichiometry.count }
        var rows: [Int] = []
        var values: [Double] = []
        rows.reserveCapacity(capacity)
        values.reserveCapacity(capacity)
        for position in reactions.indices {
            let stoichiometry = reactions[position].stoichiometry
            for (metabolite, coefficient) in stoichiometry where coefficient != 0 {
                guard let row = metaboliteIndex[metabolite] else { continue }
                rows.append(row)
                values.append(coefficient)
            }
            starts.append(rows.count)
        }
        self.rowCount = metaboliteIndex.count
        self.columnCount = reactions.count
        self.columnStarts = starts
        self.rowIndices = rows
        self.values = values
    }

    /// A matrix from its compressed-column arrays (already consistent: `columnStarts` ends
    /// at `rowIndices.count`, and every row index is below `rowCount`).
    init(rowCount: Int, columnStarts: [Int], rowIndices: [Int], values: [Double]) {
        self.rowCount = rowCount
        self.columnCount = columnStarts.count - 1
        self.columnStarts = columnStarts
        self.rowIndices = rowIndices
        self.values = values
    }

    /// This matrix with `rows` empty rows and one column per reaction of `columns` appended,
    /// their metabolites resolved through `metaboliteIndex` (which covers the new rows).
    func appending(rows: Int, columns: [Reaction], metaboliteIndex: [String: Int]) -> StoichiometricMatrix {
        var starts = columnStarts
        var rowIndices = rowIndices
        var values = values
        for reaction in columns {
            for (metabolite, coefficient) in reaction.stoichiometry where coefficient != 0 {
                guard let row = metaboliteIndex[metabolite] else { continue }
                rowIndices.append(row)
                values.append(coefficient)
            }
            starts.append(rowIndices.count)
        }
        return StoichiometricMatrix(rowCount: rowCount + rows, columnStarts: starts, rowIndices: rowIndices, values: values)
    }

    /// The entries of column `column` as (row, value) pairs.
    public func column(_ column: Int) -> some Sequence<(row: Int, value: Double)> {
        (columnStarts[column]..<columnStarts[column + 1]).lazy.map { (rowIndices[$0], values[$0]) }
    }
}
