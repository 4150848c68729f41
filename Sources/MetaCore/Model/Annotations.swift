import OrderedCollections

/// Cross-references of a model element to external databases, keyed by the
/// identifiers.org namespace (`"chebi"`, `"kegg.compound"`, `"bigg.metabolite"`, `"ec-code"`…).
///
/// SBML stores these as RDF `bqbiol:is` URIs such as
/// `https://identifiers.org/chebi/CHEBI:17234`; COBRA JSON as an object of lists.
/// Both map onto the same value, so a model converted between formats keeps them.
public struct Annotations: Hashable, Sendable {
    /// Namespace → identifiers, in the order they were read.
    public var entries: OrderedDictionary<String, [String]>

    /// Creates an annotation set from namespace → identifiers pairs.
    public init(_ entries: OrderedDictionary<String, [String]> = [:]) {
        self.entries = entries
    }

    /// Whether there are no cross-references.
    public var isEmpty: Bool { entries.isEmpty }

    /// The identifiers recorded under `namespace` (empty when there are none).
    public subscript(namespace: String) -> [String] {
        get { entries[namespace] ?? [] }
        set { entries[namespace] = newValue.isEmpty ? nil : newValue }
    }

    /// Adds `identifier` under `namespace` unless it is already there.
    public mutating func add(_ identifier: String, in namespace: String) {
        // Appending through `values` mutates the list in place instead of copying it.
        if let index = entries.index(forKey: namespace) {
            if !entries.values[index].contains(identifier) { entries.values[index].append(identifier) }
        } else {
            entries[namespace] = [identifier]
        }
    }

    /// Parses an identifiers.org URI (`http(s)://identifiers.org/chebi/CHEBI:1`, or the
    /// newer `https://identifiers.org/CHEBI:1` form) into (namespace, identifier).
    public static func parseIdentifiersURI(_ uri: String) -> (namespace: String, identifier: String)? {
        guard let range = uri.range(of: "identifiers.org/") else { return nil }
        let rest = uri[range.upperBound...]
        if let slash = rest.firstIndex(of: "/") {
            let namespace = String(rest[..<slash])
            let identifier = String(rest[rest.index(after: slash)...])
            guard !namespace.isEmpty, !identifier.isEmpty else { return nil }
            return (namespace, identifier)
        }
        // Compact form "PREFIX:ID": the prefix names the namespace.
        guard let colon = rest.firstIndex(of: ":") else { return nil }
        let prefix = rest[..<colon].lowercased()
        return (prefix, String(rest))
    }

    /// The identifiers.org URI for an identifier in a namespace.
    public static func identifiersURI(namespace: String, identifier: String) -> String {
        "https://identifiers.org/\(namespace)/\(identifier)"
    }
}
