import Foundation
import OrderedCollections

/// Reaction equations in COBRApy's string style: `a_c + 2 b_c --> c_c`.
///
/// Arrows, as COBRApy's `build_reaction_from_string` accepts them: `-->` (irreversible,
/// bounds 0…1000), `<=>` (reversible, −1000…1000), `<--` (irreversible right to left,
/// −1000…0), with any number of `-` or `=` (`->`, `<->`, `<==>`, `=>`). Each side is a list
/// of terms joined by ` + `; a term is an optional positive coefficient and a metabolite
/// reference `<id>_<compartment>`. A side may be empty (`--> a_e` makes `a_e` from nothing).
///
/// ```swift
/// let parsed = try ReactionEquation.parse("succoa_c + nadh_c + h_c --> sucsal_c + coa_c + nad_c")
/// parsed.stoichiometry[MetaboliteReference(id: "succoa", compartment: "c")]   // -1
/// ```
public enum ReactionEquation {
    /// The flux bound used for an open direction (COBRApy's default).
    public static let defaultBound = 1000.0

    /// A parsed equation.
    public struct Parsed: Sendable, Hashable {
        /// Reference → net coefficient (negative for substrates), in the order written.
        public var stoichiometry: OrderedDictionary<MetaboliteReference, Double>
        /// The bounds the arrow implies.
        public var lowerBound: Double
        /// The bounds the arrow implies.
        public var upperBound: Double
    }

    /// Parses `text`.
    ///
    /// - Throws: ``EquationError`` when there is no arrow or more than one, a term is not
    ///   `[coefficient] id_compartment`, a coefficient is not a positive number, a compartment
    ///   letter is unknown, or nothing is left after cancelling both sides.
    public static func parse(_ text: String) throws(EquationError) -> Parsed {
        let (arrow, range) = try findArrow(in: text)
        let left = text[..<range.lowerBound]
        let right = text[range.upperBound...]
        var stoichiometry: OrderedDictionary<MetaboliteReference, Double> = [:]
        for (side, sign) in [(left, -1.0), (right, 1.0)] {
            for term in try terms(of: side, in: text) {
                stoichiometry[term.reference, default: 0] += sign * term.coefficient
            }
        }
        stoichiometry = stoichiometry.filter { $0.value != 0 }
        guard !stoichiometry.isEmpty else { throw EquationError(equation: text, reason: "no metabolite is left once both sides cancel") }
        let bounds: (Double, Double)
        switch arrow {
        case .forward: bounds = (0, defaultBound)
        case .reversible: bounds = (-defaultBound, defaultBound)
        case .backward: bounds = (-defaultBound, 0)
        }
        return Parsed(stoichiometry: stoichiometry, lowerBound: bounds.0, upperBound: bounds.1)
    }

    /// The equation of `stoichiometry` with the arrow its bounds imply (`-->`, `<=>`, `<--`).
    public static func render(_ stoichiometry: OrderedDictionary<MetaboliteReference, Double>, lowerBound: Double, upperBound: Double) -> String {
        func side(_ entries: [(MetaboliteReference, Double)]) -> String {
            entries.map { reference, coefficient in
                abs(coefficient) == 1 ? reference.description : "\(formatNumber(abs(coefficient))) \(reference)"
            }.joined(separator: " + ")
        }
        let left = side(stoichiometry.filter { $0.value < 0 }.map { ($0.key, $0.value) })
        let right = side(stoichiometry.filter { $0.value > 0 }.map { ($0.key, $0.value) })
        let arrow = lowerBound < 0 && upperBound > 0 ? "<=>" : (upperBound <= 0 && lowerBound < 0 ? "<--" : "-->")
        return [left, arrow, right].filter { !$0.isEmpty }.joined(separator: " ")
    }

    private enum Arrow { case forward, reversible, backward }

    private static func findArrow(in text: String) throws(EquationError) -> (Arrow, Range<String.Index>) {
        // An arrow is `<`? then one or more of a single repeated `-` or `=`, then `>`?, with at least one of `<` `>`.
        let pattern = /(<)?(-+|=+)(>)?/
        var found: [(Arrow, Range<String.Index>)] = []
        for match in text.matches(of: pattern) {
            let hasLeft = match.output.1 != nil
            let hasRight = match.output.3 != nil
            switch (hasLeft, hasRight) {
            case (true, true): found.append((.reversible, match.range))
            case (false, true): found.append((.forward, match.range))
            case (true, false): found.append((.backward, match.range))
            case (false, false): continue  // a hyphen inside an id or a minus sign, not an arrow
            }
        }
        guard let first = found.first else {
            throw EquationError(equation: text, reason: "no arrow: write -->, <=> or <--")
        }
        guard found.count == 1 else {
            throw EquationError(equation: text, reason: "\(found.count) arrows: write exactly one of -->, <=> or <--")
        }
        return first
    }

    private static func terms(of side: Substring, in text: String) throws(EquationError) -> [(reference: MetaboliteReference, coefficient: Double)] {
        let trimmed = side.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty { return [] }
        // Terms are separated by a `+` with whitespace on both sides, so ids may contain `+`.
        let parts = trimmed.split(separator: /\s+\+\s+/, omittingEmptySubsequences: false)
        var result: [(MetaboliteReference, Double)] = []
        for part in parts {
            let words = part.split(whereSeparator: \.isWhitespace)
            let coefficient: Double
            let name: Substring
            switch words.count {
            case 1:
                coefficient = 1
                name = words[0]
            case 2:
                guard let value = Double(words[0]), value.isFinite, value > 0 else {
                    throw EquationError(equation: text, reason: "'\(words[0])' in '\(part)' is not a positive coefficient")
                }
                coefficient = value
                name = words[1]
            default:
                let shown = part.isEmpty ? "an empty term (a '+' too many?)" : "'\(part)' is not '[coefficient] metabolite_compartment'"
                throw EquationError(equation: text, reason: shown)
            }
            guard let reference = MetaboliteReference(parsing: String(name)) else {
                if let underscore = name.lastIndex(of: "_"), underscore != name.startIndex, name.index(after: underscore) != name.endIndex {
                    let letter = name[name.index(after: underscore)...]
                    throw EquationError(
                        equation: text,
                        reason: "'\(name)': unknown compartment '_\(letter)'; use " +
                            CompartmentKind.allCases.map { "_\($0.letter) \($0.rawValue)" }.joined(separator: ", "))
                }
                throw EquationError(
                    equation: text,
                    reason: "'\(name)' has no compartment suffix: write id_c, id_e, … (" +
                        CompartmentKind.allCases.map { "_\($0.letter) \($0.rawValue)" }.joined(separator: ", ") + ")")
            }
            result.append((reference, coefficient))
        }
        return result
    }
}

/// Why an equation could not be read.
public struct EquationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The equation as written.
    public var equation: String
    /// What is wrong with it.
    public var reason: String

    /// An error for `equation`.
    public init(equation: String, reason: String) {
        self.equation = equation
        self.reason = reason
    }

    /// `cannot parse equation '…': reason`.
    public var description: String { "cannot parse equation '\(equation)': \(reason)" }
}
