/// A metabolite as a pathway file declares it: an id without compartment, formula, charge and
/// the cross-references used to find it in a chassis that names it differently.
public struct PathwayMetabolite: Sendable, Hashable, Identifiable {
    /// The id without compartment suffix, BiGG style where one exists (`sucsal`, `14bdo`).
    public var id: String
    /// A human-readable name (`succinate semialdehyde`).
    public var name: String
    /// The chemical formula of the form the chassis models use (BiGG: charged at pH 7.2).
    public var formula: String?
    /// The electric charge of that form.
    public var charge: Int?
    /// Cross-references (`chebi:57706`, `kegg:C00232`, `metanetx:MNXM192`, …).
    public var xrefs: [CrossReference]
    /// Other names the metabolite goes by, tried after the name when a chassis has no cross-references.
    public var synonyms: [String]
    /// Whether it may be created in a chassis that lacks it (otherwise it must resolve).
    public var isNew: Bool
    /// The SMILES string, as some models (yeast-GEM) annotate their metabolites.
    public var smiles: String?

    /// A metabolite from its parts.
    public init(
        id: String, name: String = "", formula: String? = nil, charge: Int? = nil,
        xrefs: [CrossReference] = [], synonyms: [String] = [], isNew: Bool = false, smiles: String? = nil
    ) {
        self.id = id
        self.name = name
        self.formula = formula
        self.charge = charge
        self.xrefs = xrefs
        self.synonyms = synonyms
        self.isNew = isNew
        self.smiles = smiles
    }
}

/// A metabolite as an equation writes it: an id and a compartment letter, `succoa_c`.
///
/// The compartment is the text after the last `_` (`glc__D_e` → `glc__D` in `e`); the letters
/// are those of ``CompartmentKind``.
public struct MetaboliteReference: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The id without compartment (`succoa`).
    public var id: String
    /// The compartment letter (`c`).
    public var compartment: String

    /// A reference from its id and compartment letter.
    public init(id: String, compartment: String) {
        self.id = id
        self.compartment = compartment
    }

    /// Splits `succoa_c` at its last `_`; `nil` when there is no suffix or it is not a known compartment letter.
    public init?(parsing text: String) {
        guard let underscore = text.lastIndex(of: "_"), underscore != text.startIndex else { return nil }
        let id = String(text[..<underscore])
        let compartment = String(text[text.index(after: underscore)...])
        guard CompartmentKind(letter: compartment) != nil else { return nil }
        self.init(id: id, compartment: compartment)
    }

    /// `id_compartment`, as written in equations and used as the BiGG model id.
    public var description: String { "\(id)_\(compartment)" }

    /// Orders by the written form.
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.description < rhs.description }
}
