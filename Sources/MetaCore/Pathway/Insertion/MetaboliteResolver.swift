import Foundation

/// Finds a pathway's metabolite references in one chassis model, in the order
/// `docs/PathwayFiles.md` gives: exact id (also in the older `ala_L_c`/`ala-L_c` and the
/// COBRA Toolbox `ala__L[c]` spellings); a metabolite in the same compartment carrying one of
/// its cross-references (`bigg.metabolite:<id>` always, plus the file's and the shared table's);
/// one annotated with the same SMILES string, or with the same name and a compatible formula
/// (for models without cross-references, such as yeast-GEM); otherwise it is created when the file declares it `new` (or it is the product).
///
/// ```swift
/// let resolver = MetaboliteResolver(model: model, index: ChassisIndex(model), table: table)
/// switch resolver.resolve(MetaboliteReference(id: "nadh", compartment: "c"), in: pathway) { … }
/// ```
public struct MetaboliteResolver: Sendable {
    /// What became of one reference.
    public enum Outcome: Sendable, Hashable {
        /// It names a metabolite the model has.
        case found(MetaboliteResolution)
        /// It is to be created as this metabolite.
        case create(Metabolite, MetaboliteResolution)
        /// Nothing matched and it may not be created.
        case unresolved(UnresolvedMetabolite)
    }

    /// The chassis model.
    public let model: Model
    /// The model's index.
    public let index: ChassisIndex
    /// The shared table of common metabolites.
    public let table: MetaboliteTable

    /// A resolver for `model` (indexed by `index`) with the shared `table`.
    public init(model: Model, index: ChassisIndex, table: MetaboliteTable) {
        self.model = model
        self.index = index
        self.table = table
    }

    /// Resolves `reference`, using what `pathway` declares about it (cross-references,
    /// name, whether it is new). Without a pathway only the table's knowledge is used and
    /// nothing is created.
    public func resolve(_ reference: MetaboliteReference, in pathway: Pathway? = nil) -> Outcome {
        let declared = pathway?.declaredMetabolite(reference.id)
        let entry = table[reference.id]
        let kind = CompartmentKind(letter: reference.compartment)
        var tried: [String] = []
        let compartment = kind.flatMap { index.compartments[$0] }
        // Older BiGG and COBRA Toolbox models write `ala_L_c` or `ala-L_c` for `ala__L_c`.
        let ids = [reference.id] + (reference.id.contains("__")
            ? [reference.id.replacingOccurrences(of: "__", with: "_"), reference.id.replacingOccurrences(of: "__", with: "-")] : [])
        var spellings = ids.map { "\($0)_\(reference.compartment)" }
        if let compartment { spellings += ids.flatMap { ["\($0)[\(compartment)]", "\($0)_\(compartment)"] } }
        if let example = index.taggedExample {
            spellings += ids.compactMap { CompartmentKind.tagging($0, letter: reference.compartment, like: example) }
        }
        for id in unique(spellings) {
            tried.append("id '\(id)'")
            guard let position = model.index(ofMetabolite: id) else { continue }
            let metabolite = model.metabolites[position]
            let found = index.metaboliteKinds[position]
            if found == nil || found == kind {
                return .found(MetaboliteResolution(reference: reference, metabolite: id, method: .identifier))
            }
            tried[tried.count - 1] += " (it is in \(metabolite.compartment))"
        }
        guard let kind, let compartment else {
            tried.append("the model has no \(kind?.rawValue ?? "'\(reference.compartment)'") compartment")
            return .unresolved(UnresolvedMetabolite(reference: reference, tried: tried))
        }
        let xrefs = unique([CrossReference(.bigg, reference.id)] + (declared?.xrefs ?? []) + (entry?.xrefs ?? []))
        if let match = matchByCrossReference(xrefs, kind: kind, tried: &tried, label: compartment) {
            return .found(MetaboliteResolution(reference: reference, metabolite: match.id, method: .crossReference(match.xref),
                                               alternatives: match.alternatives))
        }
        if let smiles = declared?.smiles ?? entry?.smiles {
            tried.append("SMILES \(smiles) in \(compartment)")
            let hits = index.metabolites(withSmiles: smiles).filter { index.metaboliteKinds[$0] == kind }
            if let first = hits.first {
                return .found(MetaboliteResolution(
                    reference: reference, metabolite: model.metabolites[first].id, method: .smiles(smiles),
                    alternatives: hits.dropFirst().map { model.metabolites[$0].id }))
            }
        }
        let names = unique([declared?.name, entry?.name].compactMap { $0 } + (declared?.synonyms ?? []) + (entry?.synonyms ?? []))
            .filter { !$0.isEmpty }
        let formula = (declared?.formula ?? entry?.formula).flatMap(Formula.init)
        for name in names {
            tried.append("name '\(name)' in \(compartment)")
            let hits = index.metabolites(named: name).filter { position in
                let metabolite = model.metabolites[position]
                return index.metaboliteKinds[position] == kind
                    && Self.compatible(formula, metabolite.formula.flatMap(Formula.init))
            }
            if let first = hits.first {
                return .found(MetaboliteResolution(
                    reference: reference, metabolite: model.metabolites[first].id, method: .name(name),
                    alternatives: hits.dropFirst().map { model.metabolites[$0].id }))
            }
        }
        let product = pathway.map { $0.product.id == reference.id } ?? false
        if let declared, declared.isNew || product {
            let metabolite = created(declared, reference: reference, compartment: compartment)
            return .create(metabolite, MetaboliteResolution(reference: reference, metabolite: metabolite.id, method: .created))
        }
        if declared == nil, pathway != nil { tried.append("not declared in the file's metabolites (add it with new: true to create it)") }
        if let declared, !declared.isNew, !product { tried.append("declared without new: true, so not created") }
        return .unresolved(UnresolvedMetabolite(reference: reference, tried: tried))
    }

    private func matchByCrossReference(
        _ xrefs: [CrossReference], kind: CompartmentKind, tried: inout [String], label: String
    ) -> (id: String, xref: CrossReference, alternatives: [String])? {
        // Each matching cross-reference adds its weight; the best-supported metabolite wins, ties to model order.
        var scores: [Int: (score: Int, xref: CrossReference)] = [:]
        for xref in xrefs {
            tried.append("\(xref) in \(label)")
            for position in index.metabolites(with: xref)
            where index.metaboliteKinds[position] == kind {
                let previous = scores[position]
                scores[position] = ((previous?.score ?? 0) + Self.weight(xref.database), previous?.xref ?? xref)
            }
        }
        let ranked = scores.sorted { ($0.value.score, -$0.key) > ($1.value.score, -$1.key) }
        guard let best = ranked.first else { return nil }
        return (model.metabolites[best.key].id, best.value.xref, ranked.dropFirst().map { model.metabolites[$0.key].id })
    }

    private func created(_ declared: PathwayMetabolite, reference: MetaboliteReference, compartment: String) -> Metabolite {
        // In the model's own spelling: `3hppnl_c`, or `3hppnl_LSQBKTc_RSQBKT` where ids carry tags.
        var id = index.taggedExample.flatMap { CompartmentKind.tagging(reference.id, letter: reference.compartment, like: $0) }
            ?? reference.description
        if model.metabolite(id) != nil { id = "\(reference.id)_\(compartment)" }
        while model.metabolite(id) != nil { id += "_pw" }
        var annotations = Annotations()
        for xref in declared.xrefs { annotations.add(xref.annotation.identifier, in: xref.annotation.namespace) }
        return Metabolite(id: id, name: declared.name, compartment: compartment, formula: declared.formula,
                          charge: declared.charge, annotations: annotations)
    }

    /// Identifiers are most specific, ChEBI least (its entries split tautomers and charge states).
    private static func weight(_ database: CrossReference.Database) -> Int {
        switch database {
        case .bigg: 16
        case .metanetx: 8
        case .inchikey: 4
        case .kegg: 2
        case .chebi: 1
        }
    }

    /// Whether two formulas can be the same compound: equal apart from hydrogen (protonation
    /// states differ between models), or either unknown.
    static func compatible(_ expected: Formula?, _ found: Formula?) -> Bool {
        guard let expected, let found else { return true }
        let heavy = { (formula: Formula) in Dictionary(uniqueKeysWithValues: formula.elements.filter { $0.key != "H" && $0.value != 0 }.map { ($0.key, $0.value) }) }
        return heavy(expected) == heavy(found)
    }
}

/// `items` without repeats, first occurrence kept.
private func unique<T: Hashable>(_ items: [T]) -> [T] {
    var seen = Set<T>()
    return items.filter { seen.insert($0).inserted }
}
