/// Writes pathways as pathway-file YAML that ``PathwayFileReader`` reads back to equal values,
/// so predicted or edited routes can be saved and shared.
///
/// ```swift
/// let text = PathwayFileWriter.text(PathwayFile(path: "bdo.yaml", product: bdo.product, pathways: [bdo]))
/// try PathwayFileWriter.write(file, to: "my_routes.yaml")
/// ```
public enum PathwayFileWriter {
    /// The YAML text of `file` (its `path` is not written).
    public static func text(_ file: PathwayFile) -> String {
        var lines = ["product:"]
        lines += metabolite(file.product, indent: "  ", first: "  ")
        lines.append("")
        lines.append("pathways:")
        for pathway in file.pathways { lines += self.pathway(pathway) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The YAML text of one pathway, as a file of its own.
    public static func text(_ pathway: Pathway) -> String {
        text(PathwayFile(path: "", product: pathway.product, pathways: [pathway]))
    }

    /// Writes `file` to `path` atomically.
    public static func write(_ file: PathwayFile, to path: String) throws(PathwayFileError) {
        do {
            try FileBytes.writeAtomically(Array(text(file).utf8), to: path)
        } catch {
            throw PathwayFileError(file: path, line: nil, message: error.message)
        }
    }

    private static func pathway(_ pathway: Pathway) -> [String] {
        var lines = ["  - id: \(scalar(pathway.id))", "    name: \(scalar(pathway.name))"]
        if !pathway.summary.isEmpty { lines.append("    summary: \(scalar(pathway.summary))") }
        if !pathway.references.isEmpty {
            lines.append("    references:")
            for reference in pathway.references { lines += citation(reference, first: "      - ", indent: "        ") }
        }
        lines.append("    export: \(pathway.export)")
        if !pathway.substrates.isEmpty { lines.append("    substrates: " + list(pathway.substrates)) }
        if let notes = pathway.notes { lines.append("    notes: \(scalar(notes))") }
        if !pathway.metabolites.isEmpty {
            lines.append("    metabolites:")
            for metabolite in pathway.metabolites { lines += self.metabolite(metabolite, indent: "        ", first: "      - ") }
        }
        if !pathway.reactions.isEmpty {
            lines.append("    reactions:")
            for reaction in pathway.reactions { lines += self.reaction(reaction) }
        }
        return lines
    }

    private static func metabolite(_ metabolite: PathwayMetabolite, indent: String, first: String) -> [String] {
        var fields = ["id: \(scalar(metabolite.id))"]
        if !metabolite.name.isEmpty { fields.append("name: \(scalar(metabolite.name))") }
        if let formula = metabolite.formula { fields.append("formula: \(scalar(formula))") }
        if let charge = metabolite.charge { fields.append("charge: \(charge)") }
        if !metabolite.xrefs.isEmpty { fields.append("xrefs: " + list(metabolite.xrefs.map(\.description))) }
        if !metabolite.synonyms.isEmpty { fields.append("synonyms: " + list(metabolite.synonyms)) }
        if let smiles = metabolite.smiles { fields.append("smiles: \(scalar(smiles))") }
        if metabolite.isNew { fields.append("new: true") }
        return fields.enumerated().map { ($0.offset == 0 ? first : indent) + $0.element }
    }

    private static func reaction(_ reaction: PathwayReaction) -> [String] {
        let indent = "        "
        var lines = ["      - id: \(scalar(reaction.id))"]
        if !reaction.name.isEmpty { lines.append(indent + "name: \(scalar(reaction.name))") }
        lines.append(indent + "equation: \(scalar(reaction.equation))")
        // The arrow implies 0…1000, −1000…1000 or −1000…0; anything else is written out.
        let implied = (try? ReactionEquation.parse(reaction.equation)).map { ($0.lowerBound, $0.upperBound) }
        if implied.map({ $0 != (reaction.lowerBound, reaction.upperBound) }) ?? true {
            lines.append(indent + "bounds: [\(number(reaction.lowerBound)), \(number(reaction.upperBound))]")
        }
        if !reaction.enzymes.isEmpty {
            lines.append(indent + "enzymes:")
            for enzyme in reaction.enzymes { lines += self.enzyme(enzyme) }
        }
        if let dg0 = reaction.standardGibbsEnergy { lines.append(indent + "dg0: \(number(dg0))") }
        if let reference = reaction.standardGibbsEnergyReference {
            lines.append(indent + "dg0_reference:")
            lines += citation(reference, first: indent + "  ", indent: indent + "  ")
        }
        if let waiver = reaction.balanceWaiver { lines.append(indent + "balance_waiver: \(scalar(waiver))") }
        if let notes = reaction.notes { lines.append(indent + "notes: \(scalar(notes))") }
        return lines
    }

    private static func enzyme(_ enzyme: PathwayEnzyme) -> [String] {
        var fields: [String] = []
        if let ec = enzyme.ec { fields.append("ec: \(scalar(ec))") }
        if let gene = enzyme.gene { fields.append("gene: \(scalar(gene))") }
        if let organism = enzyme.organism { fields.append("organism: \(scalar(organism))") }
        if let kcat = enzyme.kcat { fields.append("kcat: \(number(kcat))") }
        if let km = enzyme.km { fields.append("km: \(number(km))") }
        if let weight = enzyme.molecularWeight { fields.append("mw: \(number(weight))") }
        var lines = fields.enumerated().map { ($0.offset == 0 ? "          - " : "            ") + $0.element }
        if let reference = enzyme.reference {
            lines.append("            reference:")
            lines += citation(reference, first: "              ", indent: "              ")
        }
        return lines
    }

    private static func citation(_ citation: Citation, first: String, indent: String) -> [String] {
        var fields = ["text: \(scalar(citation.text))"]
        if let doi = citation.doi { fields.append("doi: \(scalar(doi))") }
        if let url = citation.url { fields.append("url: \(scalar(url))") }
        return fields.enumerated().map { ($0.offset == 0 ? first : indent) + $0.element }
    }

    private static func list(_ items: [String]) -> String {
        "[" + items.map { quoted($0) }.joined(separator: ", ") + "]"
    }

    private static func number(_ value: Double) -> String {
        value.isFinite ? JSONText.numberText(value) : (value > 0 ? ".inf" : "-.inf")
    }

    /// `text` plain when YAML reads it back unchanged, double-quoted otherwise.
    static func scalar(_ text: String) -> String {
        let indicators = Set("-?:,[]{}#&*!|>'\"%@`")
        let risky = ["null", "~", "true", "false", "yes", "no", "on", "off"]
        guard let first = text.first, let last = text.last,
              !indicators.contains(first), !first.isWhitespace, !last.isWhitespace,
              !text.contains(": "), !text.contains(" #"), !text.hasSuffix(":"),
              !text.contains(where: { $0 == "\"" || $0 == "\\" || $0.isNewline || $0 == "\t" }),
              !risky.contains(text.lowercased())
        else { return quoted(text) }
        return text
    }

    /// `text` as a YAML double-quoted scalar: YAML reads JSON's string escapes, so JSON's quoting serves.
    static func quoted(_ text: String) -> String { JSONText.quoted(text) }
}
