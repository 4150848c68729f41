import Foundation

/// Look-up tables over a chassis model for inserting pathways: cross-reference → metabolites,
/// SMILES → metabolites, name → metabolites, compartment kinds, and reaction stoichiometry →
/// reactions.
///
/// Building one takes a few milliseconds on a genome-scale model. Build it once per chassis
/// model and reuse it for every pathway and condition: it depends only on the model's
/// metabolites, annotations and stoichiometry, not on bounds, so it stays valid for the model
/// with any medium or aeration applied. It is an immutable value, safe to share across threads.
public struct ChassisIndex: Sendable {
    /// The model's compartment of each kind: the first compartment of that kind, or, in a
    /// model whose compartments say nothing, the compartment of the first metabolite whose id
    /// is tagged with that kind (`pyr_LSQBKTc_RSQBKT`).
    public let compartments: [CompartmentKind: String]
    /// The kind of each model compartment that has one.
    public let compartmentKinds: [String: CompartmentKind]
    /// The kind of each metabolite (by position): its compartment's, else its id tag's.
    public let metaboliteKinds: [CompartmentKind?]
    /// A metabolite id of the model with a compartment tag, if its ids carry tags: new
    /// metabolites are spelled the same way.
    public let taggedExample: String?
    /// Whether the model records charges (some conversions leave every charge 0 or empty).
    public let recordsCharges: Bool
    let byCrossReference: [CrossReference: [Int]]
    let byName: [String: [Int]]
    let bySmiles: [String: [Int]]
    let bySignature: [String: [Int]]
    let metaboliteCount: Int
    let reactionCount: Int

    /// Indexes `model`.
    ///
    /// - Complexity: O(metabolites × annotations + nonzeros).
    public init(_ model: Model) {
        var kinds: [String: CompartmentKind] = [:]
        for compartment in model.compartments { kinds[compartment.id] = CompartmentKind(compartment: compartment) }
        compartmentKinds = kinds
        var compartments = model.compartmentsByKind
        var taggedExample: String?
        metaboliteKinds = model.metabolites.map { metabolite in
            if let kind = kinds[metabolite.compartment] { return kind }
            guard let kind = CompartmentKind(taggedMetaboliteID: metabolite.id) else { return nil }
            if compartments[kind] == nil { compartments[kind] = metabolite.compartment }
            if taggedExample == nil { taggedExample = metabolite.id }
            return kind
        }
        self.compartments = compartments
        self.taggedExample = taggedExample
        var byCrossReference: [CrossReference: [Int]] = [:]
        var byName: [String: [Int]] = [:]
        var bySmiles: [String: [Int]] = [:]
        for (position, metabolite) in model.metabolites.enumerated() {
            for xref in Set(metabolite.annotations.crossReferences) { byCrossReference[xref, default: []].append(position) }
            for (namespace, identifiers) in metabolite.annotations.entries where namespace.lowercased() == "smiles" {
                for smiles in Set(identifiers.map(Self.bareSmiles)) { bySmiles[smiles, default: []].append(position) }
            }
            let name = Self.normalisedName(metabolite.name)
            if !name.isEmpty { byName[name, default: []].append(position) }
        }
        self.byCrossReference = byCrossReference
        self.byName = byName
        self.bySmiles = bySmiles
        var bySignature: [String: [Int]] = [:]
        for (position, reaction) in model.reactions.enumerated() {
            bySignature[Self.signature(of: reaction.stoichiometry.elements.map { ($0.key, $0.value) }), default: []].append(position)
        }
        self.bySignature = bySignature
        recordsCharges = model.metabolites.contains { ($0.charge ?? 0) != 0 }
        metaboliteCount = model.metabolites.count
        reactionCount = model.reactions.count
    }

    /// Whether this index could have been built from `model` (same metabolites and reactions,
    /// possibly other bounds). Checked by count, which is cheap; a pathway-inserted model fails.
    public func fits(_ model: Model) -> Bool {
        model.metabolites.count == metaboliteCount && model.reactions.count == reactionCount
    }

    /// Metabolites (positions) annotated with `xref`.
    func metabolites(with xref: CrossReference) -> [Int] { byCrossReference[xref] ?? [] }

    /// Metabolites (positions) annotated with exactly this SMILES string (yeast-GEM's only annotation).
    func metabolites(withSmiles smiles: String) -> [Int] { bySmiles[Self.bareSmiles(smiles)] ?? [] }

    /// The SMILES string without the `SMILES:` prefix COBRApy's reading of identifiers.org URIs leaves on it.
    static func bareSmiles(_ text: String) -> String {
        text.lowercased().hasPrefix("smiles:") ? String(text.dropFirst("smiles:".count)) : text
    }

    /// Metabolites (positions) whose name normalises to `name`'s.
    func metabolites(named name: String) -> [Int] { byName[Self.normalisedName(name)] ?? [] }

    /// Reactions (positions) with exactly this stoichiometry.
    func reactions(withStoichiometry stoichiometry: [(String, Double)]) -> [Int] {
        bySignature[Self.signature(of: stoichiometry)] ?? []
    }

    /// Lower case, single spaces, no surrounding space: `" NADP(+) "` → `"nadp(+)"`.
    static func normalisedName(_ name: String) -> String {
        name.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// A text key for a stoichiometry that ignores order: `"a:-1|b:2"`.
    static func signature(of stoichiometry: [(String, Double)]) -> String {
        stoichiometry.filter { $0.1 != 0 }.sorted { $0.0 < $1.0 }.map { "\($0.0):\(JSONText.numberText($0.1))" }.joined(separator: "|")
    }
}
