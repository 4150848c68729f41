extension Model {
    /// The flux-balance linear program of the model: one column per reaction (in model
    /// order, with the reaction's bounds), one row per metabolite with S·v = 0, and the
    /// model's objective or `objective` when given.
    ///
    /// Objective terms naming reactions the model lacks are ignored here; `FBA.optimize`
    /// rejects them before solving.
    ///
    /// - Complexity: O(reactions + metabolites + nonzeros).
    public func linearProgram(objective: Objective? = nil) -> LinearProgram {
        let objective = objective ?? self.objective
        var columns = reactions.map { reaction in
            LinearProgram.Column(name: reaction.id, lower: reaction.lowerBound, upper: reaction.upperBound)
        }
        for (reaction, coefficient) in objective.coefficients {
            if let column = index(ofReaction: reaction) { columns[column].objective += coefficient }
        }
        let rows = metabolites.map { LinearProgram.Row.equal(0, name: $0.id) }
        let matrix = stoichiometricMatrix
        var entries: [LinearProgram.Entry] = []
        entries.reserveCapacity(matrix.nonzeroCount)
        for column in 0..<matrix.columnCount {
            for position in matrix.columnStarts[column]..<matrix.columnStarts[column + 1] {
                entries.append(LinearProgram.Entry(row: matrix.rowIndices[position], column: column, value: matrix.values[position]))
            }
        }
        return LinearProgram(sense: objective.sense, columns: columns, rows: rows, entries: entries)
    }

    /// `linearProgram(objective:)`, after checking that every objective term names a
    /// reaction of the model (the unchecked form silently ignores unknown ones).
    func checkedLinearProgram(objective: Objective) throws(SolverError) -> LinearProgram {
        try checkObjective(objective)
        return linearProgram(objective: objective)
    }

    /// Throws unless every term of `objective` names a reaction of the model.
    func checkObjective(_ objective: Objective) throws(SolverError) {
        for (reaction, _) in objective.coefficients where index(ofReaction: reaction) == nil {
            throw .invalidProblem("the objective names reaction '\(reaction)', which the model does not have")
        }
    }
}
