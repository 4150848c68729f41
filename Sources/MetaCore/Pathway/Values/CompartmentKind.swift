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
