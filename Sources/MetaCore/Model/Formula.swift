import OrderedCollections

/// A chemical formula parsed into element counts, e.g. `C6H12O6` → C 6, H 12, O 6.
///
/// Accepts the Hill-style formulas of genome-scale models, including parenthesised
/// groups (`C3H5(OH)3`) and the `R`/`X` placeholders of generic groups (`C5H7O4R`),
/// which are kept as pseudo-elements so that balance checks can see them.
public struct Formula: Hashable, Sendable, CustomStringConvertible {
    /// Element symbol → count, in the order first written.
    public private(set) var elements: OrderedDictionary<String, Double>

    /// Parses `text`; returns `nil` when it is not a formula (e.g. empty, or `*` in some models).
    public init?(_ text: String) {
        var parser = FormulaParser(scalars: Array(text.unicodeScalars))
        guard !text.isEmpty, let counts = parser.parseGroup(), parser.isAtEnd else { return nil }
        elements = counts
    }

    /// The count of `element` (0 when absent).
    public subscript(element: String) -> Double { elements[element] ?? 0 }

    /// Carbon atoms per molecule.
    public var carbon: Double { self["C"] }

    /// The molar mass in g/mol from standard atomic weights; `nil` when an element is unknown (R, X…).
    public var molarMass: Double? {
        var mass = 0.0
        for (element, count) in elements {
            guard let weight = atomicWeights[element] else { return nil }
            mass += weight * count
        }
        return mass
    }

    /// The formula in `C6H12O6` form.
    public var description: String {
        elements.map { $0.value == 1 ? $0.key : "\($0.key)\(formatNumber($0.value))" }.joined()
    }
}

private struct FormulaParser {
    let scalars: [Unicode.Scalar]
    var position = 0

    var isAtEnd: Bool { position == scalars.count }

    init(scalars: [Unicode.Scalar]) { self.scalars = scalars }

    mutating func parseGroup() -> OrderedDictionary<String, Double>? {
        var counts: OrderedDictionary<String, Double> = [:]
        while position < scalars.count {
            let c = scalars[position]
            if c == ")" { break }
            if c == "(" {
                position += 1
                guard let inner = parseGroup(), position < scalars.count, scalars[position] == ")" else { return nil }
                position += 1
                let multiplier = parseNumber() ?? 1
                for (element, count) in inner { counts[element, default: 0] += count * multiplier }
            } else if c.properties.isUppercase {
                var symbol = String(c)
                position += 1
                while position < scalars.count, scalars[position].properties.isLowercase {
                    symbol.unicodeScalars.append(scalars[position])
                    position += 1
                }
                counts[symbol, default: 0] += parseNumber() ?? 1
            } else {
                return nil
            }
        }
        return counts
    }

    mutating func parseNumber() -> Double? {
        let start = position
        while position < scalars.count, scalars[position].properties.numericType != nil || scalars[position] == "." {
            position += 1
        }
        guard position > start else { return nil }
        return Double(String(String.UnicodeScalarView(scalars[start..<position])))
    }
}

/// Standard atomic weights (IUPAC 2013 abridged values, g/mol) of the elements found in metabolic models.
private let atomicWeights: [String: Double] = [
    "H": 1.008, "He": 4.0026, "Li": 6.94, "B": 10.81, "C": 12.011, "N": 14.007, "O": 15.999,
    "F": 18.998, "Na": 22.990, "Mg": 24.305, "Al": 26.982, "Si": 28.085, "P": 30.974,
    "S": 32.06, "Cl": 35.45, "K": 39.098, "Ca": 40.078, "Mn": 54.938, "Fe": 55.845,
    "Co": 58.933, "Ni": 58.693, "Cu": 63.546, "Zn": 65.38, "Se": 78.971, "Br": 79.904,
    "Mo": 95.95, "Cd": 112.41, "I": 126.90, "W": 183.84, "Hg": 200.59, "As": 74.922,
]
