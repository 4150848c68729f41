import OrderedCollections

/// The reactions of one or more universal models that a chassis could gain, rewritten in
/// the chassis' namespace, with the reasons the others were left out.
///
/// A universe reaction becomes a candidate unless it is a boundary reaction (exchange,
/// demand, sink, or any reaction with only reactants or only products — these would make
/// mass or let a product "leave" for free), part of the universe's objective (a biomass
/// pseudo-reaction), already in the chassis (same id, or the same stoichiometry with no new
/// direction), a duplicate of an earlier candidate, in a compartment the chassis lacks,
/// without formulas for all its metabolites, or not balanced in every element. Charge is
/// not required to balance (CarveMe's universe has ~960 element-balanced reactions whose
/// charges disagree, an artefact of inconsistent protonation states; flux balance conserves
/// mass, not charge), but the imbalance is kept so that it can be reported and waived.
///
/// Metabolites the chassis lacks are created in the mapped chassis compartment with the
/// universe's formula, charge, name and cross-references. Bounds are kept but clamped to
/// ±`bigM` and made to include 0 (a candidate is never forced to carry flux).
///
/// ```swift
/// let candidates = try UniverseCandidates(host: iML1515, universes: [universe])
/// print(candidates.reactions.count, candidates.excluded)
/// ```
public struct UniverseCandidates: Sendable {
    /// Why a universe reaction is not a candidate.
    public enum Exclusion: String, Sendable, Hashable, CaseIterable, Comparable {
        /// An exchange, demand or sink, or a reaction with only reactants or only products.
        case boundary
        /// Part of the universe's objective (its biomass reaction).
        case objective
        /// The chassis has a reaction with this id.
        case inChassis = "in_chassis"
        /// The chassis has a reaction with the same stoichiometry that allows the same directions.
        case sameAsChassis = "same_as_chassis"
        /// An earlier universe reaction has this id or this stoichiometry.
        case duplicate
        /// Touches a compartment the chassis does not have.
        case unmappedCompartment = "unmapped_compartment"
        /// A metabolite has no (parseable) formula, so balance cannot be checked.
        case missingFormula = "missing_formula"
        /// Creates or destroys atoms.
        case elementImbalance = "element_imbalance"
        /// Both bounds are zero.
        case blocked

        /// Orders by declaration, for stable reports.
        public static func < (lhs: Self, rhs: Self) -> Bool {
            allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
        }
    }

    /// One reaction the chassis could gain.
    public struct Candidate: Sendable, Hashable {
        /// The reaction in the chassis' namespace, bounds clamped to ±`bigM` and including 0.
        public var reaction: Reaction
        /// The id of the universal model it comes from.
        public var universe: String
        /// Net charge produced when not zero (elements always balance).
        public var chargeImbalance: Double?
    }

    /// The candidates, in universe order.
    public private(set) var candidates: [Candidate]
    /// Metabolites the candidates use that the chassis lacks, by id.
    public private(set) var newMetabolites: OrderedDictionary<String, Metabolite>
    /// How many universe reactions were left out, per reason.
    public private(set) var excluded: [Exclusion: Int]
    /// The flux magnitude that stands for "unbounded": the chassis' largest finite bound (at least 1000).
    public let bigM: Double

    /// Collects the candidates of `universes` (earlier ones win on duplicates) for `host`.
    ///
    /// - Throws: `.noSharedMetabolites` when a universe shares no metabolite id with the host.
    public init(host: Model, universes: [Model]) throws(PredictionError) {
        let finiteBounds = host.reactions.flatMap { [abs($0.lowerBound), abs($0.upperBound)] }.filter(\.isFinite)
        bigM = max(1000, finiteBounds.max() ?? 1000)
        candidates = []
        newMetabolites = [:]
        excluded = [:]
        var known = StoichiometryIndex(host.reactions)
        var ids = Set(host.reactions.map(\.id))
        for universe in universes {
            guard universe.metabolites.contains(where: { host.index(ofMetabolite: $0.id) != nil }) else {
                throw .noSharedMetabolites(universe: universe.id)
            }
            let mapping = CompartmentNaming.mapping(from: universe, to: host)
            for reaction in universe.reactions {
                switch classify(reaction, in: universe, host: host, mapping: mapping, ids: ids, known: known) {
                case .exclude(let reason):
                    excluded[reason, default: 0] += 1
                case .keep(let candidate):
                    candidates.append(candidate)
                    ids.insert(candidate.reaction.id)
                    known.insert(candidate.reaction)
                    for id in candidate.reaction.stoichiometry.keys where host.index(ofMetabolite: id) == nil && newMetabolites[id] == nil {
                        if let metabolite = universe.metabolite(id), let compartment = mapping[metabolite.compartment] {
                            var created = metabolite
                            created.compartment = compartment
                            newMetabolites[id] = created
                        }
                    }
                }
            }
        }
    }

    /// The candidate reactions.
    public var reactions: [Reaction] { candidates.map(\.reaction) }

    /// The metabolite `id` as the extended model will have it: the chassis' own or a new one.
    func metabolite(_ id: String, host: Model) -> Metabolite? {
        host.metabolite(id) ?? newMetabolites[id]
    }

    /// What becomes of one universe reaction.
    private enum Verdict {
        case keep(Candidate)
        case exclude(Exclusion)
    }

    private func classify(
        _ reaction: Reaction, in universe: Model, host: Model, mapping: [String: String], ids: Set<String>,
        known: StoichiometryIndex
    ) -> Verdict {
        let coefficients = reaction.stoichiometry.values
        if reaction.isBoundary || coefficients.allSatisfy({ $0 <= 0 }) || coefficients.allSatisfy({ $0 >= 0 }) {
            return .exclude(.boundary)
        }
        if universe.objective.coefficients[reaction.id] != nil { return .exclude(.objective) }
        if host.index(ofReaction: reaction.id) != nil { return .exclude(.inChassis) }
        if ids.contains(reaction.id) { return .exclude(.duplicate) }
        if reaction.lowerBound == 0 && reaction.upperBound == 0 { return .exclude(.blocked) }
        func metabolite(_ id: String) -> Metabolite? {
            if let own = host.metabolite(id) { return own }
            guard let theirs = universe.metabolite(id), mapping[theirs.compartment] != nil else { return nil }
            return theirs
        }
        for id in reaction.stoichiometry.keys where metabolite(id) == nil { return .exclude(.unmappedCompartment) }
        guard let balance = CandidateBalance(reaction.stoichiometry, metabolite: metabolite) else {
            return .exclude(.missingFormula)
        }
        guard balance.isElementBalanced else { return .exclude(.elementImbalance) }
        var clamped = reaction
        clamped.lowerBound = max(min(reaction.lowerBound, 0), -bigM)
        clamped.upperBound = min(max(reaction.upperBound, 0), bigM)
        switch known.covers(clamped) {
        case .chassis: return .exclude(.sameAsChassis)
        case .candidate: return .exclude(.duplicate)
        case nil: break
        }
        return .keep(Candidate(reaction: clamped, universe: universe.id, chargeImbalance: balance.chargeImbalance))
    }
}
