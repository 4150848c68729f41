import OrderedCollections

extension COBRAJSONDecoder {
    /// The compartment metabolites without one are put in: `Model` needs a non-empty
    /// compartment id, while COBRApy (and BiGG's iJN1463 download) allows `""`.
    static let unassignedCompartment = "unassigned"

    /// Reads the top-level `compartments` object (id → name). Entries with an empty id
    /// are dropped: they can only be the target of metabolites without a compartment.
    mutating func readCompartments(_ node: JSONNode?) throws(ModelReadError) {
        guard let node else { return }
        if case .null = node.value { return }
        for (id, nameNode) in try object(node, "\"compartments\"").members {
            let name: String
            switch nameNode.value {
            case .string(let text): name = text
            case .null: name = ""
            default: throw fail(nameNode.line, "the name of compartment '\(id)' must be a string, not \(nameNode.value.kindName)")
            }
            if !id.isEmpty { compartments[id] = name }
        }
    }

    /// Reads one element of `metabolites`.
    mutating func readMetabolite(_ node: JSONNode) throws(ModelReadError) -> Metabolite {
        let element = try object(node, "a metabolite")
        let id = try id(of: element, line: node.line, kind: "metabolite")
        if let previous = metaboliteLines.updateValue(node.line, forKey: id) {
            throw fail(element["id"]?.line ?? node.line, "duplicate metabolite id '\(id)' (first declared on line \(previous))")
        }
        let context = "metabolite '\(id)'"
        var compartment = try optionalString(element, "compartment", context: context) ?? ""
        if compartment.isEmpty {
            compartment = Self.unassignedCompartment
            warnings.append("line \(node.line): metabolite '\(id)' has no compartment; it was put in '\(Self.unassignedCompartment)'")
        }
        if compartments[compartment] == nil {
            compartments[compartment] = ""
            if compartment != Self.unassignedCompartment {
                warnings.append("line \(node.line): compartment '\(compartment)' of metabolite '\(id)' is not declared in \"compartments\"; it was added")
            }
        }
        var formula = try optionalString(element, "formula", context: context)
        if formula?.isEmpty == true { formula = nil }
        return Metabolite(
            id: id,
            name: try optionalString(element, "name", context: context) ?? "",
            compartment: compartment,
            formula: formula,
            charge: try charge(element, context: context),
            annotations: try annotations(element, context: context),
            notes: try notes(element, context: context)
        )
    }

    /// A charge: an integer, written as a JSON integer, an integral float (`-4.0`, as
    /// some BiGG files have) or a numeric string. A fractional charge cannot be held by
    /// `Metabolite`, so it is dropped with a warning rather than rounded silently.
    private mutating func charge(_ element: JSONObject, context: String) throws(ModelReadError) -> Int? {
        guard let node = element["charge"] else { return nil }
        let value: Double
        switch node.value {
        case .null: return nil
        case .number(let number): value = number
        case .string(let text):
            if text.trimmingASCIIWhitespace().isEmpty { return nil }
            guard let number = Double(text.trimmingASCIIWhitespace()) else {
                throw fail(node.line, "\(context): \"charge\" must be a number, not the string \"\(text)\"")
            }
            value = number
        default:
            throw fail(node.line, "\(context): \"charge\" must be a number, not \(node.value.kindName)")
        }
        guard value.isFinite, value == value.rounded(), abs(value) < 1e9 else {
            warnings.append("line \(node.line): \(context) has non-integral charge \(formatNumber(value)); the charge was dropped")
            return nil
        }
        return Int(value)
    }

    /// Reads one element of `genes`. Gene notes are not kept: `Gene` has no field for them.
    mutating func readGene(_ node: JSONNode) throws(ModelReadError) -> Gene {
        let element = try object(node, "a gene")
        let id = try id(of: element, line: node.line, kind: "gene")
        if let previous = geneLines.updateValue(node.line, forKey: id) {
            throw fail(element["id"]?.line ?? node.line, "duplicate gene id '\(id)' (first declared on line \(previous))")
        }
        let context = "gene '\(id)'"
        return Gene(
            id: id,
            name: try optionalString(element, "name", context: context) ?? "",
            annotations: try annotations(element, context: context)
        )
    }
}
