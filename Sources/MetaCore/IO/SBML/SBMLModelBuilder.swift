import OrderedCollections

/// Turns a parsed `SBMLDocument` into a `Model` with COBRApy's semantics.
///
/// Every check that `Model.init` would make is made here first, so that the error can
/// name the line of the offending element; `Model.init` then only confirms.
struct SBMLModelBuilder {
    let document: SBMLDocument
    let bytes: [UInt8]
    let file: String
    var warnings: [String] = []

    /// COBRApy's `Configuration` defaults, used for reactions without bounds and for
    /// the exchange reactions added for boundary species.
    static let defaultLowerBound = -1000.0
    static let defaultUpperBound = 1000.0

    init(document: SBMLDocument, bytes: [UInt8], file: String) {
        self.document = document
        self.bytes = bytes
        self.file = file
    }

    func error(at offset: Int, _ message: String) -> ModelReadError {
        ModelReadError(file: file, line: SBMLParser.line(at: offset, in: bytes), message: message)
    }

    mutating func build() throws(ModelReadError) -> Model {
        let compartments = try buildCompartments()
        let (metabolites, boundary, speciesIDs) = try buildMetabolites(compartments: Set(compartments.map(\.id)))
        var reactions = exchangeReactions(for: boundary)
        var reactionOffsets = Array(repeating: document.modelOffset, count: reactions.count)
        let metaboliteIDs = Set(metabolites.map(\.id))
        let fluxBounds = try version1FluxBounds()
        reactions.reserveCapacity(reactions.count + document.reactions.count)
        for position in document.reactions.indices {
            reactions.append(try buildReaction(document.reactions[position], speciesIDs: speciesIDs,
                                               metabolites: metaboliteIDs, fluxBounds: fluxBounds))
            reactionOffsets.append(document.reactions[position].offset)
        }
        var reactionIndex = [String: Int](minimumCapacity: reactions.count)
        for position in reactions.indices {
            let id = reactions[position].id
            if reactionIndex.updateValue(position, forKey: id) != nil {
                throw error(at: reactionOffsets[position], "duplicate reaction id '\(id)'")
            }
        }
        assignSubsystems(&reactions, index: reactionIndex)
        let genes = try buildGenes(reactions: reactions)
        let objective = try buildObjective(reactionIndex: reactionIndex)
        warnAboutToolboxGeneIndices(reactions)
        do {
            return try Model(
                id: document.modelID, name: document.modelName, compartments: compartments,
                metabolites: metabolites, reactions: reactions, genes: genes,
                objective: objective, notes: document.modelNotes
            )
        } catch {
            throw self.error(at: document.modelOffset, error.description)
        }
    }

    // MARK: Compartments and metabolites

    private func buildCompartments() throws(ModelReadError) -> [Compartment] {
        var seen = Set<String>()
        var compartments: [Compartment] = []
        for raw in document.compartments {
            guard seen.insert(raw.id).inserted else { throw error(at: raw.offset, "duplicate compartment id '\(raw.id)'") }
            compartments.append(Compartment(id: raw.id, name: raw.name))
        }
        return compartments
    }

    /// The metabolites, the ids of the boundary species and the model id of every SBML species id.
    private func buildMetabolites(compartments: Set<String>)
        throws(ModelReadError) -> ([Metabolite], [String], [String: String]) {
        var metabolites: [Metabolite] = []
        metabolites.reserveCapacity(document.species.count)
        var seen = Set<String>(minimumCapacity: document.species.count)
        var speciesIDs = [String: String](minimumCapacity: document.species.count)
        var boundary: [String] = []
        for position in document.species.indices {
            let raw = document.species[position]
            let id = SBMLIdentifiers.metabolite(fromSBML: raw.id)
            guard seen.insert(id).inserted else { throw error(at: raw.offset, "duplicate species id '\(raw.id)'") }
            speciesIDs[raw.id] = id
            guard compartments.contains(raw.compartment) else {
                let detail = raw.compartment.isEmpty ? "has no compartment" : "refers to undeclared compartment '\(raw.compartment)'"
                throw error(at: raw.offset, "species '\(raw.id)' \(detail)")
            }
            var metabolite = Metabolite(id: id, name: raw.name, compartment: raw.compartment,
                                        annotations: raw.annotations, notes: raw.notes)
            if document.hasFBC {
                // COBRApy reads fbc:charge through libSBML, which reports 0 when it is unset.
                metabolite.formula = raw.formula
                metabolite.charge = raw.fbcCharge ?? 0
            } else {
                // Legacy files: the core charge attribute, else the COBRA notes.
                metabolite.charge = raw.coreCharge ?? raw.notes["CHARGE"].flatMap { Int($0) }
                metabolite.formula = raw.notes["FORMULA"]
            }
            if raw.boundaryCondition { boundary.append(id) }
            metabolites.append(metabolite)
        }
        return (metabolites, boundary, speciesIDs)
    }

    /// COBRApy adds an exchange `EX_<id>` (−1000…1000, the species consumed) for every
    /// species with `boundaryCondition="true"`, ahead of the file's reactions; the species
    /// itself stays in the model and in the reactions that use it.
    private func exchangeReactions(for boundary: [String]) -> [Reaction] {
        boundary.map { id in
            Reaction(id: "EX_\(id)", name: "EX_\(id)", stoichiometry: [id: -1],
                     lowerBound: Self.defaultLowerBound, upperBound: Self.defaultUpperBound,
                     annotations: Annotations(["sbo": ["SBO:0000627"]]))
        }
    }

    // MARK: Reactions

    /// FBC v1 bounds by SBML reaction id.
    private func version1FluxBounds() throws(ModelReadError) -> [String: (lower: Double?, upper: Double?)] {
        var bounds: [String: (lower: Double?, upper: Double?)] = [:]
        for bound in document.fluxBounds {
            var entry = bounds[bound.reaction] ?? (nil, nil)
            switch bound.operation {
            case "lessEqual", "less": entry.upper = bound.value
            case "greaterEqual", "greater": entry.lower = bound.value
            case "equal":
                entry.lower = bound.value
                entry.upper = bound.value
            default:
                throw error(at: bound.offset, "fbc:fluxBound operation '\(bound.operation)' is not lessEqual, greaterEqual or equal")
            }
            bounds[bound.reaction] = entry
        }
        return bounds
    }

    /// The reaction of `raw`. `speciesIDs` maps SBML species ids to model ids; a reference
    /// spelled differently (without its `M_`, say) is resolved the long way and checked
    /// against `metabolites`.
    private func buildReaction(_ raw: SBMLReaction, speciesIDs: [String: String], metabolites: Set<String>,
                               fluxBounds: [String: (lower: Double?, upper: Double?)]) throws(ModelReadError) -> Reaction {
        let id = SBMLIdentifiers.reaction(fromSBML: raw.id)
        var stoichiometry = OrderedDictionary<String, Double>(minimumCapacity: raw.reactants.count + raw.products.count)
        for (references, sign) in [(raw.reactants, -1.0), (raw.products, 1.0)] {
            for reference in references {
                let species: String
                if let known = speciesIDs[reference.species] {
                    species = known
                } else {
                    species = SBMLIdentifiers.metabolite(fromSBML: reference.species)
                    guard metabolites.contains(species) else {
                        throw error(at: reference.offset, "reaction '\(raw.id)' refers to undeclared species '\(reference.species)'")
                    }
                }
                stoichiometry[species, default: 0] += sign * reference.stoichiometry
            }
        }
        // A species on both sides with equal coefficients cancels out, as in COBRApy.
        if stoichiometry.values.contains(0) { stoichiometry = stoichiometry.filter { $0.value != 0 } }

        let (lower, upper) = try bounds(of: raw, fluxBounds: fluxBounds)
        if lower.isNaN || upper.isNaN { throw error(at: raw.offset, "reaction '\(raw.id)': flux bound is NaN") }
        if lower == .infinity { throw error(at: raw.offset, "reaction '\(raw.id)': lower bound is +infinity") }
        if upper == -.infinity { throw error(at: raw.offset, "reaction '\(raw.id)': upper bound is -infinity") }
        if lower > upper {
            throw error(at: raw.offset, "reaction '\(raw.id)': lower bound \(formatNumber(lower)) exceeds upper bound \(formatNumber(upper))")
        }

        return Reaction(id: id, name: raw.name, stoichiometry: stoichiometry, lowerBound: lower, upperBound: upper,
                        gpr: try rule(of: raw), annotations: raw.annotations, notes: raw.notes)
    }

    /// Bounds from FBC v2 parameters, FBC v1 flux bounds or (without FBC) kinetic-law
    /// parameters; a missing bound gets COBRApy's default whatever the reversibility.
    private func bounds(of raw: SBMLReaction,
                        fluxBounds: [String: (lower: Double?, upper: Double?)]) throws(ModelReadError) -> (Double, Double) {
        var lower: Double?
        var upper: Double?
        if document.hasFBC {
            lower = try parameterValue(raw.lowerFluxBound, of: raw)
            upper = try parameterValue(raw.upperFluxBound, of: raw)
            if let v1 = fluxBounds[raw.id] {
                lower = lower ?? v1.lower
                upper = upper ?? v1.upper
            }
        } else {
            lower = raw.kineticParameters["LOWER_BOUND"]
            upper = raw.kineticParameters["UPPER_BOUND"]
        }
        return (lower ?? Self.defaultLowerBound, upper ?? Self.defaultUpperBound)
    }

    private func parameterValue(_ id: String?, of raw: SBMLReaction) throws(ModelReadError) -> Double? {
        guard let id, !id.isEmpty else { return nil }
        guard let parameter = document.parameters[id] else {
            throw error(at: raw.offset, "reaction '\(raw.id)' refers to undeclared bound parameter '\(id)'")
        }
        guard let value = parameter.value else {
            throw error(at: parameter.offset, "bound parameter '\(id)' has no value")
        }
        return value
    }

    /// The reaction's rule: FBC's association, or (without FBC v2) the COBRA notes.
    private func rule(of raw: SBMLReaction) throws(ModelReadError) -> GPR? {
        if document.hasFBC && !document.isFBCVersion1 { return raw.association }
        if let association = raw.association { return association }
        guard let text = raw.notes["GENE ASSOCIATION"] ?? raw.notes["GENE_ASSOCIATION"] else { return nil }
        do {
            return try GPR.parse(text)?.mapGenes(SBMLIdentifiers.gene(fromSBML:))
        } catch {
            throw self.error(at: raw.offset, "reaction '\(raw.id)': \(error.description)")
        }
    }

    /// Subsystems come from groups when the document uses the groups package (the
    /// reaction takes the name of the last group listing it), otherwise from the
    /// `SUBSYSTEM` note, as in COBRApy.
    private func assignSubsystems(_ reactions: inout [Reaction], index: [String: Int]) {
        guard document.hasGroups else {
            for position in reactions.indices {
                if let subsystem = reactions[position].notes["SUBSYSTEM"] { reactions[position].subsystem = subsystem }
            }
            return
        }
        var byMetaID: [String: String] = [:]
        var reactionSIDs = Set<String>(minimumCapacity: document.reactions.count)
        // Indices rather than `for raw in`, which would copy every reaction's fields.
        for position in document.reactions.indices {
            let id = document.reactions[position].id
            reactionSIDs.insert(id)
            if let metaID = document.reactions[position].metaID { byMetaID[metaID] = id }
        }
        for group in document.groups {
            for member in group.members {
                guard let sid = member.idRef ?? member.metaIDRef.flatMap({ byMetaID[$0] }),
                      let position = index[SBMLIdentifiers.reaction(fromSBML: sid)] else { continue }
                // An idRef may name a species or gene product whose stripped id equals a reaction's.
                guard reactionSIDs.contains(sid) else { continue }
                reactions[position].subsystem = group.name
            }
        }
    }

    // MARK: Genes and objective

    private func buildGenes(reactions: [Reaction]) throws(ModelReadError) -> [Gene] {
        var genes: [Gene] = []
        var seen = Set<String>()
        for raw in document.geneProducts {
            let id = SBMLIdentifiers.gene(fromSBML: raw.id)
            guard seen.insert(id).inserted else { throw error(at: raw.offset, "duplicate gene product id '\(raw.id)'") }
            genes.append(Gene(id: id, name: raw.name, annotations: raw.annotations))
        }
        if document.geneProducts.isEmpty && !document.hasFBC {
            // COBRApy names genes found only in notes rules after their id.
            for reaction in reactions {
                for gene in reaction.gpr?.genes ?? [] where seen.insert(gene).inserted {
                    genes.append(Gene(id: gene, name: gene))
                }
            }
        }
        return genes
    }

    private func buildObjective(reactionIndex: [String: Int]) throws(ModelReadError) -> Objective {
        var coefficients: OrderedDictionary<String, Double> = [:]
        if document.hasFBC {
            guard let active = document.activeObjective, !active.isEmpty else { return Objective() }
            guard let objective = document.objectives.first(where: { $0.id == active }) else {
                throw error(at: document.modelOffset, "fbc:activeObjective '\(active)' names no fbc:objective")
            }
            let sense: OptimizationSense
            switch objective.type {
            case "maximize", "max": sense = .maximize
            case "minimize", "min": sense = .minimize
            default: throw error(at: objective.offset, "fbc:objective type '\(objective.type)' is neither maximize nor minimize")
            }
            for term in objective.terms {
                let id = SBMLIdentifiers.reaction(fromSBML: term.reaction)
                guard reactionIndex[id] != nil else {
                    throw error(at: term.offset, "objective refers to undeclared reaction '\(term.reaction)'")
                }
                guard term.coefficient.isFinite else {
                    throw error(at: term.offset, "objective coefficient of '\(term.reaction)' is not a finite number")
                }
                if term.coefficient != 0 { coefficients[id, default: 0] += term.coefficient }
            }
            return Objective(coefficients: coefficients, sense: sense)
        }
        for raw in document.reactions {
            guard let coefficient = raw.kineticParameters["OBJECTIVE_COEFFICIENT"] else { continue }
            guard coefficient.isFinite else {
                throw error(at: raw.offset, "OBJECTIVE_COEFFICIENT of '\(raw.id)' is not a finite number")
            }
            if coefficient != 0 { coefficients[SBMLIdentifiers.reaction(fromSBML: raw.id)] = coefficient }
        }
        return Objective(coefficients: coefficients, sense: .maximize)
    }

    // MARK: Warnings

    /// GPRs such as `x(375)` come from the COBRA Toolbox's `rules` field, where `x(i)`
    /// stands for the i-th gene; the exporter forgot to substitute the gene ids.
    private mutating func warnAboutToolboxGeneIndices(_ reactions: [Reaction]) {
        var affected: [String] = []
        var examples: [String] = []
        for position in reactions.indices {
            guard let rule = reactions[position].gpr, rule.mentions(where: Self.looksLikeToolboxIndex) else { continue }
            let indexGenes = rule.genes.filter(Self.looksLikeToolboxIndex)
            affected.append(reactions[position].id)
            if examples.count < 3 { examples.append(indexGenes[0]) }
        }
        guard let first = affected.first else { return }
        warnings.append(
            "\(affected.count) reaction(s) (first: '\(first)') have GPRs with genes such as "
            + examples.map { "'\($0)'" }.joined(separator: ", ")
            + ", which look like unresolved COBRA Toolbox gene indices (x(i) = the i-th gene); kept as gene ids")
    }

    private static func looksLikeToolboxIndex(_ gene: String) -> Bool {
        guard gene.utf8.last == UInt8(ascii: ")"), let open = gene.firstIndex(of: "(") else { return false }
        let digits = gene[gene.index(after: open)..<gene.index(before: gene.endIndex)]
        return !digits.isEmpty && digits.allSatisfy(\.isNumber)
    }
}
