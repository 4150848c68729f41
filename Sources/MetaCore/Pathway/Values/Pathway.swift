/// A heterologous route to a product: the reactions to add to a chassis model, the new
/// metabolites they need, their enzymes and the literature.
///
/// A pathway is chassis-independent: its metabolites are references such as `succoa_c` that
/// are resolved against a chassis model only when the pathway is inserted
/// (``Model/inserting(_:table:index:)``). Pathways are read from YAML pathway files
/// (``PathwayFileReader``, format in `docs/PathwayFiles.md`) and written back with
/// ``PathwayFileWriter``.
///
/// ```swift
/// let file = try PathwayFileReader.read(path: "bdo.yaml")
/// let bdo = file.pathways[0]
/// print(bdo.product.id, bdo.reactions.map(\.equation))
/// ```
public struct Pathway: Sendable, Hashable, Identifiable {
    /// A stable id, unique across a library: lowercase letters, digits, `_`, `-`, `.` (`bdo_yim2011`).
    public var id: String
    /// A human-readable name.
    public var name: String
    /// One or two sentences on the route.
    public var summary: String
    /// The product the route makes (its cytosolic form is `<product.id>_c`).
    public var product: PathwayMetabolite
    /// Where the route was described.
    public var references: [Citation]
    /// Whether insertion adds `<product>_c --> <product>_e` and `EX_<product>_e` when the chassis lacks them.
    public var export: Bool
    /// Metabolites the route declares: the new ones, and any whose cross-references help resolve them.
    public var metabolites: [PathwayMetabolite]
    /// The reactions to add, in pathway order. Empty for native overproduction (export only).
    public var reactions: [PathwayReaction]
    /// Free-text remarks from the file.
    public var notes: String?
    /// The substrates the route needs (first: the yield basis; e.g. `glycerol` for a glycerol
    /// route); empty when it works from the chassis' usual carbon sources.
    public var substrates: [String] = []

    /// A pathway from its parts; only `id`, `name` and `product` are required.
    public init(
        id: String, name: String, summary: String = "", product: PathwayMetabolite, references: [Citation] = [],
        export: Bool = true, metabolites: [PathwayMetabolite] = [], reactions: [PathwayReaction] = [], notes: String? = nil
    ) {
        self.id = id
        self.name = name
        self.summary = summary
        self.product = product
        self.references = references
        self.export = export
        self.metabolites = metabolites
        self.reactions = reactions
        self.notes = notes
    }

    /// Where the route makes its product: `<product.id>_c` when a reaction makes it in the
    /// cytosol (and for native routes), otherwise the first compartment a reaction makes it in.
    public var productReference: MetaboliteReference {
        let cytosolic = MetaboliteReference(id: product.id, compartment: CompartmentKind.cytosol.letter)
        let made = reactions.flatMap { $0.stoichiometry.filter { $0.key.id == product.id && $0.value > 0 }.map(\.key) }
        return made.contains(cytosolic) ? cytosolic : (made.first ?? cytosolic)
    }

    /// Whether the route adds no reactions and only makes sure the product can leave the cell.
    public var isNativeOverproduction: Bool { reactions.isEmpty }

    /// The metabolite the route declares under `id` (without compartment suffix), the product included.
    public func declaredMetabolite(_ id: String) -> PathwayMetabolite? {
        if product.id == id { return product }
        return metabolites.first { $0.id == id }
    }

    /// Every metabolite reference the reactions use, in first-use order, then the product.
    public var metaboliteReferences: [MetaboliteReference] {
        var seen = Set<MetaboliteReference>()
        var ordered: [MetaboliteReference] = []
        for reference in reactions.flatMap(\.stoichiometry.keys) + [productReference] where seen.insert(reference).inserted {
            ordered.append(reference)
        }
        return ordered
    }

    /// Whether `id` follows the pathway id rules (lowercase letters, digits, `_ - .`, starting with a letter or digit).
    public static func isWellFormed(id: String) -> Bool {
        guard !id.isEmpty else { return false }
        return id.unicodeScalars.allSatisfy { scalar in
            ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || "_-.".unicodeScalars.contains(scalar)
        }
    }
}
