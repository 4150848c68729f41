/// Every registered scorer run on one scoring input: the cards, and the scorers that failed
/// (a failing scorer never hides the others' results).
public struct ScoringRun: Sendable {
    /// A scorer that threw, with its message.
    public struct Failure: Sendable, Hashable {
        /// The scorer id.
        public var scorer: String
        /// Why it failed.
        public var message: String
    }

    /// The cards, in registry order.
    public var cards: [ScoreCard]
    /// The scorers that failed.
    public var failures: [Failure]

    /// Runs `scorers` on `input`, in order.
    public init(scorers: [any EnzymeScorer], input: ScoringInput) {
        var cards: [ScoreCard] = []
        var failures: [Failure] = []
        for scorer in scorers {
            do {
                cards.append(try scorer.score(input))
            } catch {
                failures.append(Failure(scorer: scorer.id, message: "\(error)"))
            }
        }
        self.cards = cards
        self.failures = failures
    }

    /// Every component of every card, in order (first card first).
    public var components: [ScoreComponent] { cards.flatMap(\.components) }

    /// The component with `key`, from the first card that has it.
    public func component(_ key: String) -> ScoreComponent? { components.first { $0.key == key } }

    /// The run as ranking metrics: every component of every card, by key.
    public var metrics: [PathwayRanking.Metric] {
        components.map { PathwayRanking.Metric(key: $0.key, value: $0.value, higherIsBetter: $0.higherIsBetter) }
    }
}
