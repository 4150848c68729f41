import Foundation

/// The metabolite a prediction is asked to make, found in the chassis or among the
/// universe's metabolites, always in the chassis' cytosol.
///
/// A product is named by its base id (`13ppd`, BiGG style, without compartment), by a full
/// id (`13ppd_c`), or by its exact name (`1,3-Propanediol`, case-insensitive).
///
/// ```swift
/// let product = try ProductTarget.resolve("13ppd", host: iML1515, candidates: candidates)
/// print(product.metabolite.id, product.isNew)   // 13ppd_c false
/// ```
public struct ProductTarget: Sendable, Hashable {
    /// The product as a metabolite of the extended model (chassis namespace and compartment).
    public var metabolite: Metabolite
    /// Whether the chassis lacks the metabolite (it comes from the universe).
    public var isNew: Bool

    /// The id without its compartment suffix (`13ppd`).
    public var baseID: String { CompartmentNaming.baseID(of: metabolite.id) }

    /// Finds `query` in `host`, else among `candidates.newMetabolites`.
    ///
    /// - Throws: `.productNotFound` listing what was tried and similar metabolites.
    public static func resolve(_ query: String, host: Model, candidates: UniverseCandidates) throws(PredictionError) -> ProductTarget {
        let trimmed = query.trimmingCharacters(in: .whitespaces)
        let naming = CompartmentNaming(host)
        let cytosol = naming.cytosol
        let suffix = cytosol.flatMap { naming.suffixes[$0] } ?? "c"
        func lookup(_ id: String) -> ProductTarget? {
            if let own = host.metabolite(id) { return ProductTarget(metabolite: own, isNew: false) }
            if let new = candidates.newMetabolites[id] { return ProductTarget(metabolite: new, isNew: true) }
            return nil
        }
        let cytosolic = "\(trimmed)_\(suffix)"
        var tried = [cytosolic]
        if let found = lookup(cytosolic) { return found }
        if CompartmentNaming.suffix(of: trimmed) != nil {
            tried.append(trimmed)
            if let found = lookup(trimmed), found.metabolite.compartment == cytosol { return found }
        }
        let pool = host.metabolites.map { ($0, false) } + candidates.newMetabolites.values.map { ($0, true) }
        let inCytosol = pool.filter { $0.0.compartment == cytosol }
        tried.append("name '\(trimmed)'")
        if let named = inCytosol.first(where: { $0.0.name.caseInsensitiveCompare(trimmed) == .orderedSame }) {
            return ProductTarget(metabolite: named.0, isNew: named.1)
        }
        let needle = trimmed.lowercased()
        let similar = inCytosol.filter { metabolite, _ in
            CompartmentNaming.baseID(of: metabolite.id).lowercased().contains(needle)
                || (needle.count >= 4 && metabolite.name.lowercased().contains(needle))
        }
        let suggestions = similar.prefix(6).map { metabolite, _ in
            metabolite.name.isEmpty ? metabolite.id : "\(metabolite.id) (\(metabolite.name))"
        }
        throw .productNotFound(trimmed, tried: tried, suggestions: Array(suggestions))
    }
}
