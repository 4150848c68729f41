import Foundation

/// What a compartment is, independent of how a model names it: pathway files write BiGG
/// letters (`_c`, `_e`…), models use those letters, other ids (`Cytosol`, `C_c`, `c0`) or
/// other letters for other things (yeast-GEM's `p` is the peroxisome).
public enum CompartmentKind: String, Sendable, Hashable, CaseIterable {
    /// Cytosol (`c`).
    case cytosol
    /// Extracellular space (`e`).
    case extracellular
    /// Periplasm (`p`).
    case periplasm
    /// Mitochondrion (`m`).
    case mitochondrion
    /// Peroxisome (`x`).
    case peroxisome
    /// Endoplasmic reticulum (`r`).
    case endoplasmicReticulum = "endoplasmic reticulum"
    /// Nucleus (`n`).
    case nucleus
    /// Golgi apparatus (`g`).
    case golgi
    /// Vacuole (`v`).
    case vacuole

    /// The BiGG letter pathway files use.
    public var letter: String {
        switch self {
        case .cytosol: "c"
        case .extracellular: "e"
        case .periplasm: "p"
        case .mitochondrion: "m"
        case .peroxisome: "x"
        case .endoplasmicReticulum: "r"
        case .nucleus: "n"
        case .golgi: "g"
        case .vacuole: "v"
        }
    }

    /// The kind a pathway-file letter stands for.
    public init?(letter: String) {
        guard let kind = Self.allCases.first(where: { $0.letter == letter }) else { return nil }
        self = kind
    }

    /// What a model compartment is: from its name when the name says (`cytoplasm`,
    /// `extracellular`, `Extra_organism`, `peroxisome`…; membranes are none of these),
    /// otherwise from a BiGG-style id (`c`, `e`, `C_c`, `c0`, `Cytosol`).
    public init?(compartment: Compartment) {
        if let kind = Self.fromName(compartment.name) ?? Self.fromName(compartment.id) {
            self = kind
            return
        }
        var id = compartment.id
        if id.hasPrefix("C_") { id.removeFirst(2) }
        if id.count == 2, id.hasSuffix("0") { id.removeLast() }
        guard let kind = Self(letter: id) else { return nil }
        self = kind
    }

    /// The kind a metabolite id's compartment tag names, for models whose compartments say
    /// nothing (iBT721 puts every metabolite in one compartment "No Compartment" and spells
    /// the compartment in the id): `pyr_LSQBKTc_RSQBKT`, `pyr[c]`, `pyr_LPAREN_c_RPAREN_`, `pyr(c)`.
    public init?(taggedMetaboliteID id: String) {
        guard let letter = Self.tags.lazy.compactMap({ Self.letter(in: id, between: $0.open, and: $0.close) }).first,
              let kind = Self(letter: letter) else { return nil }
        self = kind
    }

    /// The spelling of `id` in compartment `letter` in the tag style `like` uses, if it has one.
    public static func tagging(_ id: String, letter: String, like example: String) -> String? {
        tags.first { Self.letter(in: example, between: $0.open, and: $0.close) != nil }
            .map { "\(id)\($0.open)\(letter)\($0.close)" }
    }

    private static let tags: [(open: String, close: String)] = [
        ("_LSQBKT", "_RSQBKT"), ("[", "]"), ("_LPAREN_", "_RPAREN_"), ("(", ")"),
    ]

    private static func letter(in id: String, between open: String, and close: String) -> String? {
        guard id.hasSuffix(close) else { return nil }
        let body = id.dropLast(close.count)
        guard let range = body.range(of: open, options: .backwards), range.lowerBound > body.startIndex else { return nil }
        let letter = body[range.upperBound...]
        return (1...2).contains(letter.count) && letter.allSatisfy(\.isLetter) ? String(letter) : nil
    }

    private static func fromName(_ text: String) -> CompartmentKind? {
        let name = text.lowercased().replacingOccurrences(of: "_", with: " ")
        guard name.count > 2, !name.contains("membrane") else { return nil }
        let keywords: [(String, CompartmentKind)] = [
            ("cytosol", .cytosol), ("cytoplasm", .cytosol), ("extracellular", .extracellular),
            ("extra organism", .extracellular), ("external", .extracellular), ("periplasm", .periplasm),
            ("mitochondri", .mitochondrion), ("peroxisom", .peroxisome), ("glyoxysom", .peroxisome),
            ("endoplasmic", .endoplasmicReticulum), ("nucle", .nucleus), ("golgi", .golgi), ("vacuol", .vacuole),
        ]
        return keywords.first { name.contains($0.0) }?.1
    }
}

extension Model {
    /// The model's compartment of each kind: the first compartment (in model order) that is
    /// of that kind.
    public var compartmentsByKind: [CompartmentKind: String] {
        var result: [CompartmentKind: String] = [:]
        for compartment in compartments {
            guard let kind = CompartmentKind(compartment: compartment), result[kind] == nil else { continue }
            result[kind] = compartment.id
        }
        return result
    }
}
