/// The LP a pathway evaluation solves on, and where the inserted model's reactions and
/// metabolites sit in it: either the inserted model's own LP, or a ``CompressedSetUp`` of the
/// chassis with the route's reactions (and new metabolites) appended — the same flux space,
/// smaller.
struct EvaluationNetwork {
    /// The LP, objective empty.
    var program: LinearProgram
    /// The basis to start from, for the first rows and columns of ``program``.
    let startingBasis: GLPKBasis?
    /// Solver settings for this LP.
    let settings: SolverSettings
    /// Per reaction of the inserted model: its column, or `nil` when it is not a column of
    /// its own (merged into a lump or blocked; only possible when compressed).
    let columns: [Int?]
    /// Per metabolite of the inserted model: its row, or `nil` when dropped (compressed).
    let rows: [Int?]
    /// Whether the LP is compressed.
    let isCompressed: Bool

    /// The inserted model's own LP, starting from `basis` (of the chassis' LP).
    init(uncompressed model: Model, startingBasis basis: GLPKBasis?, settings: SolverSettings) {
        program = model.linearProgram(objective: Objective())
        startingBasis = basis
        self.settings = settings
        columns = Array(model.reactions.indices)
        rows = Array(model.metabolites.indices)
        isCompressed = false
    }

    /// `compressed` (a compression of `chassis`) with the reactions `insertion` added to
    /// `chassis` appended; `nil` when the insertion changed a chassis reaction (an exchange
    /// turned round) or touches a row or column the compression dropped.
    init?(_ compressed: CompressedSetUp, insertion: PathwayInsertion, chassis: Model, required: [Int]) {
        let model = insertion.model
        let network = compressed.network
        guard !insertion.productDrainReversed, compressed.shape == (chassis.reactions.count, chassis.metabolites.count) else {
            return nil
        }
        let chassisReactions = chassis.reactions.count, chassisMetabolites = chassis.metabolites.count
        var rows = network.rows + Array(repeating: nil, count: model.metabolites.count - chassisMetabolites)
        for metabolite in chassisMetabolites..<model.metabolites.count { rows[metabolite] = network.matrix.rowCount + metabolite - chassisMetabolites }
        var columns: [Int?] = network.placements.map { placement in
            guard let placement, placement.factor == 1, network.lumps[placement.lump].members.count == 1 else { return nil }
            return placement.lump
        }
        var program = network.linearProgram(objective: Objective(), model: chassis)
        program.rows += Array(repeating: LinearProgram.Row.equal(0), count: model.metabolites.count - chassisMetabolites)
        for position in chassisReactions..<model.reactions.count {
            let reaction = model.reactions[position]
            let column = program.columns.count
            program.columns.append(LinearProgram.Column(name: reaction.id, lower: reaction.lowerBound, upper: reaction.upperBound))
            for (metabolite, coefficient) in reaction.stoichiometry where coefficient != 0 {
                guard let index = model.index(ofMetabolite: metabolite), let row = rows[index] else { return nil }
                program.entries.append(LinearProgram.Entry(row: row, column: column, value: coefficient))
            }
            columns.append(column)
        }
        guard required.allSatisfy({ columns[$0] != nil }) else { return nil }
        self.program = program
        self.columns = columns
        self.rows = rows
        startingBasis = compressed.growthBasis
        settings = compressed.settings
        isCompressed = true
    }
}
