/// How a pathway's metabolite reference was found in (or added to) a chassis model.
public struct MetaboliteResolution: Sendable, Hashable {
    /// How the match was made.
    public enum Method: Sendable, Hashable, CustomStringConvertible {
        /// The model has a metabolite with exactly the reference's id (or its `id[c]` spelling).
        case identifier
        /// A metabolite in the right compartment carries this cross-reference.
        case crossReference(CrossReference)
        /// A metabolite in the right compartment carries exactly this SMILES annotation.
        case smiles(String)
        /// A metabolite in the right compartment has this name (the model has no cross-references for it).
        case name(String)
        /// The metabolite was created from the pathway file's formula and charge.
        case created

        /// `id`, `chebi:57706`, `SMILES`, `name 'NADH'` or `created`.
        public var description: String {
            switch self {
            case .identifier: "id"
            case .crossReference(let xref): xref.description
            case .smiles: "SMILES"
            case .name(let name): "name '\(name)'"
            case .created: "created"
            }
        }
    }

    /// The reference as the pathway writes it (`sucsal_c`).
    public var reference: MetaboliteReference
    /// The model metabolite id it stands for (`sucsal_c`, `s_1458`).
    public var metabolite: String
    /// How it was found.
    public var method: Method
    /// Other model metabolites that matched as well as the chosen one (an ambiguity worth checking).
    public var alternatives: [String]

    /// A resolution from its parts.
    public init(reference: MetaboliteReference, metabolite: String, method: Method, alternatives: [String] = []) {
        self.reference = reference
        self.metabolite = metabolite
        self.method = method
        self.alternatives = alternatives
    }
}

/// A metabolite reference no chassis metabolite matched, with everything that was tried.
public struct UnresolvedMetabolite: Sendable, Hashable, CustomStringConvertible {
    /// The reference as the pathway writes it.
    public var reference: MetaboliteReference
    /// What was tried, in order (`id 'sucsal_c'`, `bigg:sucsal in c`, `name 'succinate semialdehyde' in c`).
    public var tried: [String]

    /// An unresolved reference and what was tried.
    public init(reference: MetaboliteReference, tried: [String]) {
        self.reference = reference
        self.tried = tried
    }

    /// `sucsal_c (tried id 'sucsal_c', bigg:sucsal in c, …)`.
    public var description: String { "\(reference) (tried \(tried.joined(separator: ", ")))" }
}
