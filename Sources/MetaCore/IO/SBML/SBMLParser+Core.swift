/// SBML core elements: compartments, species, parameters and reactions.
extension SBMLParser {
    mutating func readCompartment() throws(ModelReadError) {
        let offset = xml.tag.offset
        let id = try required("id", of: "compartment")
        let name = attribute("name") ?? ""
        document.compartments.append(SBMLCompartment(id: id, name: name, offset: offset))
        try skip()
    }

    mutating func readSpecies() throws(ModelReadError) {
        let offset = xml.tag.offset
        var species = SBMLSpecies(
            id: try required("id", of: "species"),
            name: attribute("name") ?? "",
            compartment: attribute("compartment") ?? "",
            formula: attribute("chemicalFormula", .fbc).flatMap { $0.isEmpty ? nil : $0 },
            fbcCharge: try integer("charge", .fbc, of: "species"),
            coreCharge: nil,
            boundaryCondition: attribute("boundaryCondition") == "true" || attribute("boundaryCondition") == "1",
            annotations: sboAnnotations(),
            notes: [:],
            offset: offset
        )
        // Without an fbc:charge attribute, the unprefixed one is Level 2's core charge.
        if xml.tag.attributes.contains(where: { xml.equals($0.localName, "charge") && xml.namespace(of: $0) == .none }) {
            let fbcCharge = xml.tag.attributes.contains { xml.equals($0.localName, "charge") && xml.namespace(of: $0) == .fbc }
            if fbcCharge { species.coreCharge = nil } else {
                species.coreCharge = species.fbcCharge
                species.fbcCharge = nil
            }
        }
        while try nextChild() {
            if isElement("notes") {
                species.notes = try readNotes()
            } else if isElement("annotation") {
                try readAnnotation(into: &species.annotations)
            } else {
                try skip()
            }
        }
        document.species.append(species)
    }

    mutating func readParameter() throws(ModelReadError) {
        let offset = xml.tag.offset
        let id = try required("id", of: "parameter")
        let value = try number("value", of: "parameter")
        if document.parameters[id] != nil {
            throw error("duplicate parameter id '\(id)'")
        }
        document.parameters[id] = SBMLParameter(value: value, offset: offset)
        try skip()
    }

    mutating func readReaction() throws(ModelReadError) {
        let offset = xml.tag.offset
        var reaction = SBMLReaction(
            id: try required("id", of: "reaction"),
            name: (attribute("name") ?? "").sbmlTrimmed(),
            metaID: attribute("metaid"),
            lowerFluxBound: attribute("lowerFluxBound", .fbc),
            upperFluxBound: attribute("upperFluxBound", .fbc),
            annotations: sboAnnotations(),
            offset: offset
        )
        while try nextChild() {
            if isElement("listOfReactants") {
                reaction.reactants += try readSpeciesReferences()
            } else if isElement("listOfProducts") {
                reaction.products += try readSpeciesReferences()
            } else if isElement("geneProductAssociation") {
                reaction.association = try readGeneProductAssociation()
            } else if isElement("kineticLaw") {
                reaction.kineticParameters = try readKineticLaw()
            } else if isElement("notes") {
                reaction.notes = try readNotes()
            } else if isElement("annotation") {
                try readAnnotation(into: &reaction.annotations)
            } else {
                try skip()
            }
        }
        document.reactions.append(reaction)
    }

    private mutating func readSpeciesReferences() throws(ModelReadError) -> [SBMLSpeciesReference] {
        var references: [SBMLSpeciesReference] = []
        while try nextChild() {
            guard isElement("speciesReference") else {
                try skip()
                continue
            }
            let offset = xml.tag.offset
            let species = try required("species", of: "speciesReference")
            // Level 2 defaults a missing stoichiometry to 1; COBRApy does the same for Level 3.
            let stoichiometry = try number("stoichiometry", of: "speciesReference") ?? 1
            guard stoichiometry.isFinite else {
                throw error("stoichiometry of species '\(species)' is not a finite number")
            }
            references.append(SBMLSpeciesReference(species: species, stoichiometry: stoichiometry, offset: offset))
            try skip()
        }
        return references
    }

    /// The `kineticLaw` parameters of legacy COBRA files (Level 2 `parameter`, Level 3 `localParameter`).
    private mutating func readKineticLaw() throws(ModelReadError) -> [String: Double] {
        var parameters: [String: Double] = [:]
        while try nextChild() {
            guard isElement("listOfParameters") || isElement("listOfLocalParameters") else {
                try skip()
                continue
            }
            while try nextChild() {
                if isElement("parameter") || isElement("localParameter"), let id = attribute("id") {
                    parameters[id] = try number("value", of: "parameter")
                }
                try skip()
            }
        }
        return parameters
    }

    /// The annotations an element's `sboTerm` attribute starts with (COBRApy's `sbo` namespace).
    func sboAnnotations() -> Annotations {
        var annotations = Annotations()
        if let term = attribute("sboTerm"), !term.isEmpty { annotations.add(term, in: "sbo") }
        return annotations
    }
}
