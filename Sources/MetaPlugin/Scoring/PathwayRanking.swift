/// A transparent composite ranking of (chassis, pathway) candidates: every component is
/// min–max normalised across the candidates (0 = worst, 1 = best, respecting whether higher
/// is better), and the score is the weighted mean of the components a candidate has.
/// Missing components are left out of that candidate's mean and shown as missing — a route is
/// never rewarded or punished for an unknown number, and the table says which were unknown.
public enum PathwayRanking {
    /// One metric of a candidate.
    public struct Metric: Sendable, Hashable {
        /// The key weights refer to (`max_theoretical_yield`, `protein_cost`, …).
        public var key: String
        /// The raw value; `nil` when unknown.
        public var value: Double?
        /// Whether larger is better.
        public var higherIsBetter: Bool

        /// A metric from its key, value and direction.
        public init(key: String, value: Double?, higherIsBetter: Bool) {
            self.key = key
            self.value = value
            self.higherIsBetter = higherIsBetter
        }
    }

    /// One candidate to rank.
    public struct Candidate: Sendable {
        /// The chassis id.
        public var chassis: String
        /// The pathway id.
        public var pathway: String
        /// The metrics.
        public var metrics: [Metric]
        /// Remarks (bottleneck, missing data, evaluation status).
        public var notes: [String]

        /// A candidate from its labels, metrics and notes.
        public init(chassis: String, pathway: String, metrics: [Metric], notes: [String] = []) {
            self.chassis = chassis
            self.pathway = pathway
            self.metrics = metrics
            self.notes = notes
        }
    }

    /// A ranked candidate.
    public struct Ranked: Sendable {
        /// The candidate.
        public var candidate: Candidate
        /// Each weighted component's normalised value (0…1), by key; absent when unknown.
        public var normalised: [String: Double]
        /// The composite score (0…1), `nil` when no weighted component is known.
        public var score: Double?
    }

    /// The default weights: yields first, then protein cost, driving force and host fit, then step count.
    public static let defaultWeights: [String: Double] = [
        "max_theoretical_yield": 1, "max_achievable_yield": 1, "protein_cost": 0.5, "mdf": 0.5,
        "host_fit": 0.5, "heterologous_steps": 0.25,
    ]

    /// Short names accepted in `--weights` (`yield=1,mdf=0.5`).
    public static let aliases: [String: String] = [
        "yield": "max_theoretical_yield", "theoretical": "max_theoretical_yield", "achievable": "max_achievable_yield",
        "protein": "protein_cost", "cost": "protein_cost", "host": "host_fit", "steps": "heterologous_steps",
    ]

    /// Parses `key=value,key=value` into weights over the defaults; `nil` on a malformed entry
    /// or a negative weight.
    public static func weights(parsing text: String) -> [String: Double]? {
        var weights = defaultWeights
        for entry in text.split(separator: ",") {
            let parts = entry.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, let value = Double(parts[1]), value >= 0, value.isFinite else { return nil }
            weights[aliases[parts[0]] ?? parts[0]] = value
        }
        return weights
    }

    /// Ranks `candidates` by composite score, best first (unknown scores last).
    public static func rank(_ candidates: [Candidate], weights: [String: Double] = defaultWeights) -> [Ranked] {
        var ranges: [String: (low: Double, high: Double)] = [:]
        for candidate in candidates {
            for metric in candidate.metrics {
                guard let value = metric.value, value.isFinite else { continue }
                let range = ranges[metric.key] ?? (value, value)
                ranges[metric.key] = (min(range.low, value), max(range.high, value))
            }
        }
        let ranked = candidates.map { candidate -> Ranked in
            var normalised: [String: Double] = [:]
            var total = 0.0, weightSum = 0.0
            for metric in candidate.metrics {
                guard let weight = weights[metric.key], weight > 0, let value = metric.value, value.isFinite,
                      let range = ranges[metric.key] else { continue }
                var unit = range.high > range.low ? (value - range.low) / (range.high - range.low) : 1
                if !metric.higherIsBetter { unit = range.high > range.low ? 1 - unit : 1 }
                normalised[metric.key] = unit
                total += weight * unit
                weightSum += weight
            }
            return Ranked(candidate: candidate, normalised: normalised, score: weightSum > 0 ? total / weightSum : nil)
        }
        return ranked.sorted { ($0.score ?? -1) > ($1.score ?? -1) }
    }
}
