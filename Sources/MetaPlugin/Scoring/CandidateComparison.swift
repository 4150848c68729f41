/// Candidate enzymes ranked per pathway step by protein cost MW/(3600 kcat), with flags for
/// oxygen sensitivity under aerobic conditions and for a cofactor the step does not use,
/// and how the best unflagged choice per step moves the route's protein-cost score.
public struct CandidateComparison: Sendable {
    /// One ranked alternative.
    public struct Entry: Sendable, Hashable {
        /// The step.
        public var step: String
        /// Rank within the step (1 = cheapest).
        public var rank: Int
        /// The candidate.
        public var candidate: EnzymeCandidate
        /// Warnings (oxygen, cofactor, hypothetical, missing data).
        public var flags: [String]
    }

    /// The ranked alternatives, step by step.
    public var entries: [Entry]
    /// Candidate steps that are not in the pathway.
    public var unknownSteps: [String]
    /// The protein-cost card with the pathway's own enzymes.
    public var baseline: ScoreCard?
    /// The protein-cost card with the best unflagged candidate of each step put first.
    public var best: ScoreCard?

    /// Ranks `file`'s alternatives for `pathway` under `aeration`.
    public init(file: EnzymeCandidateFile, pathway: Pathway, aeration: Aeration) {
        var entries: [Entry] = []
        var unknown: [String] = []
        for (step, candidates) in file.steps {
            guard let reaction = pathway.reactions.first(where: { $0.id == step }) else { unknown.append(step); continue }
            let used = Self.cofactors(of: reaction)
            let sorted = candidates.sorted { ($0.proteinCost ?? .infinity) < ($1.proteinCost ?? .infinity) }
            for (index, candidate) in sorted.enumerated() {
                var flags: [String] = []
                if candidate.proteinCost == nil { flags.append("no kcat/MW: cost unknown") }
                if candidate.oxygenSensitive, aeration != .anaerobic { flags.append("oxygen-sensitive under \(aeration.rawValue) conditions") }
                if let cofactor = candidate.cofactor, let mismatch = Self.mismatch(cofactor, used: used) { flags.append(mismatch) }
                if candidate.hypothetical { flags.append("hypothetical parameters") }
                entries.append(Entry(step: step, rank: index + 1, candidate: candidate, flags: flags))
            }
        }
        self.entries = entries
        self.unknownSteps = unknown
    }

    /// The pathway with each step's cheapest candidate free of oxygen and cofactor flags put first.
    public func improving(_ pathway: Pathway) -> Pathway {
        var improved = pathway
        for index in improved.reactions.indices {
            let step = improved.reactions[index].id
            let usable = entries.first { entry in
                entry.step == step && entry.candidate.proteinCost != nil
                    && !entry.flags.contains { $0.hasPrefix("oxygen") || $0.hasPrefix("cofactor") }
            }
            if let usable { improved.reactions[index].enzymes.insert(usable.candidate.pathwayEnzyme, at: 0) }
        }
        return improved
    }

    static func cofactors(of reaction: PathwayReaction) -> Set<String> {
        Set(reaction.stoichiometry.keys.compactMap { key -> String? in
            let id = key.id.lowercased().split(separator: "_").first.map(String.init) ?? ""
            return ["nadh", "nad", "nadph", "nadp"].contains(id) ? (id.hasPrefix("nadp") ? "NADPH" : "NADH") : nil
        })
    }

    static func mismatch(_ cofactor: EnzymeCandidate.Cofactor, used: Set<String>) -> String? {
        switch cofactor {
        case .nadh where used == ["NADPH"], .nadph where used == ["NADH"]:
            "cofactor mismatch: prefers \(cofactor.rawValue), the step uses \(used.first ?? "")"
        case .none where !used.isEmpty:
            "cofactor mismatch: uses no nicotinamide cofactor, the step uses \(used.sorted().joined(separator: "/"))"
        default: nil
        }
    }
}
