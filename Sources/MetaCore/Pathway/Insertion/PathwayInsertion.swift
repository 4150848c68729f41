import OrderedCollections

/// A pathway inserted into a chassis model: the new model value and an account of what was
/// matched, created, added and skipped.
public struct PathwayInsertion: Sendable {
    /// A pathway reaction the chassis already has, so it was not added again.
    public struct NativeReaction: Sendable, Hashable {
        /// How the chassis reaction was recognised.
        public enum Match: String, Sendable, Hashable {
            /// Same id and the same equation (either direction).
            case identifier = "same id"
            /// Another id, identical stoichiometry (either direction).
            case stoichiometry = "same stoichiometry"
        }

        /// The pathway's reaction id.
        public var pathwayReaction: String
        /// The chassis reaction that stands in for it.
        public var chassisReaction: String
        /// How it was recognised.
        public var match: Match
        /// A caveat, e.g. that the chassis reaction's bounds do not allow the pathway's direction.
        public var note: String?

        /// A record from its parts.
        public init(pathwayReaction: String, chassisReaction: String, match: Match, note: String? = nil) {
            self.pathwayReaction = pathwayReaction
            self.chassisReaction = chassisReaction
            self.match = match
            self.note = note
        }
    }

    /// The pathway.
    public var pathway: Pathway
    /// The chassis with the pathway inserted; the chassis value itself is untouched.
    public var model: Model
    /// How each metabolite reference was resolved, in first-use order.
    public var resolutions: [MetaboliteResolution]
    /// Model ids of the metabolites created.
    public var createdMetabolites: [String]
    /// Ids of the pathway reactions added (the heterologous steps).
    public var addedReactions: [String]
    /// Ids of the transport and exchange reactions added for `export`.
    public var exportReactions: [String]
    /// Pathway reactions the chassis already had.
    public var nativeReactions: [NativeReaction]
    /// Pathway steps added under another id because the chassis uses theirs for a different
    /// reaction: step id → model reaction id.
    public var renamedReactions: [String: String] = [:]
    /// Element and charge balance of every added reaction but exchanges (steps and transport).
    public var balances: [ReactionBalance]
    /// The model id of the product where the pathway makes it (`14bdo_c`).
    public var productMetabolite: String
    /// The boundary reaction that releases the product (its exchange, or a demand or sink),
    /// whose flux measures production; `nil` when the product cannot leave.
    public var productDrain: String?
    /// Proton references left out of the route's equations because the chassis does not track
    /// protons in that compartment (iMA871 has none in its cytosol), as its own reactions do;
    /// in a chassis without a cytosolic proton no hydrogen or charge balance is checked.
    public var omittedProtons: [MetaboliteReference] = []
    /// Whether the chassis wrote the product's exchange `<=> A_e` and the inserted model turns
    /// it round (`A_e -->`, bounds negated), so that production is positive flux.
    public var productDrainReversed = false

    /// The number of heterologous steps: pathway reactions added (native ones and export excluded).
    public var heterologousSteps: Int { addedReactions.count }

    /// The model id a reference resolved to.
    public func metabolite(for reference: MetaboliteReference) -> String? {
        resolutions.first { $0.reference == reference }?.metabolite
    }

    /// Balances that fail without a waiver.
    public var unbalanced: [ReactionBalance] { balances.filter { !$0.isAcceptable } }
}

extension Model {
    /// This model with `pathway` inserted, as a new value.
    ///
    /// Metabolites are resolved with ``MetaboliteResolver`` (the shared `table` supplies
    /// cross-references of common metabolites). Pathway reactions the model already has — by
    /// id, or by identical stoichiometry in either direction — are reported and not added. With
    /// `export`, `<product>_c --> <product>_e` (`EXPORT_<product>`) is added unless chassis
    /// transporters can already carry the product out of the cell (as their bounds stand), and
    /// `EX_<product>_e` (secretion only, 0…1000; suffixed `_pw` if the id is taken) unless a
    /// chassis exchange can already secrete it.
    ///
    /// - Parameters:
    ///   - index: this model's ``ChassisIndex``; pass a prebuilt one when inserting many pathways.
    ///   - requireBalance: throw for unwaived element or charge imbalances (default); `false`
    ///     inserts anyway and leaves them in ``PathwayInsertion/balances``.
    /// - Throws: ``PathwayError`` for unresolved metabolites, a reaction id clash, unbalanced
    ///   reactions, a product that cannot leave the cell, or an inconsistent result.
    public func inserting(
        _ pathway: Pathway, table: MetaboliteTable = MetaboliteTable(), index: ChassisIndex? = nil, requireBalance: Bool = true
    ) throws(PathwayError) -> PathwayInsertion {
        let index = index ?? ChassisIndex(self)
        guard index.fits(self) else { throw .indexMismatch }
        var builder = InsertionBuilder(chassis: self, pathway: pathway, table: table, index: index)
        try builder.resolve()
        try builder.addReactions()
        if pathway.export { builder.addExport() }
        let insertion = try builder.finish()
        if requireBalance, !insertion.unbalanced.isEmpty { throw .unbalanced(pathway: pathway.id, insertion.unbalanced) }
        return insertion
    }
}

/// The steps of one insertion, accumulating the new metabolites and reactions.
private struct InsertionBuilder {
    let chassis: Model
    let pathway: Pathway
    let table: MetaboliteTable
    let index: ChassisIndex
    var resolutions: [MetaboliteResolution] = []
    var mapping: [MetaboliteReference: String] = [:]
    var created: [Metabolite] = []
    var added: [Reaction] = []
    var exportReactions: [Reaction] = []
    var native: [PathwayInsertion.NativeReaction] = []
    var renamed: [String: String] = [:]
    var omittedProtons: [MetaboliteReference] = []
    /// Whether the chassis has no cytosolic proton (iMA871): its formulas then cannot agree on hydrogen.
    var protonsUntracked = false

    init(chassis: Model, pathway: Pathway, table: MetaboliteTable, index: ChassisIndex) {
        self.chassis = chassis
        self.pathway = pathway
        self.table = table
        self.index = index
    }

    var externalProduct: MetaboliteReference {
        MetaboliteReference(id: pathway.product.id, compartment: CompartmentKind.extracellular.letter)
    }

    mutating func resolve() throws(PathwayError) {
        let resolver = MetaboliteResolver(model: chassis, index: index, table: table)
        var references = pathway.metaboliteReferences
        if pathway.export, !references.contains(externalProduct) { references.append(externalProduct) }
        var unresolved: [UnresolvedMetabolite] = []
        for reference in references {
            switch resolver.resolve(reference, in: pathway) {
            case .found(let resolution):
                resolutions.append(resolution)
            case .create(let metabolite, let resolution):
                resolutions.append(resolution)
                created.append(metabolite)
            case .unresolved(let missing) where reference.id == "h":
                // No proton in the compartment under any id, cross-reference or name: the model
                // does not track protons there, so the route's equations leave them out as well.
                omittedProtons.append(missing.reference)
            case .unresolved(let missing):
                unresolved.append(missing)
            }
        }
        guard unresolved.isEmpty else { throw .unresolvedMetabolites(pathway: pathway.id, unresolved) }
        if case .unresolved = resolver.resolve(MetaboliteReference(id: "h", compartment: CompartmentKind.cytosol.letter)) {
            protonsUntracked = true
        }
        for resolution in resolutions { mapping[resolution.reference] = resolution.metabolite }
    }

    mutating func addReactions() throws(PathwayError) {
        for step in pathway.reactions {
            var stoichiometry: OrderedDictionary<String, Double> = [:]
            for (reference, coefficient) in step.stoichiometry {
                guard let id = mapping[reference] else { continue }
                stoichiometry[id, default: 0] += coefficient
            }
            stoichiometry = stoichiometry.filter { $0.value != 0 }
            let terms = stoichiometry.elements.map { ($0.key, $0.value) }
            var id = step.id
            if let existing = chassis.reaction(step.id) {
                if let direction = Self.sameEquation(terms, existing) {
                    native.append(nativeEntry(step, existing, direction: direction, match: .identifier))
                    continue
                }
                // The chassis uses this id for another reaction (another namespace's convention):
                // add the step under a pathway-qualified id instead.
                id = step.id + "__" + pathway.id
                guard chassis.reaction(id) == nil else {
                    throw .reactionIDClash(pathway: pathway.id, reaction: step.id, chassisEquation: existing.equation)
                }
                renamed[step.id] = id
            }
            let forward = index.reactions(withStoichiometry: terms).map { (chassis.reactions[$0], 1.0) }
            let backward = index.reactions(withStoichiometry: terms.map { ($0.0, -$0.1) }).map { (chassis.reactions[$0], -1.0) }
            if let (existing, direction) = (forward + backward).first {
                native.append(nativeEntry(step, existing, direction: direction, match: .stoichiometry))
                continue
            }
            var annotations = Annotations()
            for ec in step.enzymes.compactMap(\.ec) { annotations.add(ec, in: "ec-code") }
            added.append(Reaction(
                id: id, name: step.name, stoichiometry: stoichiometry, lowerBound: step.lowerBound,
                upperBound: step.upperBound, subsystem: "Pathway \(pathway.id)", annotations: annotations))
        }
    }

    /// +1 when `existing` has the same stoichiometry, −1 when it is the reverse, `nil` otherwise.
    static func sameEquation(_ terms: [(String, Double)], _ existing: Reaction) -> Double? {
        let native = ChassisIndex.signature(of: existing.stoichiometry.elements.map { ($0.key, $0.value) })
        if ChassisIndex.signature(of: terms) == native { return 1 }
        if ChassisIndex.signature(of: terms.map { ($0.0, -$0.1) }) == native { return -1 }
        return nil
    }

    func nativeEntry(
        _ step: PathwayReaction, _ existing: Reaction, direction: Double, match: PathwayInsertion.NativeReaction.Match
    ) -> PathwayInsertion.NativeReaction {
        // The pathway runs the step forward when its upper bound is positive; in the chassis'
        // orientation that needs a positive upper bound (direction +1) or a negative lower one (−1).
        let forward = step.upperBound > 0
        let allowed = direction > 0 ? (forward ? existing.upperBound > 0 : existing.lowerBound < 0)
                                    : (forward ? existing.lowerBound < 0 : existing.upperBound > 0)
        let note = allowed ? nil : "the chassis reaction's bounds do not allow the pathway's direction"
        return .init(pathwayReaction: step.id, chassisReaction: existing.id, match: match, note: note)
    }

    mutating func addExport() {
        guard let internalID = mapping[pathway.productReference], let externalID = mapping[externalProduct] else { return }
        // Whether the chassis' transporters, as bounded, carry the product out (a new metabolite: never).
        if !chassis.canTransport(from: internalID, to: externalID) {
            exportReactions.append(Reaction(
                id: uniqueReactionID("EXPORT_\(pathway.product.id)"), name: "\(pathway.product.name) export",
                stoichiometry: [internalID: -1, externalID: 1], subsystem: "Pathway \(pathway.id)"))
        }
        if !chassis.reactions.contains(where: { $0.isBoundary && Self.canConsume($0, externalID) }) {
            exportReactions.append(Reaction(
                id: uniqueReactionID("EX_\(externalID)"), name: "\(pathway.product.name) exchange",
                stoichiometry: [externalID: -1], subsystem: "Pathway \(pathway.id)"))
        }
    }

    /// Whether `reaction`'s bounds let it use up `metabolite`.
    static func canConsume(_ reaction: Reaction, _ metabolite: String) -> Bool {
        guard let coefficient = reaction.stoichiometry[metabolite] else { return false }
        return coefficient < 0 ? reaction.upperBound > 0 : reaction.lowerBound < 0
    }

    func uniqueReactionID(_ base: String) -> String {
        var id = base
        while chassis.reaction(id) != nil || added.contains(where: { $0.id == id }) { id += "_pw" }
        return id
    }

    func finish() throws(PathwayError) -> PathwayInsertion {
        var model: Model
        do {
            model = try chassis.adding(metabolites: created, reactions: added + exportReactions)
        } catch {
            throw .model(pathway: pathway.id, error)
        }
        guard let productID = mapping[pathway.productReference] else {
            throw .unresolvedMetabolites(pathway: pathway.id, [UnresolvedMetabolite(reference: pathway.productReference, tried: [])])
        }
        let drain = Self.drain(in: model, external: mapping[externalProduct], cytosolic: productID)
        guard let drain else { throw .productNotExported(pathway: pathway.id, product: productID) }
        // An exchange written `<=> A_e` (iMA871) releases with negative flux; turned round, every
        // yield, envelope and budget reads production as positive flux of the same id.
        var reversedDrain = false
        if let position = model.index(ofReaction: drain), let flipped = Self.releasingForward(model.reactions[position]) {
            do {
                model = try model.replacing(reactionAt: position, with: flipped)
            } catch {
                throw .model(pathway: pathway.id, error)
            }
            reversedDrain = true
        }
        var insertion = PathwayInsertion(
            pathway: pathway, model: model, resolutions: resolutions, createdMetabolites: created.map(\.id),
            addedReactions: added.map(\.id), exportReactions: exportReactions.map(\.id), nativeReactions: native,
            balances: (added + exportReactions).filter { !$0.isBoundary }.map { balance(of: $0, in: model) },
            productMetabolite: productID, productDrain: drain)
        insertion.renamedReactions = renamed
        insertion.omittedProtons = omittedProtons
        insertion.productDrainReversed = reversedDrain
        return insertion
    }

    /// `reaction` written the other way round when it is a boundary reaction that makes its
    /// metabolite (`<=> A_e`), so that release is positive flux; `nil` when it already is.
    static func releasingForward(_ reaction: Reaction) -> Reaction? {
        guard reaction.isBoundary, let (metabolite, coefficient) = reaction.stoichiometry.elements.first, coefficient > 0 else {
            return nil
        }
        var flipped = reaction
        flipped.stoichiometry = [metabolite: -coefficient]
        flipped.lowerBound = -reaction.upperBound
        flipped.upperBound = -reaction.lowerBound
        return flipped
    }

    /// The exchange of the product's extracellular form, else a demand or sink of the internal form.
    static func drain(in model: Model, external: String?, cytosolic: String) -> String? {
        for id in [external, cytosolic].compactMap({ $0 }) where model.index(ofMetabolite: id) != nil {
            let releasing = model.reactions.first { $0.isBoundary && canConsume($0, id) }
            if let releasing { return releasing.id }
        }
        return nil
    }

    /// A model formula that says something: iBT721 writes a lone `X` for metabolites it has no
    /// formula for (its 1,3-propanediol and 3-hydroxypropanal), which is no formula at all.
    /// (`X` inside a formula, as in iML1515's reduced thioredoxin `H2X`, is a real placeholder
    /// group that balances and is kept.)
    static func informative(_ formula: String?) -> String? {
        formula.flatMap { $0.trimmingCharacters(in: .whitespaces) == "X" ? nil : $0 }
    }

    /// Balance from the model's formulas and charges, falling back on what the pathway file or
    /// the shared table declares (and on declared charges when the model records none); a
    /// lone `X` in the model gives way to a declared formula.
    func balance(of reaction: Reaction, in model: Model) -> ReactionBalance {
        var declared: [String: PathwayMetabolite] = [:]
        for resolution in resolutions {
            let reference = resolution.reference
            declared[resolution.metabolite] = pathway.declaredMetabolite(reference.id) ?? table[reference.id]
        }
        let step = renamed.first { $0.value == reaction.id }?.key ?? reaction.id
        let waiver = pathway.reactions.first { $0.id == step }?.balanceWaiver
        var balance = ReactionBalance.check(
            reaction: reaction.id, stoichiometry: reaction.stoichiometry.elements.map { ($0.key, $0.value) }, waiver: waiver,
            formula: { id in
                (Self.informative(model.metabolite(id)?.formula) ?? declared[id]?.formula ?? model.metabolite(id)?.formula).flatMap(Formula.init)
            },
            charge: { id in index.recordsCharges ? (model.metabolite(id)?.charge ?? declared[id]?.charge) : declared[id]?.charge })
        if protonsUntracked {
            balance.elementImbalance["H"] = nil
            balance.chargeImbalance = nil
            balance.metabolitesWithoutCharge.append("h (not tracked by the chassis)")
        }
        return balance
    }
}
