import OrderedCollections

/// One reaction of a pathway: its equation (by metabolite reference), bounds, enzymes and
/// thermodynamics.
public struct PathwayReaction: Sendable, Hashable, Identifiable {
    /// The id the reaction gets in the chassis (`SUCOAR_bdo`).
    public var id: String
    /// A human-readable name.
    public var name: String
    /// Metabolite reference → coefficient, negative for substrates, in the order written.
    public var stoichiometry: OrderedDictionary<MetaboliteReference, Double>
    /// The lowest flux allowed (−1000 for reversible reactions, 0 otherwise, unless the file says).
    public var lowerBound: Double
    /// The highest flux allowed (1000, or 0 for `<--`, unless the file says).
    public var upperBound: Double
    /// The enzymes that catalyse the step (alternatives, or the subunits of one complex).
    public var enzymes: [PathwayEnzyme]
    /// ΔrG'° in kJ/mol for the reaction as written (pH 7, I = 0.1 M), when known.
    public var standardGibbsEnergy: Double?
    /// Where ``standardGibbsEnergy`` comes from.
    public var standardGibbsEnergyReference: Citation?
    /// Why an element or charge imbalance is accepted; `nil` means the reaction must balance.
    public var balanceWaiver: String?
    /// Free-text remarks from the file.
    public var notes: String?

    /// A reaction from its parts.
    public init(
        id: String, name: String = "", stoichiometry: OrderedDictionary<MetaboliteReference, Double>,
        lowerBound: Double = 0, upperBound: Double = 1000, enzymes: [PathwayEnzyme] = [],
        standardGibbsEnergy: Double? = nil, standardGibbsEnergyReference: Citation? = nil,
        balanceWaiver: String? = nil, notes: String? = nil
    ) {
        self.id = id
        self.name = name
        self.stoichiometry = stoichiometry
        self.lowerBound = lowerBound
        self.upperBound = upperBound
        self.enzymes = enzymes
        self.standardGibbsEnergy = standardGibbsEnergy
        self.standardGibbsEnergyReference = standardGibbsEnergyReference
        self.balanceWaiver = balanceWaiver
        self.notes = notes
    }

    /// The equation in COBRApy's string style (`succoa_c + nadh_c + h_c --> sucsal_c + coa_c + nad_c`).
    public var equation: String {
        ReactionEquation.render(stoichiometry, lowerBound: lowerBound, upperBound: upperBound)
    }

    /// The step as the max-min driving force analysis needs it (issue #6), when ΔrG'° is known.
    /// Metabolites are named by their references (`succoa_c`); the direction follows the bounds.
    public var thermodynamicStep: ThermodynamicStep? {
        guard let standardGibbsEnergy else { return nil }
        let direction: Double = upperBound <= 0 && lowerBound < 0 ? -1 : 1
        return ThermodynamicStep(
            id: id, stoichiometry: Dictionary(uniqueKeysWithValues: stoichiometry.map { ($0.key.description, $0.value) }),
            standardGibbsEnergy: standardGibbsEnergy, direction: direction)
    }
}

/// An enzyme that catalyses a pathway step, with the kinetic data protein-cost scorers use.
public struct PathwayEnzyme: Sendable, Hashable {
    /// The EC number (`1.2.1.76`), when assigned.
    public var ec: String?
    /// The gene name (`sucD`).
    public var gene: String?
    /// The source organism (`Porphyromonas gingivalis`).
    public var organism: String?
    /// The turnover number in 1/s.
    public var kcat: Double?
    /// The Michaelis constant for the main substrate in mM.
    public var km: Double?
    /// The molecular weight of the catalytic unit in kDa.
    public var molecularWeight: Double?
    /// Where the kinetic data (or the enzyme choice) come from.
    public var reference: Citation?

    /// An enzyme from its parts; every field is optional.
    public init(
        ec: String? = nil, gene: String? = nil, organism: String? = nil, kcat: Double? = nil, km: Double? = nil,
        molecularWeight: Double? = nil, reference: Citation? = nil
    ) {
        self.ec = ec
        self.gene = gene
        self.organism = organism
        self.kcat = kcat
        self.km = km
        self.molecularWeight = molecularWeight
        self.reference = reference
    }

    /// A short label: the gene, else the EC number, else `enzyme`.
    public var label: String { gene ?? ec.map { "EC \($0)" } ?? "enzyme" }
}

extension Pathway {
    /// The enzyme capacities of the steps whose first enzyme with kcat and molecular weight is
    /// known, for ``EnzymeBudget`` (reaction ids as inserted).
    public var enzymeCapacities: [EnzymeCapacity] {
        reactions.compactMap { reaction in
            guard let enzyme = reaction.enzymes.first(where: { $0.kcat != nil && $0.molecularWeight != nil }),
                  let kcat = enzyme.kcat, let weight = enzyme.molecularWeight else { return nil }
            return EnzymeCapacity(reaction: reaction.id, enzyme: enzyme.label, kcat: kcat, molecularWeight: weight)
        }
    }

    /// The steps with a known ΔrG'°, for ``MaxMinDrivingForce``.
    public var thermodynamicSteps: [ThermodynamicStep] { reactions.compactMap(\.thermodynamicStep) }
}
