extension CompressedNetwork {
    /// The compressed flux-balance LP: one column per lump (its bounds, and the objective
    /// coefficient Σ c_r · factor_r over its members), one row S·v = 0 per kept metabolite.
    func linearProgram(objective: Objective, model: Model) -> LinearProgram {
        var coefficients = [Double](repeating: 0, count: lumps.count)
        for (reaction, coefficient) in objective.coefficients {
            guard let column = model.index(ofReaction: reaction), let placement = placements[column] else { continue }
            coefficients[placement.lump] += coefficient * placement.factor
        }
        var program = LinearProgram(sense: objective.sense)
        program.columns = lumps.indices.map { lump in
            LinearProgram.Column(name: model.reactions[lumps[lump].members[0].reaction].id,
                                 lower: lumps[lump].lower, upper: lumps[lump].upper, objective: coefficients[lump])
        }
        program.rows = (0..<matrix.rowCount).map { _ in LinearProgram.Row.equal(0) }
        program.entries.reserveCapacity(matrix.nonzeroCount)
        for column in 0..<matrix.columnCount {
            for (row, value) in matrix.column(column) {
                program.entries.append(LinearProgram.Entry(row: row, column: column, value: value))
            }
        }
        return program
    }

    /// The lumps closed when `reactions` are closed: ascending, without duplicates; blocked
    /// reactions close nothing (their flux is zero already).
    func lumps(closing reactions: [Int]) -> [Int] {
        Array(Set(reactions.compactMap { placements[$0]?.lump })).sorted()
    }

    /// Each reaction's flux, given each lump's.
    func reactionFluxes(_ lumpFluxes: [Double]) -> [Double] {
        placements.map { placement in placement.map { $0.factor * lumpFluxes[$0.lump] } ?? 0 }
    }

    /// Writes each reaction's flux, given each lump's, into `fluxes` (no allocation: sampling
    /// expands thousands of points).
    func writeReactionFluxes(_ lumpFluxes: ArraySlice<Double>, into fluxes: inout [Double]) {
        let base = lumpFluxes.startIndex
        for (reaction, placement) in placements.enumerated() {
            fluxes[reaction] = placement.map { $0.factor * lumpFluxes[base + $0.lump] } ?? 0
        }
    }

    /// The flux range of reaction `reaction`, given its lump's least and greatest flux.
    func reactionRange(_ reaction: Int, lumpMinimum: Double, lumpMaximum: Double) -> (minimum: Double, maximum: Double) {
        guard let placement = placements[reaction] else { return (0, 0) }
        let (a, b) = (placement.factor * lumpMinimum, placement.factor * lumpMaximum)
        return placement.factor > 0 ? (a, b) : (b, a)
    }
}
