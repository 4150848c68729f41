import MetaPlugin

/// One way of evaluating a (chassis, pathway, substrate, aeration) combination of a batch.
///
/// The batch engine is generic over this protocol: it reads the plan, loads each chassis model
/// once, sets it up for every feed and aeration, enumerates, shards, runs in parallel, scores,
/// streams and resumes; an evaluation only says what a pathway entry means and what one
/// combination yields. Registering a conformer in ``BatchEvaluations/all`` makes it available
/// to plans as `evaluation: <id>`.
///
/// Contract for conformers:
/// - `evaluate` runs on many worker threads at once: keep no shared mutable state. Whatever a
///   thread may reuse between its tasks — warm GLPK problems above all, one per chassis set-up —
///   belongs in the ``Worker``: the engine makes one per worker thread with ``makeWorker()``,
///   passes it to every `evaluate` on that thread, and drops it before freeing the thread's
///   GLPK environment. A worker never crosses threads, so it need not be `Sendable`.
/// - `evaluate` must not change anything the model shares: `model` is the chassis model set up
///   for the task's feed and aeration, shared read-only by every task of that condition.
/// - Equal tasks give equal outcomes: no randomness, no dependence on time or call order, so a
///   resumed or sharded run equals an uninterrupted one.
/// - Throw ``EvaluationFailure`` for a combination that cannot be evaluated; the engine turns
///   it into a record with `status: "failed"` and the message, and the batch goes on.
protocol BatchEvaluation: Sendable {
    /// What the evaluation needs to know about one pathway entry (a route, a product exchange).
    associatedtype Target: Sendable
    /// A worker thread's own state, such as warm GLPK problems (`Void` for none).
    associatedtype Worker = Void

    /// The id plans name it by (`evaluation: native-yield`).
    static var id: String { get }
    /// One sentence on what it computes, for `batch validate` and the report.
    static var summary: String { get }

    /// The targets one pathway entry of the plan stands for (a folder may hold many).
    ///
    /// - Throws: ``EvaluationFailure`` saying why the entry cannot be used; the plan check
    ///   reports it at the entry's line.
    func targets(for entry: PathwayEntry) throws(EvaluationFailure) -> [BatchTarget<Target>]

    /// Why `target` cannot be evaluated in `chassis` (say, the chassis lacks a precursor),
    /// or `nil` when it can. Reported by the plan check before any work starts.
    func problem(with target: BatchTarget<Target>, in chassis: ResolvedChassis) -> String?

    /// This evaluation ready for the plan's chassis (say, with each model indexed once), made
    /// after the chassis are loaded and before any worker starts; the default is `self`.
    func prepared(for chassis: [ResolvedChassis]) -> Self

    /// A fresh worker, made on the thread that will use it.
    func makeWorker() -> Worker

    /// Evaluates one combination on `model`, the chassis model set up for the task's condition.
    ///
    /// Equal tasks must give equal outcomes whatever the worker evaluated before: a warm start
    /// must begin from a saved state (see `YieldSession`), not from the last task's.
    func evaluate(_ task: BatchTask<Target>, model: Model, worker: inout Worker) throws(EvaluationFailure) -> EvaluationOutcome
}

extension BatchEvaluation {
    /// Nothing to prepare.
    func prepared(for chassis: [ResolvedChassis]) -> Self { self }
}

extension BatchEvaluation where Worker == Void {
    /// No per-thread state.
    func makeWorker() {}
}

/// What one pathway entry resolves to: an id for record keys, a product, and the evaluation's own data.
struct BatchTarget<Payload: Sendable>: Sendable {
    /// The id in record keys and the `pathway` field (unique within a plan).
    var id: String
    /// What changes the target's meaning (a file's sha256, an exchange id), folded into the plan hash.
    var fingerprint: String
    /// The evaluation's data for it (a parsed pathway, an exchange id, …).
    var payload: Payload
}

/// Why a combination, or a pathway entry, could not be evaluated.
struct EvaluationFailure: Error, Sendable, CustomStringConvertible {
    /// What went wrong, in one sentence.
    var message: String

    /// A failure with `message`.
    init(_ message: String) { self.message = message }

    /// The message.
    var description: String { message }
}

/// What an evaluation found for one combination, before the engine adds scores and provenance.
struct EvaluationOutcome: Sendable {
    /// The product's id (`succ`, `14bdo`), for the `product` field.
    var product: String?
    /// `optimal`, or the solver status that stopped the evaluation (`infeasible`, …).
    var status: String
    /// The evaluation's numbers in the order they are written, after the identity fields
    /// (`max_theoretical_yield`, …); `null` where a value could not be computed.
    var metrics: [(String, JSONText)]
    /// The production envelope, when one was computed.
    var envelope: RecordEnvelope?
    /// Makes what the scorers look at (the model with the pathway in it, the pathway, the
    /// insertion); called only when the plan runs scorers. `nil` skips scoring.
    var scoring: (@Sendable () throws(EvaluationFailure) -> ScoringSubject)?
}

/// What the scorers of a batch look at for one combination.
struct ScoringSubject: Sendable {
    /// The set-up chassis model with the pathway inserted.
    var model: Model
    /// The pathway.
    var pathway: Pathway
    /// How the pathway went in, when it was inserted.
    var insertion: PathwayInsertion?
    /// A basis of the set-up chassis model's LP for the scorers' first solve (see
    /// ``ScoringInput/startingBasis``); `nil` starts them cold.
    var startingBasis: GLPKBasis? = nil
}

/// A production envelope as stored in a record: at each x, the least and most product flux.
struct RecordEnvelope: Sendable, Hashable {
    /// The x variable (`growth`, or a reaction id).
    var x: String
    /// The y variable (the product's exchange reaction).
    var y: String
    /// The substrate uptake the fluxes are relative to (mmol/gDW/h), for yield axes.
    var uptake: Double?
    /// The points, in increasing x.
    var points: [EnvelopePlot.Point]
}
