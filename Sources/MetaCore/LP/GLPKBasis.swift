import CGLPK

/// A saved simplex basis of a `GLPKSession`. Only sessions create one, so its statuses are
/// always values GLPK accepts.
///
/// A basis is a plain value: save it on one thread, and restore it into another session of
/// a program with the same rows and columns on another thread, so that every worker of a
/// parallel analysis starts from the optimum the calling thread found once.
public struct GLPKBasis: Sendable, Hashable {
    /// GLPK status (`GLP_BS`, `GLP_NL`, …) of each row.
    let rowStatuses: [Int32]
    /// GLPK status of each column.
    let columnStatuses: [Int32]

    /// This basis for the same program with `count` more rows appended, each row's own
    /// (auxiliary) variable basic: still a valid basis, and still primal feasible wherever
    /// the new rows hold at the old solution (an objective floor at the optimum does).
    func appendingBasicRows(_ count: Int) -> GLPKBasis {
        GLPKBasis(rowStatuses: rowStatuses + Array(repeating: GLP_BS, count: max(0, count)), columnStatuses: columnStatuses)
    }

    /// This basis of a program, for a program with `rows` rows and `columns` columns that
    /// begins with it (rows and columns appended, as pathway insertion appends metabolites and
    /// reactions): each new row's own variable basic, each new column non-basic at a bound
    /// (GLPK picks the bound that fits). Still a valid basis, and primal feasible where the
    /// new columns may be 0 and the new rows hold at 0. `nil` when the program is smaller.
    func extended(toRows rows: Int, columns: Int) -> GLPKBasis? {
        guard rows >= rowStatuses.count, columns >= columnStatuses.count else { return nil }
        return GLPKBasis(
            rowStatuses: rowStatuses + Array(repeating: GLP_BS, count: rows - rowStatuses.count),
            columnStatuses: columnStatuses + Array(repeating: GLP_NL, count: columns - columnStatuses.count))
    }

    /// This basis for the program made of the first `rows` rows and `columns` columns of its
    /// program (the inserted model's LP inside a pathway evaluation's, whose extra columns
    /// are closed): `nil` unless every dropped column is non-basic and every dropped row's own
    /// variable basic, which keeps it a basis of the smaller program.
    func truncated(toRows rows: Int, columns: Int) -> GLPKBasis? {
        guard rows <= rowStatuses.count, columns <= columnStatuses.count,
              rowStatuses[rows...].allSatisfy({ $0 == GLP_BS }),
              columnStatuses[columns...].allSatisfy({ $0 != GLP_BS })
        else { return nil }
        return GLPKBasis(rowStatuses: Array(rowStatuses[..<rows]), columnStatuses: Array(columnStatuses[..<columns]))
    }
}

extension GLPKSession {
    /// The current basis (status of every row and column), to restore before the next change.
    public func saveBasis() throws(SolverError) -> GLPKBasis {
        let pointer = try usablePointer()
        return GLPKBasis(
            rowStatuses: (0..<rowCount).map { glp_get_row_stat(pointer, Int32($0 + 1)) },
            columnStatuses: (0..<columnCount).map { glp_get_col_stat(pointer, Int32($0 + 1)) })
    }

    /// Restores a basis saved from this session (or one with the same dimensions).
    ///
    /// `refactorize` computes the basis factorisation afresh, so the next solve depends only on
    /// the basis and the problem, not on the solves before (needed for answers that are equal
    /// to the last bit in any order, as the batch runner's resumable streams are).
    public func restoreBasis(_ basis: GLPKBasis, refactorize: Bool = false) throws(SolverError) {
        let pointer = try usablePointer()
        guard basis.rowStatuses.count == rowCount, basis.columnStatuses.count == columnCount else {
            throw .invalidProblem(
                "basis has \(basis.rowStatuses.count) rows × \(basis.columnStatuses.count) columns, session has \(rowCount) × \(columnCount)")
        }
        // GLPK corrects a non-basic status that does not fit the current bounds. Setting a
        // status a variable already has keeps GLPK's factorization valid, so restoring a
        // basis the last solve did not change costs no refactorization.
        for (index, status) in basis.rowStatuses.enumerated() { glp_set_row_stat(pointer, Int32(index + 1), status) }
        for (index, status) in basis.columnStatuses.enumerated() { glp_set_col_stat(pointer, Int32(index + 1), status) }
        // A singular basis leaves no factorisation; the next solve then falls back as usual.
        if refactorize { _ = glp_factorize(pointer) }
    }
}
