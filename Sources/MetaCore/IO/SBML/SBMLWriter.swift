import OrderedCollections

/// Writes SBML models.
public enum SBMLWriter {
    /// Serialises `model` as SBML Level 3 Version 1 with FBC v2 (`fbc:required="false"`).
    ///
    /// Follows COBRApy's `write_sbml_model` conventions so COBRApy and our reader get the
    /// same model back: ids regain their `R_`/`M_`/`G_` prefixes (with `__<code>__`
    /// escapes for characters an SId may not hold); bounds are global parameters shared
    /// per common value (`cobra_default_lb`, `cobra_default_ub`, `cobra_0_bound`,
    /// `minus_inf`, `plus_inf`) or per reaction; annotations become identifiers.org RDF
    /// (SBO terms the `sboTerm` attribute); notes become XHTML `<p>KEY: value</p>`, with the
    /// subsystem as `SUBSYSTEM`.
    public static func write(_ model: Model) -> [UInt8] {
        var writer = SBMLDocumentWriter(model: model)
        writer.writeDocument()
        return writer.output.bytes
    }
}

/// The state of one serialisation.
private struct SBMLDocumentWriter {
    let model: Model
    var output = XMLOutput()
    /// Bound parameter id → value, in first-use order.
    var parameters: OrderedDictionary<String, Double> = [:]

    init(model: Model) {
        self.model = model
        output = XMLOutput(capacity: 2_000 * (model.reactions.count + model.metabolites.count) + 4_096)
    }

    mutating func writeDocument() {
        output.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        output.open("sbml", [
            ("xmlns", "http://www.sbml.org/sbml/level3/version1/core"),
            ("xmlns:fbc", "http://www.sbml.org/sbml/level3/version1/fbc/version2"),
            ("level", "3"), ("version", "1"), ("sboTerm", "SBO:0000624"), ("fbc:required", "false"),
        ])
        let modelID = model.id.isEmpty ? "model" : SBMLIdentifiers.plain(toSBML: model.id)
        output.open("model", [("id", modelID), ("name", model.name.isEmpty ? nil : model.name), ("fbc:strict", "true")])
        writeNotes(model.notes)
        writeUnits()
        writeCompartments()
        writeSpecies()
        // Parameters must precede reactions in SBML, but are known only once bounds are seen.
        let reactions = reactionsXML()
        writeParameters()
        output.append(reactions)
        writeObjective()
        writeGeneProducts()
        output.close()  // model
        output.close()  // sbml
    }

    private mutating func writeUnits() {
        output.open("listOfUnitDefinitions")
        output.open("unitDefinition", [("id", "mmol_per_gDW_per_hr")])
        output.open("listOfUnits")
        output.open("unit", [("kind", "mole"), ("exponent", "1"), ("scale", "-3"), ("multiplier", "1")], empty: true)
        output.open("unit", [("kind", "gram"), ("exponent", "-1"), ("scale", "0"), ("multiplier", "1")], empty: true)
        output.open("unit", [("kind", "second"), ("exponent", "-1"), ("scale", "0"), ("multiplier", "3600")], empty: true)
        output.close()
        output.close()
        output.close()
    }

    private mutating func writeCompartments() {
        guard !model.compartments.isEmpty else { return }
        output.open("listOfCompartments")
        for compartment in model.compartments {
            output.open("compartment", [("id", compartment.id), ("name", compartment.name.isEmpty ? nil : compartment.name),
                                        ("constant", "true")], empty: true)
        }
        output.close()
    }

    private mutating func writeSpecies() {
        guard !model.metabolites.isEmpty else { return }
        output.open("listOfSpecies")
        for metabolite in model.metabolites {
            let sid = SBMLIdentifiers.metabolite(toSBML: metabolite.id)
            let (metaID, sbo) = annotationAttributes(sid: sid, metabolite.annotations)
            let attributes: [(String, String?)] = [
                ("id", sid), ("metaid", metaID), ("sboTerm", sbo),
                ("name", metabolite.name.isEmpty ? nil : metabolite.name),
                ("compartment", metabolite.compartment),
                ("hasOnlySubstanceUnits", "false"), ("boundaryCondition", "false"), ("constant", "false"),
                ("fbc:charge", metabolite.charge.map(String.init)),
                ("fbc:chemicalFormula", metabolite.formula.flatMap { $0.isEmpty ? nil : $0 }),
            ]
            writeElement("species", attributes, notes: metabolite.notes, annotations: metabolite.annotations, metaID: metaID)
        }
        output.close()
    }

    private mutating func writeParameters() {
        guard !parameters.isEmpty else { return }
        output.open("listOfParameters")
        for (id, value) in parameters {
            // SBO:0000626 marks COBRApy's shared default bounds, SBO:0000625 a specific flux bound.
            let isDefault = ["cobra_default_lb", "cobra_default_ub", "cobra_0_bound", "minus_inf", "plus_inf"].contains(id)
            output.open("parameter", [("id", id), ("value", Self.number(value)), ("units", "mmol_per_gDW_per_hr"),
                                      ("constant", "true"), ("sboTerm", isDefault ? "SBO:0000626" : "SBO:0000625")], empty: true)
        }
        output.close()
    }

    /// The bound parameter for a value, created on first use.
    private mutating func boundParameter(_ value: Double, reactionSID: String, isLower: Bool) -> String {
        let id: String
        switch value {
        case -1000: id = "cobra_default_lb"
        case 0: id = "cobra_0_bound"
        case 1000: id = "cobra_default_ub"
        case -.infinity: id = "minus_inf"
        case .infinity: id = "plus_inf"
        default: id = reactionSID + (isLower ? "_lower_bound" : "_upper_bound")
        }
        parameters[id] = value
        return id
    }

    /// The `listOfReactions`, written into a separate buffer at the depth of `<model>`'s children.
    private mutating func reactionsXML() -> [UInt8] {
        guard !model.reactions.isEmpty else { return [] }
        let enclosing = output
        output = XMLOutput(capacity: 1_500 * model.reactions.count, depth: 2)
        output.open("listOfReactions")
        for reaction in model.reactions {
            writeReaction(reaction)
        }
        output.close()
        let reactions = output.bytes
        output = enclosing
        return reactions
    }

    private mutating func writeReaction(_ reaction: Reaction) {
        let sid = SBMLIdentifiers.reaction(toSBML: reaction.id)
        let (metaID, sbo) = annotationAttributes(sid: sid, reaction.annotations)
        let lower = boundParameter(reaction.lowerBound, reactionSID: sid, isLower: true)
        let upper = boundParameter(reaction.upperBound, reactionSID: sid, isLower: false)
        var notes = reaction.notes
        if !reaction.subsystem.isEmpty { notes["SUBSYSTEM"] = reaction.subsystem }
        output.open("reaction", [
            ("id", sid), ("metaid", metaID), ("sboTerm", sbo), ("name", reaction.name.isEmpty ? nil : reaction.name),
            ("reversible", reaction.lowerBound < 0 ? "true" : "false"), ("fast", "false"),
            ("fbc:lowerFluxBound", lower), ("fbc:upperFluxBound", upper),
        ])
        writeNotes(notes)
        writeAnnotation(reaction.annotations, metaID: metaID)
        let reactants = reaction.stoichiometry.filter { $0.value < 0 }
        let products = reaction.stoichiometry.filter { $0.value > 0 }
        for (list, entries) in [("listOfReactants", reactants), ("listOfProducts", products)] where !entries.isEmpty {
            output.open(list)
            for (metabolite, coefficient) in entries {
                output.open("speciesReference", [("species", SBMLIdentifiers.metabolite(toSBML: metabolite)),
                                                 ("stoichiometry", Self.number(abs(coefficient))), ("constant", "true")], empty: true)
            }
            output.close()
        }
        if let rule = reaction.gpr {
            output.open("fbc:geneProductAssociation")
            writeAssociation(rule)
            output.close()
        }
        output.close()
    }

    private mutating func writeAssociation(_ rule: GPR) {
        switch rule {
        case .gene(let id):
            output.open("fbc:geneProductRef", [("fbc:geneProduct", SBMLIdentifiers.gene(toSBML: id))], empty: true)
        case .and(let parts), .or(let parts):
            if parts.count == 1, let only = parts.first {
                writeAssociation(only)
                return
            }
            if case .and = rule { output.open("fbc:and") } else { output.open("fbc:or") }
            for part in parts { writeAssociation(part) }
            output.close()
        }
    }

    private mutating func writeObjective() {
        output.open("fbc:listOfObjectives", [("fbc:activeObjective", "obj")])
        output.open("fbc:objective", [("fbc:id", "obj"), ("fbc:type", model.objective.sense == .maximize ? "maximize" : "minimize")])
        output.open("fbc:listOfFluxObjectives")
        for (reaction, coefficient) in model.objective.coefficients {
            output.open("fbc:fluxObjective", [("fbc:reaction", SBMLIdentifiers.reaction(toSBML: reaction)),
                                              ("fbc:coefficient", Self.number(coefficient))], empty: true)
        }
        output.close()
        output.close()
        output.close()
    }

    private mutating func writeGeneProducts() {
        guard !model.genes.isEmpty else { return }
        output.open("fbc:listOfGeneProducts")
        for gene in model.genes {
            let sid = SBMLIdentifiers.gene(toSBML: gene.id)
            let (metaID, sbo) = annotationAttributes(sid: sid, gene.annotations)
            writeElement("fbc:geneProduct", [("fbc:id", sid), ("metaid", metaID), ("sboTerm", sbo), ("fbc:label", gene.id),
                                              ("fbc:name", gene.name.isEmpty ? nil : gene.name)],
                         notes: [:], annotations: gene.annotations, metaID: metaID)
        }
        output.close()
    }

    // MARK: Notes and annotations

    /// Writes an element that may carry notes and annotations (self-closing without them).
    private mutating func writeElement(_ name: String, _ attributes: [(String, String?)], notes: OrderedDictionary<String, String>,
                                       annotations: Annotations, metaID: String?) {
        let hasChildren = !notes.isEmpty || Self.hasResources(annotations)
        output.open(name, attributes, empty: !hasChildren)
        guard hasChildren else { return }
        writeNotes(notes)
        writeAnnotation(annotations, metaID: metaID)
        output.close()
    }

    private mutating func writeNotes(_ notes: OrderedDictionary<String, String>) {
        guard !notes.isEmpty else { return }
        output.open("notes")
        output.open("html", [("xmlns", "http://www.w3.org/1999/xhtml")])
        for (key, value) in notes { output.element("p", text: "\(key): \(value)") }
        output.close()
        output.close()
    }

    private static func hasResources(_ annotations: Annotations) -> Bool {
        annotations.entries.contains { $0.key != "sbo" && !$0.value.isEmpty }
    }

    /// The metaid (needed by RDF) and SBO term attributes for an element's annotations.
    private func annotationAttributes(sid: String, _ annotations: Annotations) -> (metaID: String?, sbo: String?) {
        let sbo = annotations["sbo"].first { term in
            term.hasPrefix("SBO:") && term.count == 11 && term.dropFirst(4).allSatisfy(\.isNumber)
        }
        return (Self.hasResources(annotations) ? "meta_\(sid)" : nil, sbo)
    }

    private mutating func writeAnnotation(_ annotations: Annotations, metaID: String?) {
        guard let metaID, Self.hasResources(annotations) else { return }
        output.open("annotation")
        output.open("rdf:RDF", [("xmlns:rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
                                ("xmlns:bqbiol", "http://biomodels.net/biology-qualifiers/")])
        output.open("rdf:Description", [("rdf:about", "#\(metaID)")])
        output.open("bqbiol:is")
        output.open("rdf:Bag")
        for (namespace, identifiers) in annotations.entries where namespace != "sbo" {
            for identifier in identifiers {
                output.open("rdf:li", [("rdf:resource", "https://identifiers.org/\(namespace)/\(identifier)")], empty: true)
            }
        }
        output.close()
        output.close()
        output.close()
        output.close()
        output.close()
    }

    /// A number in SBML's spelling: shortest round-trip decimal, `INF`/`-INF` for infinities.
    static func number(_ value: Double) -> String {
        if value == .infinity { return "INF" }
        if value == -.infinity { return "-INF" }
        if value.isNaN { return "NaN" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }
}
