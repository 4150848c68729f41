/// The `pathway list` rendering.
public struct PathwayListReport: Sendable {
    /// The pathways listed, in order.
    public var entries: [ProvidedPathway]

    /// A report of `entries`.
    public init(_ entries: [ProvidedPathway]) { self.entries = entries }

    /// One row per pathway: id, product, steps, first reference, provider.
    public func table() -> String {
        TextTable(
            headers: ["id", "product", "reactions", "export", "reference", "provider"],
            rows: entries.map { entry in
                let pathway = entry.pathway
                return [pathway.id, pathway.product.name.isEmpty ? pathway.product.id : pathway.product.name,
                        String(pathway.reactions.count), pathway.export ? "yes" : "no",
                        pathway.references.first.map { $0.doi.map { "doi:\($0)" } ?? $0.text } ?? "", entry.provider]
            },
            rightAligned: [2]
        ).rendered()
    }

    /// An array of `{id, name, product, product_name, reactions (count), export, references, provider}`.
    public func json() -> JSONText {
        .array(entries.map { entry in
            let pathway = entry.pathway
            return .object([
                ("id", .string(pathway.id)), ("name", .string(pathway.name)), ("product", .string(pathway.product.id)),
                ("product_name", .string(pathway.product.name)), ("reactions", .integer(pathway.reactions.count)),
                ("export", .bool(pathway.export)), ("references", .array(pathway.references.map(Pathway.json(of:)))),
                ("provider", .string(entry.provider)),
            ])
        })
    }

    /// CSV with header `id,product,reactions,export,references,provider` (DOIs joined by `;`).
    public func csv() -> String {
        var lines = ["id,product,reactions,export,references,provider"]
        for entry in entries {
            let pathway = entry.pathway
            let references = pathway.references.map { $0.doi ?? $0.url ?? $0.text }.joined(separator: ";")
            lines.append([pathway.id, pathway.product.id, String(pathway.reactions.count), String(pathway.export), references, entry.provider]
                .map(csvField).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
