import CGLPK
import CGLPKShims

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One live GLPK problem, confined to the thread that created it.
///
/// GLPK keeps one environment per thread (thread-local storage): a problem touched from
/// another thread, or after a contained fatal error freed the thread's environment,
/// aborts the process. So every method first checks the owning thread and the
/// environment generation recorded at creation, and throws `.backendFatal` instead.
/// Use it in one synchronous scope (`withProblem`), never across an `await`.
///
/// Names are deliberately not passed to GLPK: it aborts on names over 255 bytes or with
/// control characters, and nothing here needs them.
final class GLPKProblem {
    /// The GLPK object; valid only while `isUsable`.
    let pointer: OpaquePointer
    private let generation: UInt
    private let owner: pthread_t
    /// Rows and columns, as loaded (GLPK indices are these plus one).
    let rowCount: Int
    let columnCount: Int
    /// Which columns are integral (non-empty means the program is a MILP).
    let integerColumns: [Int]

    /// Validates `program` and loads it into a new GLPK problem on the calling thread.
    init(_ program: LinearProgram, scaling: SolverSettings.Scaling) throws(SolverError) {
        let entries = try program.validatedEntries()
        mdg_glpk_prepare_thread()
        guard let created = glp_create_prob() else { throw .backendFatal("glp_create_prob returned no problem") }
        pointer = created
        generation = mdg_glpk_generation()
        owner = pthread_self()
        rowCount = program.rows.count
        columnCount = program.columns.count
        integerColumns = program.columns.indices.filter { program.columns[$0].isInteger }
        load(program)
        try loadMatrix(entries)
        scale(scaling)
    }

    deinit {
        // A problem of another thread or of a freed environment cannot be deleted
        // safely; leaking it is the only option that does not abort.
        if isUsable { glp_delete_prob(pointer) }
    }

    /// Runs `body` with a problem built from `program`, deleting it afterwards on this thread.
    static func withProblem<Result>(
        _ program: LinearProgram, scaling: SolverSettings.Scaling,
        _ body: (GLPKProblem) throws(SolverError) -> Result
    ) throws(SolverError) -> Result {
        let problem = try GLPKProblem(program, scaling: scaling)
        return try withExtendedLifetime(problem) { () throws(SolverError) -> Result in try body(problem) }
    }

    /// Whether the problem may be touched: same thread, environment not freed since creation.
    var isUsable: Bool {
        pthread_equal(owner, pthread_self()) != 0 && mdg_glpk_generation() == generation
    }

    /// Throws unless the problem may be touched.
    func checkUsable() throws(SolverError) {
        guard pthread_equal(owner, pthread_self()) != 0 else {
            throw .backendFatal("a GLPK problem was used from a thread other than the one that created it")
        }
        guard mdg_glpk_generation() == generation else {
            throw .backendFatal("this GLPK problem was freed by a contained fatal error on its thread; build a new one")
        }
    }

    // MARK: - Building

    private func load(_ program: LinearProgram) {
        glp_set_obj_dir(pointer, program.sense == .maximize ? GLP_MAX : GLP_MIN)
        // GLPK aborts when asked to add zero rows or columns.
        if rowCount > 0 {
            glp_add_rows(pointer, Int32(rowCount))
            for (index, row) in program.rows.enumerated() {
                let (type, lower, upper) = Self.boundType(lower: row.lower, upper: row.upper)
                glp_set_row_bnds(pointer, Int32(index + 1), type, lower, upper)
            }
        }
        if columnCount > 0 {
            glp_add_cols(pointer, Int32(columnCount))
            for (index, column) in program.columns.enumerated() {
                let (type, lower, upper) = Self.boundType(lower: column.lower, upper: column.upper)
                glp_set_col_bnds(pointer, Int32(index + 1), type, lower, upper)
                glp_set_obj_coef(pointer, Int32(index + 1), column.objective)
                if column.isInteger { glp_set_col_kind(pointer, Int32(index + 1), GLP_IV) }
            }
        }
    }

    private func loadMatrix(_ entries: [LinearProgram.Entry]) throws(SolverError) {
        guard !entries.isEmpty else { return }
        // GLPK's arrays are 1-based: element 0 is ignored.
        var rows: [Int32] = [0]
        var columns: [Int32] = [0]
        var values: [Double] = [0]
        rows.reserveCapacity(entries.count + 1)
        columns.reserveCapacity(entries.count + 1)
        values.reserveCapacity(entries.count + 1)
        for entry in entries {
            rows.append(Int32(entry.row + 1))
            columns.append(Int32(entry.column + 1))
            values.append(entry.value)
        }
        try loadUncheckedMatrix(rows: rows, columns: columns, values: values)
    }

    /// Hands 1-based triplets (element 0 ignored) to GLPK's guarded `glp_load_matrix`
    /// without validating them: GLPK's own fatal errors come back as `.backendFatal`.
    /// Tests use it to exercise the contained-fatal path.
    func loadUncheckedMatrix(rows: [Int32], columns: [Int32], values: [Double]) throws(SolverError) {
        try checkUsable()
        let count = Int32(min(rows.count, columns.count, values.count) - 1)
        let (code, message) = GLPKMessage.capture { buffer, capacity in
            mdg_guarded_load_matrix(pointer, count, rows, columns, values, buffer, capacity)
        }
        if code == MDG_GLPK_FATAL { throw .backendFatal(message) }
    }

    private func scale(_ scaling: SolverSettings.Scaling) {
        guard rowCount > 0, columnCount > 0 else { return }
        switch scaling {
        case .automatic: glp_scale_prob(pointer, GLP_SF_AUTO)
        case .geometricEquilibrium: glp_scale_prob(pointer, GLP_SF_GM | GLP_SF_EQ)
        case .none: glp_unscale_prob(pointer)
        }
    }

    /// GLPK's bound type and bounds for `lower ≤ x ≤ upper` (already validated).
    static func boundType(lower: Double, upper: Double) -> (type: Int32, lower: Double, upper: Double) {
        switch (lower == -.infinity, upper == .infinity) {
        case (true, true): return (GLP_FR, 0, 0)
        case (true, false): return (GLP_UP, 0, upper)
        case (false, true): return (GLP_LO, lower, 0)
        case (false, false): return (lower == upper ? GLP_FX : GLP_DB, lower, upper)
        }
    }

    // MARK: - Changing

    /// Changes column `column`'s bounds (zero-based), checking them first.
    func setColumnBounds(_ column: Int, lower: Double, upper: Double) throws(SolverError) {
        try checkUsable()
        try checkColumn(column)
        try LinearProgram.checkBounds(lower: lower, upper: upper, what: "column \(column)")
        let (type, low, high) = Self.boundType(lower: lower, upper: upper)
        glp_set_col_bnds(pointer, Int32(column + 1), type, low, high)
    }

    /// Changes column `column`'s objective coefficient (zero-based), checking it first.
    func setObjectiveCoefficient(_ column: Int, _ value: Double) throws(SolverError) {
        try checkUsable()
        try checkColumn(column)
        guard value.isFinite else { throw .invalidProblem("objective coefficient \(value) of column \(column) must be finite") }
        glp_set_obj_coef(pointer, Int32(column + 1), value)
    }

    /// Sets the optimisation sense.
    func setSense(_ sense: OptimizationSense) throws(SolverError) {
        try checkUsable()
        glp_set_obj_dir(pointer, sense == .maximize ? GLP_MAX : GLP_MIN)
    }

    private func checkColumn(_ column: Int) throws(SolverError) {
        guard column >= 0, column < columnCount else {
            throw .invalidProblem("column \(column) is outside 0..<\(columnCount)")
        }
    }
}

/// Reads the message the guarded shims copy out of GLPK's last output line.
enum GLPKMessage {
    static let capacity = 512

    /// Calls `body` with a zeroed message buffer and returns its result and the message.
    static func capture(_ body: (UnsafeMutablePointer<CChar>, Int) -> Int32) -> (Int32, String) {
        var buffer = [CChar](repeating: 0, count: capacity)
        let code = buffer.withUnsafeMutableBufferPointer { pointer -> Int32 in
            guard let base = pointer.baseAddress else { return MDG_GLPK_FATAL }
            return body(base, capacity)
        }
        let bytes = buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
        let message = String(decoding: bytes, as: UTF8.self)
        return (code, message.isEmpty ? "GLPK error without a message" : message)
    }
}
