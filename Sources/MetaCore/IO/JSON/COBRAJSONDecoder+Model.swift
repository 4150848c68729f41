import OrderedCollections

extension COBRAJSONDecoder {
    /// Decodes the whole document.
    mutating func decodeModel(_ root: JSONNode) throws(ModelReadError) -> Model {
        let document = try object(root, "a COBRA JSON model")
        guard let reactionsNode = document["reactions"] else {
            throw fail(root.line, "not a COBRA JSON model: there is no \"reactions\" list")
        }
        guard let metabolitesNode = document["metabolites"] else {
            throw fail(root.line, "not a COBRA JSON model: there is no \"metabolites\" list")
        }
        let modelContext = "the model"
        let id = try optionalString(document, "id", context: modelContext) ?? ""
        let name = try optionalString(document, "name", context: modelContext) ?? ""
        let notes = try notes(document, context: modelContext)
        checkVersion(document["version"])
        let sense = try objectiveSense(document["objective_direction"])

        try readCompartments(document["compartments"])

        let metaboliteNodes = try array(metabolitesNode, "\"metabolites\"")
        var metabolites: [Metabolite] = []
        metabolites.reserveCapacity(metaboliteNodes.count)
        for node in metaboliteNodes { metabolites.append(try readMetabolite(node)) }

        var genes: [Gene] = []
        if let genesNode = document["genes"] {
            let geneNodes = try array(genesNode, "\"genes\"")
            genes.reserveCapacity(geneNodes.count)
            for node in geneNodes { genes.append(try readGene(node)) }
        }

        let reactionNodes = try array(reactionsNode, "\"reactions\"")
        var reactions: [Reaction] = []
        reactions.reserveCapacity(reactionNodes.count)
        var objective = Objective(sense: sense)
        for node in reactionNodes {
            let (reaction, coefficient) = try readReaction(node)
            if coefficient != 0 { objective.coefficients[reaction.id] = coefficient }
            reactions.append(reaction)
        }
        if objective.coefficients.isEmpty {
            warnings.append("no reaction has a non-zero \"objective_coefficient\"; the objective is empty")
        }

        do {
            return try Model(
                id: id,
                name: name,
                compartments: compartments.map { Compartment(id: $0.key, name: $0.value) },
                metabolites: metabolites,
                reactions: reactions,
                genes: genes,
                objective: objective,
                notes: notes
            )
        } catch {
            // Everything Model checks was checked above with a line; this is a safety net.
            throw ModelReadError(file: file, line: line(of: error), message: error.description)
        }
    }

    /// COBRApy's JSON has no objective sense and always maximises; metadesign writes
    /// `"objective_direction": "min"` for minimising models and honours it here.
    private func objectiveSense(_ node: JSONNode?) throws(ModelReadError) -> OptimizationSense {
        guard let node else { return .maximize }
        guard case .string(let text) = node.value else {
            throw fail(node.line, "\"objective_direction\" must be \"max\" or \"min\", not \(node.value.kindName)")
        }
        switch text.lowercased() {
        case "max", "maximize", "maximise": return .maximize
        case "min", "minimize", "minimise": return .minimize
        default: throw fail(node.line, "\"objective_direction\" must be \"max\" or \"min\", not \"\(text)\"")
        }
    }

    private mutating func checkVersion(_ node: JSONNode?) {
        guard let node else { return }
        switch node.value {
        case .string("1"), .number(1): return
        default:
            let shown = (try? text(node, "version")) ?? node.value.kindName
            warnings.append("line \(node.line): COBRA JSON version \"\(shown)\" is not the known version \"1\"; read as version 1")
        }
    }

    private func line(of error: ModelError) -> Int? {
        switch error {
        case .duplicateID(let kind, let id):
            switch kind {
            case "metabolite": return metaboliteLines[id]
            case "reaction": return reactionLines[id]
            case "gene": return geneLines[id]
            default: return nil
            }
        case .unknownMetabolite(let reaction, _), .invalidBound(let reaction, _), .reversedBounds(let reaction, _, _):
            return reactionLines[reaction]
        case .unknownCompartment(let metabolite, _):
            return metaboliteLines[metabolite]
        case .unknownReaction(let id):
            return reactionLines[id]
        case .unknownGene(let id):
            return geneLines[id]
        case .emptyID, .invalidCoefficient, .unknownKnockout:
            return nil
        }
    }
}
