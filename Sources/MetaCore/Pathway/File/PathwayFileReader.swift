import Foundation
import OrderedCollections

/// Reads pathway files (YAML, format in `docs/PathwayFiles.md`).
///
/// Every problem — malformed YAML, a missing or unknown key, a bad number, formula,
/// cross-reference or equation — is a ``PathwayFileError`` of the form `file:line: message`
/// naming the pathway and reaction it is in.
///
/// ```swift
/// let file = try PathwayFileReader.read(path: "Sources/Plugins/Pathways/Library/14bdo.yaml")
/// for pathway in file.pathways { print(pathway.id, pathway.reactions.count) }
/// ```
public enum PathwayFileReader {
    /// Reads the file at `path` (UTF-8, optionally gzipped).
    public static func read(path: String) throws(PathwayFileError) -> PathwayFile {
        try parse(readText(path), file: path)
    }

    /// Parses pathway-file text; `file` names it in errors.
    public static func parse(_ text: String, file: String) throws(PathwayFileError) -> PathwayFile {
        let root = try YAMLObject.root(of: text, file: file)
        try root.checkKeys(["product", "pathways", "notes"], what: "a pathway file")
        let product = try PathwayFields.metabolite(try root.required("product").within("product"), allowNew: false)
        var pathways: [Pathway] = []
        var seen: [String: Int] = [:]
        let entries = try root.list("pathways")
        guard !entries.isEmpty else { throw root.error("'pathways' lists no pathway") }
        for entry in entries {
            let pathway = try PathwayFields.pathway(entry, product: product)
            if let first = seen[pathway.id] {
                throw entry.error("pathway id '\(pathway.id)' is used twice (first at line \(first))")
            }
            seen[pathway.id] = entry.line ?? 0
            pathways.append(pathway)
        }
        return PathwayFile(path: file, product: product, pathways: pathways)
    }

    /// The UTF-8 text of `path`, gunzipped when needed.
    static func readText(_ path: String) throws(PathwayFileError) -> String {
        let bytes: [UInt8]
        do {
            bytes = try FileBytes.read(path: path)
        } catch {
            throw PathwayFileError(file: path, line: nil, message: "cannot read: \(error)")
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw PathwayFileError(file: path, line: nil, message: "not UTF-8 text")
        }
        return text
    }
}

/// The readers of each part of a pathway file, shared with the metabolite table.
enum PathwayFields {
    static let metaboliteKeys = ["id", "name", "formula", "charge", "xrefs", "synonyms", "smiles", "new", "notes"]
    static let pathwayKeys = ["id", "name", "summary", "references", "export", "substrates", "metabolites", "reactions", "notes"]
    static let reactionKeys = ["id", "name", "equation", "bounds", "enzymes", "dg0", "dg0_reference", "balance_waiver", "notes"]
    static let enzymeKeys = ["ec", "gene", "organism", "kcat", "km", "mw", "reference", "notes"]

    static func metabolite(_ object: YAMLObject, allowNew: Bool) throws(PathwayFileError) -> PathwayMetabolite {
        try object.checkKeys(allowNew ? metaboliteKeys : metaboliteKeys.filter { $0 != "new" }, what: "a metabolite")
        let id = try object.requiredString("id")
        let scoped = object.within("metabolite '\(id)'")
        guard !id.contains(where: \.isWhitespace) else { throw scoped.error("the id must not contain spaces") }
        let formula = try scoped.string("formula")?.trimmingCharacters(in: .whitespaces)
        if let formula, Formula(formula) == nil {
            throw (scoped.child("formula") ?? scoped).error("'\(formula)' is not a chemical formula (e.g. C4H5O3)")
        }
        var xrefs: [CrossReference] = []
        for entry in try scoped.list("xrefs") {
            let text = try entry.text("a cross-reference")
            guard let xref = CrossReference(parsing: text) else {
                throw entry.error("unknown cross-reference '\(text)': write chebi:…, kegg:…, metanetx:…, bigg:… or inchikey:…")
            }
            xrefs.append(xref)
        }
        return PathwayMetabolite(
            id: id, name: try scoped.string("name") ?? "", formula: formula, charge: try scoped.integer("charge"),
            xrefs: xrefs, synonyms: try scoped.strings("synonyms"), isNew: try scoped.bool("new", default: false),
            smiles: try scoped.string("smiles"))
    }

    static func pathway(_ object: YAMLObject, product: PathwayMetabolite) throws(PathwayFileError) -> Pathway {
        try object.checkKeys(pathwayKeys, what: "a pathway")
        let id = try object.requiredString("id")
        let scoped = object.within("pathway '\(id)'")
        guard Pathway.isWellFormed(id: id) else {
            throw scoped.error("the id must use lowercase letters, digits, '_', '-' and '.' only")
        }
        var references: [Citation] = []
        for entry in try scoped.list("references") { references.append(try citation(entry)) }
        var metabolites: [PathwayMetabolite] = []
        for entry in try scoped.list("metabolites") {
            let metabolite = try metabolite(entry, allowNew: true)
            guard !metabolites.contains(where: { $0.id == metabolite.id }) else {
                throw entry.error("metabolite '\(metabolite.id)' is declared twice")
            }
            metabolites.append(metabolite)
        }
        var reactions: [PathwayReaction] = []
        for entry in try scoped.list("reactions") {
            let reaction = try reaction(entry)
            guard !reactions.contains(where: { $0.id == reaction.id }) else {
                throw entry.error("reaction id '\(reaction.id)' is used twice")
            }
            reactions.append(reaction)
        }
        var pathway = Pathway(
            id: id, name: try scoped.requiredString("name"), summary: try scoped.string("summary") ?? "",
            product: product, references: references, export: try scoped.bool("export", default: false),
            metabolites: metabolites, reactions: reactions, notes: try scoped.string("notes"))
        pathway.substrates = try scoped.strings("substrates")
        if reactions.isEmpty, !pathway.export {
            throw scoped.error("a route without reactions is native overproduction and needs 'export: true'")
        }
        // A route may add only enzymes upstream of a native path to the product (pyruvate
        // carboxylase for succinate), so no reaction need touch the product itself.
        return pathway
    }

    static func reaction(_ object: YAMLObject) throws(PathwayFileError) -> PathwayReaction {
        try object.checkKeys(reactionKeys, what: "a reaction")
        let id = try object.requiredString("id")
        let scoped = object.within("reaction '\(id)'")
        let equationNode = try scoped.required("equation")
        let equation = try equationNode.text("'equation'")
        let parsed: ReactionEquation.Parsed
        do {
            parsed = try ReactionEquation.parse(equation)
        } catch {
            throw equationNode.error(error.description)
        }
        var lower = parsed.lowerBound
        var upper = parsed.upperBound
        if let bounds = scoped.child("bounds") {
            let values = try boundPair(bounds)
            lower = values[0]
            upper = values[1]
        }
        var enzymes: [PathwayEnzyme] = []
        for entry in try scoped.list("enzymes") { enzymes.append(try enzyme(entry)) }
        let dg0Reference = try scoped.child("dg0_reference").map { object throws(PathwayFileError) in try citation(object) }
        return PathwayReaction(
            id: id, name: try scoped.string("name") ?? "", stoichiometry: parsed.stoichiometry,
            lowerBound: lower, upperBound: upper, enzymes: enzymes, standardGibbsEnergy: try scoped.double("dg0"),
            standardGibbsEnergyReference: dg0Reference, balanceWaiver: try scoped.string("balance_waiver"),
            notes: try scoped.string("notes"))
    }

    /// `bounds: [lb, ub]`.
    private static func boundPair(_ object: YAMLObject) throws(PathwayFileError) -> [Double] {
        guard case .sequence(let sequence) = object.node, sequence.count == 2 else {
            throw object.error("'bounds' must be a list of two numbers, [lower, upper]")
        }
        var values: [Double] = []
        for node in sequence {
            values.append(try YAMLObject(node: node, file: object.file, context: object.context).number("a bound", allowInfinite: true))
        }
        guard values[0] <= values[1] else {
            throw object.error("lower bound \(formatNumber(values[0])) exceeds upper bound \(formatNumber(values[1]))")
        }
        return values
    }

    static func enzyme(_ object: YAMLObject) throws(PathwayFileError) -> PathwayEnzyme {
        try object.checkKeys(enzymeKeys, what: "an enzyme")
        func positive(_ key: String) throws(PathwayFileError) -> Double? {
            guard let value = try object.double(key) else { return nil }
            guard value > 0 else { throw (object.child(key) ?? object).error("'\(key)' must be positive") }
            return value
        }
        let enzyme = PathwayEnzyme(
            ec: try object.string("ec"), gene: try object.string("gene"), organism: try object.string("organism"),
            kcat: try positive("kcat"), km: try positive("km"), molecularWeight: try positive("mw"),
            reference: try object.child("reference").map { object throws(PathwayFileError) in try citation(object) })
        guard enzyme.ec != nil || enzyme.gene != nil else { throw object.error("an enzyme needs an 'ec' number or a 'gene'") }
        return enzyme
    }

    /// A reference: `{text, doi, url}` or a plain string.
    static func citation(_ object: YAMLObject) throws(PathwayFileError) -> Citation {
        if case .scalar = object.node { return Citation(try object.text("a reference")) }
        try object.checkKeys(["text", "doi", "url"], what: "a reference")
        let doi = try object.string("doi")?.trimmingCharacters(in: .whitespaces)
        let url = try object.string("url")?.trimmingCharacters(in: .whitespaces)
        guard let text = try object.string("text") ?? doi ?? url else {
            throw object.error("a reference needs 'text', 'doi' or 'url'")
        }
        if let doi, !doi.hasPrefix("10.") {
            throw (object.child("doi") ?? object).error("DOI '\(doi)' must start with '10.' (no resolver prefix)")
        }
        return Citation(text, doi: doi, url: url)
    }
}
