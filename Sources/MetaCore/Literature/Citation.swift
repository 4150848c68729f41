/// Where a fact comes from: a paper (with DOI), a database entry or a web page.
///
/// Every number a strain engineer may act on — a trait of a host, a kcat, a ΔG — carries one.
public struct Citation: Sendable, Hashable, Codable {
    /// A short reference a person can read: `Monk et al. 2017, Nat Biotechnol 35:904`.
    public var text: String
    /// The DOI without a resolver prefix (`10.1038/nbt.3956`), when there is one.
    public var doi: String?
    /// A URL for sources without a DOI (a database entry, a regulation).
    public var url: String?

    /// A citation from its short text and, where available, a DOI or URL.
    public init(_ text: String, doi: String? = nil, url: String? = nil) {
        self.text = text
        self.doi = doi
        self.url = url
    }

    /// The citation as one line: the text, then `doi:…` or the URL.
    public var line: String {
        if let doi { return "\(text), doi:\(doi)" }
        if let url { return "\(text), \(url)" }
        return text
    }
}
