extension Model {
    /// A copy with `metabolites` and `reactions` appended, checked as `Model.init` checks.
    ///
    /// - Complexity: O(reactions + metabolites + nonzeros) of the result.
    func adding(metabolites added: [Metabolite], reactions extra: [Reaction]) throws(ModelError) -> Model {
        let all = metabolites + added
        let allReactions = reactions + extra
        return try Model(
            id: id, name: name, compartments: compartments, metabolites: all, reactions: allReactions,
            genes: genes, objective: objective, notes: notes)
    }
}
