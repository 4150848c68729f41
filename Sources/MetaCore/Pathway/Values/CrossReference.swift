import Foundation

/// A cross-reference of a metabolite to an external database, in a normalised form that
/// compares equal however it was written.
///
/// Accepted spellings: `chebi:57292`, `CHEBI:57292`, `chebi:CHEBI:57292`, `kegg:C00091`,
/// `kegg.compound:C00091`, `metanetx:MNXM92`, `metanetx.chemical:MNXM92`, `bigg:succoa`,
/// `bigg.metabolite:succoa`, `inchikey:VNOYUJKHFWYWIR-…`, and identifiers.org URLs of any of
/// them (`https://identifiers.org/chebi/CHEBI:57292`, `http://identifiers.org/CHEBI:57292`).
///
/// ```swift
/// CrossReference(parsing: "CHEBI:57292") == CrossReference(parsing: "chebi:57292")   // true
/// ```
public struct CrossReference: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The databases a pathway file may name.
    public enum Database: String, Sendable, Hashable, CaseIterable, Comparable {
        /// ChEBI (`chebi:57292`).
        case chebi
        /// KEGG COMPOUND or GLYCAN (`kegg:C00091`).
        case kegg
        /// MetaNetX chemicals (`metanetx:MNXM92`).
        case metanetx
        /// BiGG metabolites, universal id without compartment (`bigg:succoa`).
        case bigg
        /// Standard InChIKey (`inchikey:VNOYUJKHFWYWIR-ITIYDSSPSA-I`).
        case inchikey

        /// Maps an identifiers.org namespace or a prefix as found in model annotations
        /// (`kegg.compound`, `metanetx.chemical`, `bigg.metabolite`, `inchi_key`) to a database.
        public init?(namespace: String) {
            switch namespace.lowercased() {
            case "chebi": self = .chebi
            case "kegg", "kegg.compound", "kegg.glycan", "kegg.drug": self = .kegg
            case "metanetx", "metanetx.chemical", "mnx": self = .metanetx
            case "bigg", "bigg.metabolite": self = .bigg
            case "inchikey", "inchi_key", "inchi.key": self = .inchikey
            default: return nil
            }
        }

        /// Orders by name.
        public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// The database.
    public var database: Database
    /// The identifier in its canonical form: ChEBI as the bare number, KEGG, MetaNetX and
    /// InChIKey upper-case, BiGG as written.
    public var identifier: String

    /// A cross-reference from a database and an identifier (normalised).
    public init(_ database: Database, _ identifier: String) {
        self.database = database
        self.identifier = Self.normalise(identifier, in: database)
    }

    /// Parses any accepted spelling; `nil` for an unknown database or an empty identifier.
    public init?(parsing text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.contains("identifiers.org/") {
            guard let (namespace, identifier) = Annotations.parseIdentifiersURI(trimmed) else { return nil }
            self.init(namespace: namespace, identifier: identifier)
            return
        }
        guard let colon = trimmed.firstIndex(of: ":") else { return nil }
        self.init(namespace: String(trimmed[..<colon]), identifier: String(trimmed[trimmed.index(after: colon)...]))
    }

    /// A cross-reference from a model annotation (`namespace`, `identifier`); `nil` for other databases.
    public init?(namespace: String, identifier: String) {
        guard let database = Database(namespace: namespace) else { return nil }
        let normalised = Self.normalise(identifier, in: database)
        guard !normalised.isEmpty else { return nil }
        self.database = database
        self.identifier = normalised
    }

    /// `database:identifier`, e.g. `chebi:57292`.
    public var description: String { "\(database.rawValue):\(identifier)" }

    /// Orders by database, then identifier.
    public static func < (lhs: Self, rhs: Self) -> Bool {
        (lhs.database, lhs.identifier) < (rhs.database, rhs.identifier)
    }

    /// Strips a repeated prefix (`CHEBI:`, `kegg.compound:`, `MNX:`) and fixes the letter case.
    static func normalise(_ identifier: String, in database: Database) -> String {
        var value = identifier.trimmingCharacters(in: .whitespaces)
        // "chebi:CHEBI:1", "kegg.compound:C00001", "metanetx.chemical:MNXM1": drop prefixes naming the database.
        while let colon = value.firstIndex(of: ":"), Database(namespace: String(value[..<colon])) == database {
            value = String(value[value.index(after: colon)...])
        }
        if database == .inchikey, value.lowercased().hasPrefix("inchikey=") { value = String(value.dropFirst("inchikey=".count)) }
        switch database {
        case .chebi, .kegg, .metanetx, .inchikey: return value.uppercased()
        case .bigg: return value
        }
    }
}

extension Annotations {
    /// The cross-references among these annotations, normalised; other namespaces are skipped.
    public var crossReferences: [CrossReference] {
        entries.flatMap { namespace, identifiers in
            identifiers.compactMap { CrossReference(namespace: namespace, identifier: $0) }
        }
    }
}

extension CrossReference {
    /// The identifiers.org namespace and identifier a model annotation stores it as
    /// (`chebi` → `CHEBI:57292`, `kegg` → `kegg.compound`, `metanetx` → `metanetx.chemical`).
    public var annotation: (namespace: String, identifier: String) {
        switch database {
        case .chebi: ("chebi", "CHEBI:\(identifier)")
        case .kegg: ("kegg.compound", identifier)
        case .metanetx: ("metanetx.chemical", identifier)
        case .bigg: ("bigg.metabolite", identifier)
        case .inchikey: ("inchikey", identifier)
        }
    }
}
