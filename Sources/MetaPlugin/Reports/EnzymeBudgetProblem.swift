/// The budget LP behind the protein-cost score, written out so another solver can rebuild it:
/// the model file, every bound the chassis condition changed, the reactions and metabolites the
/// pathway added, the enzymes with kcat and MW, the budget and the growth requirement — and the
/// numbers metadesign got.
///
/// `bench/enzyme_budget_cobra.py` reads this from `metadesign enzyme score --format json`
/// (key `budget_problem`), rebuilds the same constraints in COBRApy on the same SBML file and
/// compares the production rate, protein cost and dominant step.
public struct EnzymeBudgetProblem: Sendable {
    /// A reaction whose bounds differ from the model file's.
    public struct Bounds: Sendable, Hashable {
        /// The reaction id.
        public var reaction: String
        /// The lower bound used.
        public var lower: Double
        /// The upper bound used.
        public var upper: Double
    }

    /// The SBML file the chassis model is read from (a name in the shipped models folder).
    public var modelFile: String
    /// Reactions of the file whose bounds the chassis (overrides, medium, aeration) changed.
    public var boundChanges: [Bounds]
    /// Metabolites the pathway created.
    public var addedMetabolites: [Metabolite]
    /// Reactions the pathway added (steps, transport, exchange), with bounds and stoichiometry.
    public var addedReactions: [Reaction]
    /// The product exchange maximised.
    public var product: String
    /// The growth reaction held at ``growthFraction`` of its maximum under the budget.
    public var growthReaction: String?
    /// The fraction of maximum growth required; `nil` when growth is free.
    public var growthFraction: Double?
    /// The enzymes (model reaction, kcat, MW); for a reaction listed twice the cheapest counts.
    public var enzymes: [EnzymeCapacity]
    /// What metadesign's LPs returned.
    public var result: EnzymeBudgetResult

    /// The problem for `scored` (the chassis model with condition and pathway) against `base`,
    /// the model as read from `modelFile`.
    public init(
        base: Model, modelFile: String, scored: Model, enzymes: [EnzymeCapacity], growthFraction: Double?,
        result: EnzymeBudgetResult
    ) {
        self.modelFile = modelFile
        var changes: [Bounds] = []
        var added: [Reaction] = []
        for reaction in scored.reactions {
            guard let original = base.reaction(reaction.id) else {
                added.append(reaction)
                continue
            }
            if original.lowerBound != reaction.lowerBound || original.upperBound != reaction.upperBound {
                changes.append(Bounds(reaction: reaction.id, lower: reaction.lowerBound, upper: reaction.upperBound))
            }
        }
        boundChanges = changes
        addedReactions = added
        addedMetabolites = scored.metabolites.filter { base.index(ofMetabolite: $0.id) == nil }
        product = result.product
        growthReaction = result.growthReaction
        self.growthFraction = result.growthReaction == nil ? nil : growthFraction
        self.enzymes = enzymes
        self.result = result
    }

    /// The problem and result as JSON (infinite bounds as `null`).
    public func json() -> JSONText {
        func number(_ value: Double?) -> JSONText { value.map(JSONText.number) ?? .null }
        let reactions = addedReactions.map { reaction in
            JSONText.object([
                ("id", .string(reaction.id)), ("lower", .number(reaction.lowerBound)), ("upper", .number(reaction.upperBound)),
                ("stoichiometry", .object(reaction.stoichiometry.elements.map { ($0.key, .number($0.value)) })),
            ])
        }
        let steps = result.steps.map { step in
            JSONText.object([("reaction", .string(step.reaction)), ("flux", .number(step.flux)), ("protein", .number(step.protein))])
        }
        return .object([
            ("model_file", .string(modelFile)),
            ("bound_changes", .array(boundChanges.map {
                .object([("reaction", .string($0.reaction)), ("lower", .number($0.lower)), ("upper", .number($0.upper))])
            })),
            ("added_metabolites", .array(addedMetabolites.map {
                .object([("id", .string($0.id)), ("compartment", .string($0.compartment))])
            })),
            ("added_reactions", .array(reactions)),
            ("product", .string(product)),
            ("growth_reaction", growthReaction.map(JSONText.string) ?? .null),
            ("growth_fraction", number(growthFraction)),
            ("budget", number(result.budget)),
            ("enzymes", .array(enzymes.map {
                .object([("reaction", .string($0.reaction)), ("enzyme", .string($0.enzyme)), ("kcat", .number($0.kcat)),
                         ("mw", .number($0.molecularWeight)), ("cost", .number($0.proteinCost))])
            })),
            ("result", .object([
                ("status", .string(result.status.rawValue)), ("product_rate", number(result.productRate)),
                ("protein_used", number(result.proteinUsed)), ("protein_cost_per_flux", number(result.proteinCostPerFlux)),
                ("dominant_step", result.dominantStep.map(JSONText.string) ?? .null), ("budget_binds", .bool(result.budgetBinds)),
                ("maximum_growth", number(result.maximumGrowth)), ("growth", number(result.growth)), ("steps", .array(steps)),
            ])),
        ])
    }
}
