/// The FBC package (gene products, gene–product associations, objectives, v1 flux bounds)
/// and the groups package.
extension SBMLParser {
    mutating func readGeneProduct() throws(ModelReadError) {
        let offset = xml.tag.offset
        var product = SBMLGeneProduct(
            id: try required("id", .fbc, of: "fbc:geneProduct"),
            // COBRApy takes the gene's name from `fbc:name`, not from `fbc:label`.
            name: attribute("name", .fbc) ?? "",
            annotations: sboAnnotations(),
            offset: offset
        )
        while try nextChild() {
            if isElement("annotation") {
                try readAnnotation(into: &product.annotations)
            } else {
                try skip()
            }
        }
        document.geneProducts.append(product)
    }

    /// Reads `fbc:geneProductAssociation`; `nil` when it is empty.
    mutating func readGeneProductAssociation() throws(ModelReadError) -> GPR? {
        var rule: GPR?
        while try nextChild() {
            guard rule == nil else { throw error("fbc:geneProductAssociation holds more than one association") }
            rule = try readAssociation()
        }
        return rule
    }

    /// Reads one `fbc:and`, `fbc:or` or `fbc:geneProductRef`, recursively.
    private mutating func readAssociation() throws(ModelReadError) -> GPR {
        if isElement("geneProductRef") {
            let id = try required("geneProduct", .fbc, of: "fbc:geneProductRef")
            try skip()
            return .gene(SBMLIdentifiers.gene(fromSBML: id))
        }
        let isAnd = isElement("and")
        guard isAnd || isElement("or") else {
            throw error("unexpected <\(xml.rawString(xml.tag.qualifiedName))> in a gene–product association")
        }
        let offset = xml.tag.offset
        var parts: [GPR] = []
        while try nextChild() { parts.append(try readAssociation()) }
        switch parts.count {
        case 0: throw error(at: offset, "empty fbc:\(isAnd ? "and" : "or") in a gene–product association")
        case 1: return parts[0]
        default:
            // Nested operators of the same kind mean the same as one flat list.
            var flat: [GPR] = []
            for part in parts {
                switch (part, isAnd) {
                case (.and(let inner), true), (.or(let inner), false): flat += inner
                default: flat.append(part)
                }
            }
            return isAnd ? .and(flat) : .or(flat)
        }
    }

    mutating func readObjectives() throws(ModelReadError) {
        document.activeObjective = attribute("activeObjective", .fbc)
        while try nextChild() {
            guard isElement("objective") else {
                try skip()
                continue
            }
            var objective = SBMLObjective(
                id: try required("id", .fbc, of: "fbc:objective"),
                type: attribute("type", .fbc) ?? "maximize",
                terms: [],
                offset: xml.tag.offset
            )
            while try nextChild() {
                guard isElement("listOfFluxObjectives") || isElement("listOfFluxes") else {
                    try skip()
                    continue
                }
                while try nextChild() {
                    if isElement("fluxObjective") {
                        let offset = xml.tag.offset
                        let reaction = try required("reaction", .fbc, of: "fbc:fluxObjective")
                        let coefficient = try number("coefficient", .fbc, of: "fbc:fluxObjective") ?? 1
                        objective.terms.append((reaction, coefficient, offset))
                    }
                    try skip()
                }
            }
            document.objectives.append(objective)
        }
    }

    /// FBC v1 `fbc:fluxBound`: a bound stated as reaction, operation and value.
    mutating func readFluxBound() throws(ModelReadError) {
        let offset = xml.tag.offset
        let reaction = try required("reaction", .fbc, of: "fbc:fluxBound")
        let operation = try required("operation", .fbc, of: "fbc:fluxBound")
        guard let value = try number("value", .fbc, of: "fbc:fluxBound") else {
            throw error("fbc:fluxBound for '\(reaction)' has no value")
        }
        document.fluxBounds.append(SBMLFluxBound(reaction: reaction, operation: operation, value: value, offset: offset))
        try skip()
    }

    mutating func readGroup() throws(ModelReadError) {
        var group = SBMLGroup(name: attribute("name", .groups) ?? "", members: [])
        while try nextChild() {
            guard isElement("listOfMembers") else {
                try skip()
                continue
            }
            while try nextChild() {
                if isElement("member") {
                    group.members.append((attribute("idRef", .groups), attribute("metaIdRef", .groups)))
                }
                try skip()
            }
        }
        document.groups.append(group)
    }
}
