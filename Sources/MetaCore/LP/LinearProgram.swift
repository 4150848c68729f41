/// A linear (or mixed-integer) program described independently of any solver.
///
/// Columns are the variables, rows the constraints `lower ≤ Σ a_ij x_j ≤ upper`; the
/// matrix is given as (row, column, value) triplets with zero-based indices. Bounds may
/// be `±.infinity`; a row or column whose bounds are equal is fixed (an equality). A column
/// may be `.integer` or `.binary`, which makes the program a MILP (solved by branch and
/// bound, see `SolverSettings.mip`).
///
/// Entries that name the same (row, column) are **summed**, as in a triplet-form sparse
/// matrix (SciPy's COO → CSC), and entries that sum to zero are dropped. Names are for
/// diagnostics only: they need not be unique, and a backend may truncate or sanitise them.
///
/// ```swift
/// var lp = LinearProgram(sense: .maximize)
/// let x = lp.addColumn(name: "x", lower: 0, upper: 4, objective: 1)
/// let y = lp.addColumn(name: "y", lower: 0, upper: .infinity, objective: 2)
/// lp.addRow(name: "cap", lower: -.infinity, upper: 10, coefficients: [(x, 1), (y, 1)])
/// let solution = try GLPKSolver().solve(lp, settings: SolverSettings())   // x = 0, y = 10
/// ```
public struct LinearProgram: Sendable, Hashable {
    /// What values a column may take.
    public enum ColumnKind: String, Sendable, Hashable, Codable {
        /// Any real value within the bounds.
        case continuous
        /// An integer within the bounds; the bounds must be integral or infinite.
        case integer
        /// 0 or 1; the bounds must lie within 0…1 (`0…0` or `1…1` fix the value).
        case binary
    }

    /// A variable: its bounds, objective coefficient and kind.
    public struct Column: Sendable, Hashable {
        /// A name for diagnostics.
        public var name: String
        /// The lowest value allowed (`-.infinity` for none).
        public var lower: Double
        /// The highest value allowed (`.infinity` for none).
        public var upper: Double
        /// The coefficient of this variable in the objective.
        public var objective: Double
        /// Continuous, integer or binary; any non-continuous column makes the program a MILP.
        public var kind: ColumnKind

        /// Whether the variable must take an integer value (integer or binary).
        /// Setting it to `true` makes a continuous column `.integer`; `false` makes it continuous.
        public var isInteger: Bool {
            get { kind != .continuous }
            set { kind = newValue ? (kind == .continuous ? .integer : kind) : .continuous }
        }

        /// Creates a column.
        public init(name: String = "", lower: Double = 0, upper: Double = .infinity, objective: Double = 0, kind: ColumnKind = .continuous) {
            self.name = name
            self.lower = lower
            self.upper = upper
            self.objective = objective
            self.kind = kind
        }

        /// Creates a column that is continuous or, with `isInteger`, integral.
        public init(name: String = "", lower: Double = 0, upper: Double = .infinity, objective: Double = 0, isInteger: Bool) {
            self.init(name: name, lower: lower, upper: upper, objective: objective, kind: isInteger ? .integer : .continuous)
        }

        /// A 0/1 column.
        public static func binary(name: String = "", objective: Double = 0) -> Column {
            Column(name: name, lower: 0, upper: 1, objective: objective, kind: .binary)
        }
    }

    /// A constraint `lower ≤ Σ a_ij x_j ≤ upper`.
    public struct Row: Sendable, Hashable {
        /// A name for diagnostics.
        public var name: String
        /// The lowest activity allowed (`-.infinity` for none).
        public var lower: Double
        /// The highest activity allowed (`.infinity` for none).
        public var upper: Double

        /// Creates a row.
        public init(name: String = "", lower: Double, upper: Double) {
            self.name = name
            self.lower = lower
            self.upper = upper
        }

        /// An equality row `Σ a_ij x_j = value`.
        public static func equal(_ value: Double, name: String = "") -> Row {
            Row(name: name, lower: value, upper: value)
        }

        /// Whether the row is an equality (its bounds coincide).
        public var isEquality: Bool { lower == upper }
    }

    /// One coefficient a_ij of the constraint matrix (zero-based indices).
    public struct Entry: Sendable, Hashable {
        /// The row index, `0..<rows.count`.
        public var row: Int
        /// The column index, `0..<columns.count`.
        public var column: Int
        /// The coefficient.
        public var value: Double

        /// Creates an entry.
        public init(row: Int, column: Int, value: Double) {
            self.row = row
            self.column = column
            self.value = value
        }
    }

    /// Maximise or minimise the objective.
    public var sense: OptimizationSense
    /// The variables.
    public var columns: [Column]
    /// The constraints.
    public var rows: [Row]
    /// The constraint matrix as triplets; duplicates are summed.
    public var entries: [Entry]

    /// Creates a program; nothing is checked until `validate()` or a solve.
    public init(sense: OptimizationSense = .maximize, columns: [Column] = [], rows: [Row] = [], entries: [Entry] = []) {
        self.sense = sense
        self.columns = columns
        self.rows = rows
        self.entries = entries
    }

    /// Whether any column is integral.
    public var isMixedInteger: Bool { columns.contains(where: \.isInteger) }

    /// Appends a column and returns its index.
    @discardableResult
    public mutating func addColumn(
        name: String = "", lower: Double = 0, upper: Double = .infinity, objective: Double = 0, isInteger: Bool = false
    ) -> Int {
        columns.append(Column(name: name, lower: lower, upper: upper, objective: objective, isInteger: isInteger))
        return columns.count - 1
    }

    /// Appends a column of the given kind and returns its index.
    @discardableResult
    public mutating func addColumn(
        name: String = "", lower: Double = 0, upper: Double = .infinity, objective: Double = 0, kind: ColumnKind
    ) -> Int {
        columns.append(Column(name: name, lower: lower, upper: upper, objective: objective, kind: kind))
        return columns.count - 1
    }

    /// Appends a 0/1 column and returns its index.
    @discardableResult
    public mutating func addBinaryColumn(name: String = "", objective: Double = 0) -> Int {
        columns.append(.binary(name: name, objective: objective))
        return columns.count - 1
    }

    /// Appends a row with its coefficients `(column, value)` and returns its index.
    @discardableResult
    public mutating func addRow(
        name: String = "", lower: Double, upper: Double, coefficients: [(column: Int, value: Double)] = []
    ) -> Int {
        rows.append(Row(name: name, lower: lower, upper: upper))
        let row = rows.count - 1
        entries.append(contentsOf: coefficients.map { Entry(row: row, column: $0.column, value: $0.value) })
        return row
    }
}
