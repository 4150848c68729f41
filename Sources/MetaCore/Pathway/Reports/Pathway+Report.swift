extension Pathway {
    /// `pathway show` as text: the product, references, metabolites and every step with its enzymes.
    public func text() -> String {
        var lines = ["\(id): \(name)"]
        if !summary.isEmpty { lines.append(summary) }
        let productLine = [product.name.isEmpty ? product.id : "\(product.name) (\(product.id))", product.formula, product.charge.map { "charge \($0)" }]
        lines.append("product:    " + productLine.compactMap { $0 }.joined(separator: ", "))
        lines.append("export:     \(export ? "yes" : "no")" + (isNativeOverproduction ? " (native overproduction: no reactions)" : ""))
        for reference in references { lines.append("reference:  \(reference.line)") }
        if !metabolites.isEmpty {
            lines.append("")
            lines.append(TextTable(
                headers: ["metabolite", "name", "formula", "charge", "new", "cross-references"],
                rows: metabolites.map { [$0.id, $0.name, $0.formula ?? "", $0.charge.map(String.init) ?? "", $0.isNew ? "yes" : "", $0.xrefs.map(\.description).joined(separator: " ")] }
            ).rendered())
        }
        if !reactions.isEmpty {
            lines.append("")
            lines.append(TextTable(
                headers: ["reaction", "equation", "enzymes", "ΔrG'° (kJ/mol)"],
                rows: reactions.map { reaction in
                    let enzymes = reaction.enzymes.map { enzyme in
                        [enzyme.gene, enzyme.ec.map { "EC \($0)" }, enzyme.organism].compactMap { $0 }.joined(separator: " ")
                    }.joined(separator: "; ")
                    return [reaction.id, reaction.equation, enzymes, reaction.standardGibbsEnergy.map(formatFlux) ?? ""]
                }
            ).rendered())
        }
        if let notes { lines.append("notes: \(notes)") }
        return lines.joined(separator: "\n").trimmingTrailingNewlines() + "\n"
    }

    /// Everything about the pathway as JSON, reactions with their equations and enzymes.
    public func json() -> JSONText {
        func text(_ value: String?) -> JSONText { value.map(JSONText.string) ?? .null }
        func number(_ value: Double?) -> JSONText { value.map(JSONText.number) ?? .null }
        func metabolite(_ metabolite: PathwayMetabolite) -> JSONText {
            .object([("id", .string(metabolite.id)), ("name", .string(metabolite.name)), ("formula", text(metabolite.formula)),
                     ("charge", metabolite.charge.map(JSONText.integer) ?? .null), ("new", .bool(metabolite.isNew)),
                     ("xrefs", .array(metabolite.xrefs.map { .string($0.description) }))])
        }
        let steps: [JSONText] = reactions.map { reaction in
            .object([("id", .string(reaction.id)), ("name", .string(reaction.name)), ("equation", .string(reaction.equation)),
                     ("lower_bound", .number(reaction.lowerBound)), ("upper_bound", .number(reaction.upperBound)),
                     ("enzymes", .array(reaction.enzymes.map { enzyme in
                         .object([("ec", text(enzyme.ec)), ("gene", text(enzyme.gene)), ("organism", text(enzyme.organism)),
                                  ("kcat", number(enzyme.kcat)), ("km", number(enzyme.km)), ("mw", number(enzyme.molecularWeight)),
                                  ("reference", enzyme.reference.map(Self.json(of:)) ?? .null)])
                     })),
                     ("dg0", number(reaction.standardGibbsEnergy)),
                     ("dg0_reference", reaction.standardGibbsEnergyReference.map(Self.json(of:)) ?? .null),
                     ("balance_waiver", text(reaction.balanceWaiver))])
        }
        return .object([
            ("id", .string(id)), ("name", .string(name)), ("summary", .string(summary)), ("product", metabolite(product)),
            ("export", .bool(export)), ("references", .array(references.map(Self.json(of:)))),
            ("metabolites", .array(metabolites.map(metabolite))), ("reactions", .array(steps)), ("notes", text(notes)),
        ])
    }

    /// A citation as `{text, doi, url}`.
    public static func json(of citation: Citation) -> JSONText {
        .object([("text", .string(citation.text)), ("doi", citation.doi.map(JSONText.string) ?? .null),
                 ("url", citation.url.map(JSONText.string) ?? .null)])
    }
}
