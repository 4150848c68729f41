/// How a model's metabolite ids encode compartments (`glc__D_c` is `glc__D` in `c`), and
/// which compartment is the cytosol.
///
/// BiGG-style models end every metabolite id with `_` and a compartment letter; the file's
/// compartment ids may differ (`C_c` in CarveMe's universe), so the suffix is learnt from
/// the ids actually used in each compartment.
struct CompartmentNaming: Sendable {
    /// The cytosol's compartment id, when the model has compartments.
    let cytosol: String?
    /// Compartment id → the id suffix its metabolites mostly carry (`C_c` → `c`).
    let suffixes: [String: String]

    init(_ model: Model) {
        var counts: [String: [String: Int]] = [:]
        for metabolite in model.metabolites {
            guard let suffix = Self.suffix(of: metabolite.id) else { continue }
            counts[metabolite.compartment, default: [:]][suffix, default: 0] += 1
        }
        suffixes = counts.compactMapValues { tally in
            tally.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }?.key
        }
        cytosol = Self.cytosol(of: model, suffixes: suffixes)
    }

    /// The part of `id` after its last `_`, or `nil` when there is none.
    static func suffix(of id: String) -> String? {
        guard let underscore = id.lastIndex(of: "_"), underscore != id.startIndex else { return nil }
        let suffix = id[id.index(after: underscore)...]
        return suffix.isEmpty ? nil : String(suffix)
    }

    /// `id` without its compartment suffix (`13ppd_c` → `13ppd`); `id` itself when it has none.
    static func baseID(of id: String) -> String {
        guard let underscore = id.lastIndex(of: "_"), underscore != id.startIndex else { return id }
        return String(id[..<underscore])
    }

    /// The cytosol: a compartment called `c`/`cytosol`/`cytoplasm` (by id, suffix or name),
    /// otherwise the compartment holding the most metabolites (cameo's rule).
    private static func cytosol(of model: Model, suffixes: [String: String]) -> String? {
        let names = ["c", "c0", "cytosol", "cytoplasm"]
        if let named = model.compartments.first(where: {
            names.contains($0.id.lowercased()) || suffixes[$0.id] == "c" || names.contains($0.name.lowercased())
        }) {
            return named.id
        }
        var sizes: [String: Int] = [:]
        for metabolite in model.metabolites { sizes[metabolite.compartment, default: 0] += 1 }
        return sizes.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }?.key
    }

    /// Maps each compartment of `universe` to one of `host`: the host compartment holding most
    /// of the metabolites the two models share by id, else the one with the same id suffix.
    /// Compartments that match neither way are left out.
    static func mapping(from universe: Model, to host: Model) -> [String: String] {
        var votes: [String: [String: Int]] = [:]
        for metabolite in universe.metabolites {
            guard let match = host.metabolite(metabolite.id) else { continue }
            votes[metabolite.compartment, default: [:]][match.compartment, default: 0] += 1
        }
        var mapping = votes.compactMapValues { tally in
            tally.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }?.key
        }
        let universeNaming = CompartmentNaming(universe)
        let hostNaming = CompartmentNaming(host)
        for compartment in universe.compartments where mapping[compartment.id] == nil {
            guard let suffix = universeNaming.suffixes[compartment.id] else { continue }
            if let match = host.compartments.first(where: { hostNaming.suffixes[$0.id] == suffix || $0.id == suffix }) {
                mapping[compartment.id] = match.id
            }
        }
        return mapping
    }
}
