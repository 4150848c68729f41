import OrderedCollections

/// A reaction (or exchange, sink, demand, biomass pseudo-reaction) with its flux bounds.
///
/// Stoichiometry follows the usual sign convention: negative coefficients are
/// consumed, positive ones produced. A flux below zero runs the reaction backwards,
/// so for an exchange reaction `glc__D_e <=>`, negative flux is uptake.
public struct Reaction: Hashable, Sendable, Identifiable {
    /// The reaction's identifier, unique in its model.
    public var id: String
    /// A human-readable name; may be empty.
    public var name: String
    /// Metabolite id → stoichiometric coefficient, in the order written in the source.
    public var stoichiometry: OrderedDictionary<String, Double>
    /// The lowest flux allowed (may be `-.infinity`).
    public var lowerBound: Double
    /// The highest flux allowed (may be `.infinity`).
    public var upperBound: Double
    /// The gene–protein–reaction rule; `nil` when the reaction has none.
    public var gpr: GPR?
    /// The subsystem or pathway the reaction belongs to; may be empty.
    public var subsystem: String
    /// Cross-references (EC numbers, KEGG, MetaNetX, BiGG…).
    public var annotations: Annotations
    /// Free-text key–value notes carried over from the source file.
    public var notes: OrderedDictionary<String, String>

    /// Creates a reaction.
    public init(
        id: String,
        name: String = "",
        stoichiometry: OrderedDictionary<String, Double>,
        lowerBound: Double = 0,
        upperBound: Double = 1000,
        gpr: GPR? = nil,
        subsystem: String = "",
        annotations: Annotations = Annotations(),
        notes: OrderedDictionary<String, String> = [:]
    ) {
        self.id = id
        self.name = name
        self.stoichiometry = stoichiometry
        self.lowerBound = lowerBound
        self.upperBound = upperBound
        self.gpr = gpr
        self.subsystem = subsystem
        self.annotations = annotations
        self.notes = notes
    }

    /// Whether the reaction may run backwards (its lower bound is negative).
    public var isReversible: Bool { lowerBound < 0 }

    /// Whether the reaction involves a single metabolite, as exchanges, sinks and
    /// demands do (COBRApy's `boundary`).
    public var isBoundary: Bool { stoichiometry.count == 1 }

    /// The metabolites consumed (negative coefficients).
    public var reactants: [String] { stoichiometry.filter { $0.value < 0 }.map(\.key) }

    /// The metabolites produced (positive coefficients).
    public var products: [String] { stoichiometry.filter { $0.value > 0 }.map(\.key) }

    /// The equation in COBRApy's string style, e.g. `glc__D_e + pep_c --> g6p_c + pyr_c`.
    public var equation: String {
        func side(_ entries: [(String, Double)]) -> String {
            entries.map { id, coefficient in
                abs(coefficient) == 1 ? id : "\(formatNumber(abs(coefficient))) \(id)"
            }.joined(separator: " + ")
        }
        let left = side(stoichiometry.filter { $0.value < 0 }.map { ($0.key, $0.value) })
        let right = side(stoichiometry.filter { $0.value > 0 }.map { ($0.key, $0.value) })
        let arrow: String
        if lowerBound < 0 && upperBound > 0 {
            arrow = "<=>"
        } else if upperBound <= 0 && lowerBound < 0 {
            arrow = "<--"
        } else {
            arrow = "-->"
        }
        return [left, arrow, right].filter { !$0.isEmpty }.joined(separator: " ")
    }
}

/// Formats a number the short way: integers without a decimal point, others with up to 12 significant digits.
func formatNumber(_ value: Double) -> String {
    if value.isNaN { return "nan" }
    if value.isInfinite { return value > 0 ? "inf" : "-inf" }
    if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
    return String(value)
}
