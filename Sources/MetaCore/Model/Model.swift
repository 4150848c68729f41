import OrderedCollections

/// A constraint-based metabolic model: compartments, metabolites, reactions, genes and an objective.
///
/// A `Model` is a value: copying it and changing the copy (a knockout, new bounds, an
/// inserted pathway) never affects the original. Ids are unique per kind and every
/// reference (a reaction's metabolites, a metabolite's compartment, a GPR's genes, the
/// objective's reactions) is checked when the model is created.
///
/// ```swift
/// let model = try ModelReader.read(path: "models/e_coli_core.xml.gz")
/// print(model.reactions.count, model.objective.summary)
/// ```
public struct Model: Sendable {
    /// The model's identifier (`iML1515`).
    public var id: String
    /// A human-readable name; may be empty.
    public var name: String
    /// The compartments, in file order.
    public private(set) var compartments: [Compartment]
    /// The metabolites, in file order (the rows of the stoichiometric matrix).
    public private(set) var metabolites: [Metabolite]
    /// The reactions, in file order (the columns of the stoichiometric matrix).
    public private(set) var reactions: [Reaction]
    /// The genes, in file order.
    public private(set) var genes: [Gene]
    /// What FBA optimises by default.
    public private(set) var objective: Objective
    /// Free-text notes of the model.
    public var notes: OrderedDictionary<String, String>
    /// The stoichiometric matrix, built once from `metabolites` and `reactions`.
    public private(set) var stoichiometricMatrix: StoichiometricMatrix

    private var reactionIndex: [String: Int]
    private var metaboliteIndex: [String: Int]
    private var geneIndex: [String: Int]

    /// Creates a model after checking it.
    ///
    /// Genes named in GPR rules but missing from `genes` are added (as COBRApy does), so
    /// readers need not declare them. Throws for duplicate or empty ids, undeclared
    /// metabolites or compartments, NaN bounds, reversed bounds, non-finite
    /// coefficients and objective terms on unknown reactions.
    ///
    /// - Complexity: O(reactions + metabolites + nonzeros).
    public init(
        id: String,
        name: String = "",
        compartments: [Compartment],
        metabolites: [Metabolite],
        reactions: [Reaction],
        genes: [Gene] = [],
        objective: Objective = Objective(),
        notes: OrderedDictionary<String, String> = [:]
    ) throws(ModelError) {
        self.id = id
        self.name = name
        self.notes = notes
        self.compartments = compartments
        self.metabolites = metabolites
        self.reactions = reactions
        self.objective = objective

        let compartmentIDs = try Self.uniqueIndex(compartments.map(\.id), kind: "compartment")
        metaboliteIndex = try Self.uniqueIndex(metabolites.map(\.id), kind: "metabolite")
        reactionIndex = try Self.uniqueIndex(reactions.map(\.id), kind: "reaction")
        var genes = genes
        var geneIndex = try Self.uniqueIndex(genes.map(\.id), kind: "gene")

        // Index loops: `for x in array` would copy every element's fields (ARC traffic
        // that showed in the profile of reading a genome-scale model).
        for position in metabolites.indices where compartmentIDs[metabolites[position].compartment] == nil {
            throw .unknownCompartment(metabolite: metabolites[position].id, compartment: metabolites[position].compartment)
        }
        for position in reactions.indices {
            try Self.check(reactions[position], metaboliteIndex: metaboliteIndex)
            guard let rule = reactions[position].gpr else { continue }
            for gene in rule.genes where geneIndex[gene] == nil {
                geneIndex[gene] = genes.count
                genes.append(Gene(id: gene))
            }
        }
        self.genes = genes
        self.geneIndex = geneIndex
        try Self.check(objective, reactionIndex: reactionIndex)
        stoichiometricMatrix = StoichiometricMatrix(reactions: reactions, metaboliteIndex: metaboliteIndex)
    }

    private static func uniqueIndex(_ ids: [String], kind: String) throws(ModelError) -> [String: Int] {
        var index = [String: Int](minimumCapacity: ids.count)
        for (position, id) in ids.enumerated() {
            if id.isEmpty { throw .emptyID(kind: kind) }
            if index.updateValue(position, forKey: id) != nil { throw .duplicateID(kind: kind, id: id) }
        }
        return index
    }

    private static func check(_ reaction: Reaction, metaboliteIndex: [String: Int]) throws(ModelError) {
        try checkBounds(reaction.id, lower: reaction.lowerBound, upper: reaction.upperBound)
        for (metabolite, coefficient) in reaction.stoichiometry {
            if metaboliteIndex[metabolite] == nil {
                throw .unknownMetabolite(reaction: reaction.id, metabolite: metabolite)
            }
            if !coefficient.isFinite {
                throw .invalidCoefficient(context: "reaction '\(reaction.id)', metabolite '\(metabolite)'", value: coefficient)
            }
        }
    }

    static func checkBounds(_ reaction: String, lower: Double, upper: Double) throws(ModelError) {
        if lower.isNaN || upper.isNaN { throw .invalidBound(reaction: reaction, detail: "bound is NaN") }
        if lower == .infinity { throw .invalidBound(reaction: reaction, detail: "lower bound is +infinity") }
        if upper == -.infinity { throw .invalidBound(reaction: reaction, detail: "upper bound is -infinity") }
        if lower > upper { throw .reversedBounds(reaction: reaction, lower: lower, upper: upper) }
    }

    private static func check(_ objective: Objective, reactionIndex: [String: Int]) throws(ModelError) {
        for (reaction, coefficient) in objective.coefficients {
            if reactionIndex[reaction] == nil { throw .unknownReaction(reaction) }
            if !coefficient.isFinite {
                throw .invalidCoefficient(context: "objective term '\(reaction)'", value: coefficient)
            }
        }
    }
}

// MARK: - Look-up

extension Model {
    /// The position of reaction `id` (its column in the stoichiometric matrix), if present.
    public func index(ofReaction id: String) -> Int? { reactionIndex[id] }

    /// The position of metabolite `id` (its row in the stoichiometric matrix), if present.
    public func index(ofMetabolite id: String) -> Int? { metaboliteIndex[id] }

    /// The position of gene `id`, if present.
    public func index(ofGene id: String) -> Int? { geneIndex[id] }

    /// The reaction with id `id`, if present.
    public func reaction(_ id: String) -> Reaction? { reactionIndex[id].map { reactions[$0] } }

    /// The metabolite with id `id`, if present.
    public func metabolite(_ id: String) -> Metabolite? { metaboliteIndex[id].map { metabolites[$0] } }

    /// The gene with id `id`, if present.
    public func gene(_ id: String) -> Gene? { geneIndex[id].map { genes[$0] } }
}

// MARK: - Changing a copy

extension Model {
    /// Sets the flux bounds of reaction `id`, checking them as `init` does.
    public mutating func setBounds(ofReaction id: String, lower: Double, upper: Double) throws(ModelError) {
        guard let position = reactionIndex[id] else { throw .unknownReaction(id) }
        try Self.checkBounds(id, lower: lower, upper: upper)
        reactions[position].lowerBound = lower
        reactions[position].upperBound = upper
    }

    /// Replaces the objective after checking that its reactions exist.
    public mutating func setObjective(_ objective: Objective) throws(ModelError) {
        try Self.check(objective, reactionIndex: reactionIndex)
        self.objective = objective
    }

    /// The reactions whose GPR becomes false when `knockedOut` genes are deleted.
    /// Reactions without a rule are never affected.
    public func reactionsDisabled(byKnockingOut knockedOut: Set<String>) -> [String] {
        reactions.compactMap { reaction in
            guard let rule = reaction.gpr, !knockedOut.isDisjoint(with: rule.genes) else { return nil }
            return rule.isActive(knockedOut: knockedOut) ? nil : reaction.id
        }
    }

    /// This model with `newMetabolites` and `newReactions` appended (rows and columns after
    /// the existing ones), checked as `init` checks a model but without re-checking or
    /// re-indexing what this model already holds: what pathway insertion needs, thousands of
    /// times per batch, on a genome-scale chassis.
    ///
    /// - Complexity: O(new items + their nonzeros), plus copying the arrays once.
    public func adding(metabolites newMetabolites: [Metabolite], reactions newReactions: [Reaction]) throws(ModelError) -> Model {
        var copy = self
        let compartmentIDs = Set(compartments.map(\.id))
        for metabolite in newMetabolites {
            guard !metabolite.id.isEmpty else { throw .emptyID(kind: "metabolite") }
            guard compartmentIDs.contains(metabolite.compartment) else {
                throw .unknownCompartment(metabolite: metabolite.id, compartment: metabolite.compartment)
            }
            guard copy.metaboliteIndex.updateValue(copy.metabolites.count, forKey: metabolite.id) == nil else {
                throw .duplicateID(kind: "metabolite", id: metabolite.id)
            }
            copy.metabolites.append(metabolite)
        }
        for reaction in newReactions {
            guard !reaction.id.isEmpty else { throw .emptyID(kind: "reaction") }
            try Self.check(reaction, metaboliteIndex: copy.metaboliteIndex)
            guard copy.reactionIndex.updateValue(copy.reactions.count, forKey: reaction.id) == nil else {
                throw .duplicateID(kind: "reaction", id: reaction.id)
            }
            copy.reactions.append(reaction)
            for gene in reaction.gpr?.genes ?? [] where copy.geneIndex[gene] == nil {
                copy.geneIndex[gene] = copy.genes.count
                copy.genes.append(Gene(id: gene))
            }
        }
        copy.stoichiometricMatrix = stoichiometricMatrix.appending(
            rows: newMetabolites.count, columns: newReactions, metaboliteIndex: copy.metaboliteIndex)
        return copy
    }

    /// This model with the reaction at `position` replaced by `reaction` (same id), checked as
    /// `init` checks a reaction.
    public func replacing(reactionAt position: Int, with reaction: Reaction) throws(ModelError) -> Model {
        guard reactions.indices.contains(position), reactions[position].id == reaction.id else { throw .unknownReaction(reaction.id) }
        try Self.check(reaction, metaboliteIndex: metaboliteIndex)
        var copy = self
        copy.reactions[position] = reaction
        copy.stoichiometricMatrix = StoichiometricMatrix(reactions: copy.reactions, metaboliteIndex: metaboliteIndex)
        return copy
    }

    /// Closes (bounds 0, 0) the reactions in `reactionIDs` and those disabled by deleting `geneIDs`.
    /// Throws for an id the model does not know.
    public mutating func knockOut(genes geneIDs: [String] = [], reactions reactionIDs: [String] = []) throws(ModelError) {
        for gene in geneIDs where geneIndex[gene] == nil { throw .unknownGene(gene) }
        var closed = reactionIDs
        closed += reactionsDisabled(byKnockingOut: Set(geneIDs))
        for id in closed {
            try setBounds(ofReaction: id, lower: 0, upper: 0)
        }
    }
}
