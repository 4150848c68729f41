import OrderedCollections

extension COBRAJSONDecoder {
    /// Reads one element of `reactions`, returning it with its objective coefficient
    /// (zero when absent). Metabolites must have been read first.
    mutating func readReaction(_ node: JSONNode) throws(ModelReadError) -> (Reaction, objective: Double) {
        let element = try object(node, "a reaction")
        let id = try id(of: element, line: node.line, kind: "reaction")
        if let previous = reactionLines.updateValue(node.line, forKey: id) {
            throw fail(element["id"]?.line ?? node.line, "duplicate reaction id '\(id)' (first declared on line \(previous))")
        }
        let context = "reaction '\(id)'"

        var stoichiometry = OrderedDictionary<String, Double>()
        if let metabolitesNode = element["metabolites"] {
            let entries = try object(metabolitesNode, "\(context): \"metabolites\"").members
            stoichiometry.reserveCapacity(entries.count)
            for (metabolite, coefficientNode) in entries {
                guard metaboliteLines[metabolite] != nil else {
                    throw fail(coefficientNode.line, "\(context) refers to undeclared metabolite '\(metabolite)'")
                }
                stoichiometry[metabolite] = try finiteNumber(coefficientNode, "\(context): the coefficient of '\(metabolite)'")
            }
        }

        // COBRApy's Reaction defaults, used when a bound is left out.
        var lower = 0.0, upper = 1000.0
        let lowerNode = element["lower_bound"], upperNode = element["upper_bound"]
        if let lowerNode { lower = try bound(lowerNode, "\(context): \"lower_bound\"") }
        if let upperNode { upper = try bound(upperNode, "\(context): \"upper_bound\"") }
        do {
            try Model.checkBounds(id, lower: lower, upper: upper)
        } catch {
            throw fail(lowerNode?.line ?? upperNode?.line ?? node.line, error.description)
        }

        var gpr: GPR?
        if let rule = try optionalString(element, "gene_reaction_rule", context: context) {
            do {
                gpr = try GPR.parse(rule)
            } catch {
                throw fail(element["gene_reaction_rule"]?.line ?? node.line, "\(context): \(error.description)")
            }
        }

        var objective = 0.0
        if let coefficientNode = element["objective_coefficient"] {
            if case .null = coefficientNode.value {} else {
                objective = try finiteNumber(coefficientNode, "\(context): \"objective_coefficient\"")
            }
        }

        let reaction = Reaction(
            id: id,
            name: try optionalString(element, "name", context: context) ?? "",
            stoichiometry: stoichiometry,
            lowerBound: lower,
            upperBound: upper,
            gpr: gpr,
            subsystem: try optionalString(element, "subsystem", context: context) ?? "",
            annotations: try annotations(element, context: context),
            notes: try notes(element, context: context)
        )
        return (reaction, objective)
    }
}
