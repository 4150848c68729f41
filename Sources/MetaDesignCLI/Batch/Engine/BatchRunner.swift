import Foundation
import MetaPlugin
import Synchronization

/// Runs the combinations of a resolved plan not yet in its result stream, on worker threads.
///
/// Each worker takes the next combination, evaluates it on the chassis model set up for its
/// condition (shared read-only), scores it, and appends the record as one line. A combination
/// that fails becomes a record with its error. SIGINT or SIGTERM stops the run after the
/// evaluations in progress; rerunning resumes from the stream.
struct BatchRunner<Evaluation: BatchEvaluation> {
    /// The plan.
    let plan: ResolvedPlan<Evaluation>
    /// Output, jobs, shard, restart, progress.
    let options: RunOptions

    /// Runs, and says what was done.
    ///
    /// - Throws: ``BatchRunError`` when the output belongs to another plan or shard, or cannot be written.
    func run() throws(BatchRunError) -> RunSummary {
        let stream: ResultStream
        let existing: [ResultRecord]
        do throws(ResultFileError) {
            (stream, existing) = try ResultStream.openForAppending(path: options.output, discardExisting: options.restart)
        } catch {
            throw .output(error)
        }
        let done = try completed(existing)
        let todo = options.shard.indices(of: plan.total).filter { !done.contains($0) }
        var summary = RunSummary(inShard: options.shard.size(of: plan.total), resumed: done.count, evaluated: 0, failed: 0,
                                 seconds: 0)
        try writeManifest(state: "running", summary: nil)
        let stop = StopSignal.install(notice: "interrupted: finishing the evaluations in progress; rerun the same "
                                      + "command to continue (press Ctrl-C again to stop at once)")
        defer { stop.uninstall() }
        let label = options.shard == .whole ? "batch" : "batch \(options.shard)"
        let progress = ProgressReporter(total: todo.count, label: label, enabled: options.progress)
        let tally = Mutex(Tally())
        // By set-up, so that a worker's tasks share a model and its warm GLPK problems; records
        // are keyed by index, so the order of work is invisible in the results.
        let queue = SetUpQueue(todo) { plan.setUp(at: $0) }
        let start = ContinuousClock.now
        runWorkers(count: min(options.jobs, todo.count)) { [plan] _ in
            var worker = plan.evaluation.makeWorker()
            var last: Int?
            while stop.requested == nil, tally.withLock({ $0.writeError == nil }), let next = queue.take(after: last) {
                last = next.setUp
                let (line, outcome) = Self.record(plan, index: next.combination, worker: &worker)
                do throws(ResultFileError) {
                    try stream.append(line)
                    tally.withLock {
                        $0.evaluated += 1
                        $0.failed += outcome == .failed ? 1 : 0
                        $0.skipped += outcome == .skipped ? 1 : 0
                    }
                    progress.advance()
                } catch {
                    tally.withLock { $0.writeError = $0.writeError ?? error }
                }
            }
        }
        progress.finish()
        stream.sync()
        let result = tally.withLock { $0 }
        summary.evaluated = result.evaluated
        summary.failed = result.failed
        summary.skipped = result.skipped
        summary.seconds = (ContinuousClock.now - start).seconds
        summary.interruptedBy = stop.requested
        try writeManifest(state: summary.isComplete ? "complete" : "interrupted", summary: summary)
        if let error = result.writeError { throw .output(error) }
        return summary
    }

    /// What the workers count.
    private struct Tally {
        var evaluated = 0
        var failed = 0
        var skipped = 0
        var writeError: ResultFileError?
    }

    /// The combinations already in the stream, after checking they belong to this plan and shard.
    private func completed(_ records: [ResultRecord]) throws(BatchRunError) -> Set<Int> {
        var done = Set<Int>()
        for record in records {
            guard record.planHash == plan.hash, record.total == plan.total else {
                throw .otherPlan(file: record.file, line: record.line, found: record.planHash, expected: plan.hash)
            }
            guard options.shard.contains(record.index) else {
                throw .otherShard(file: record.file, line: record.line, index: record.index, shard: options.shard)
            }
            let expected = plan.task(at: record.index).key
            guard record.key == expected else {
                throw .keyMismatch(file: record.file, line: record.line, found: record.key, expected: expected)
            }
            done.insert(record.index)
        }
        return done
    }

    /// How a combination ended, for the run's tally.
    private enum Outcome { case evaluated, failed, skipped }

    /// The record line of combination `index`, and how its evaluation ended.
    private static func record(_ plan: ResolvedPlan<Evaluation>, index: Int,
                               worker: inout Evaluation.Worker) -> (String, Outcome) {
        let task = plan.task(at: index)
        let start = ContinuousClock.now
        if let reason = plan.conditions[plan.setUp(at: index)].unsupported {
            let record = BatchRecord.failed(task, error: reason, status: BatchRecord.skippedStatus, seconds: 0,
                                            planHash: plan.hash, evaluation: Evaluation.id)
            return (record.rendered(pretty: false), .skipped)
        }
        do throws(EvaluationFailure) {
            let outcome = try plan.evaluation.evaluate(task, model: plan.model(at: index), worker: &worker)
            let scores = plan.scorers.isEmpty ? nil : score(outcome, task: task, plan: plan)
            let record = BatchRecord.evaluated(task, outcome: outcome, scores: scores, seconds: (ContinuousClock.now - start).seconds,
                                               planHash: plan.hash, evaluation: Evaluation.id)
            return (record.rendered(pretty: false), .evaluated)
        } catch {
            let record = BatchRecord.failed(task, error: error.message, seconds: (ContinuousClock.now - start).seconds,
                                            planHash: plan.hash, evaluation: Evaluation.id)
            return (record.rendered(pretty: false), .failed)
        }
    }

    private static func score(_ outcome: EvaluationOutcome, task: BatchTask<Evaluation.Target>,
                              plan: ResolvedPlan<Evaluation>) -> [ScoreResult] {
        let subject: Result<ScoringSubject, EvaluationFailure>? = outcome.scoring.map { make in Result { () throws(EvaluationFailure) in try make() } }
        return plan.scorers.map { scorer in
            guard let subject else {
                return ScoreResult(scorer: scorer.id, card: nil, error: "nothing to score (status \(outcome.status))")
            }
            let scoring: ScoringSubject
            switch subject {
            case .success(let made): scoring = made
            case .failure(let error): return ScoreResult(scorer: scorer.id, card: nil, error: error.message)
            }
            var input = ScoringInput(model: scoring.model, pathway: scoring.pathway, chassis: task.chassis.plugin.profile,
                                     condition: task.condition, settings: plan.plan.scorerSettings, insertion: scoring.insertion)
            input.startingBasis = scoring.startingBasis
            do {
                return ScoreResult(scorer: scorer.id, card: try scorer.score(input), error: nil)
            } catch {
                return ScoreResult(scorer: scorer.id, card: nil, error: "\(error)")
            }
        }
    }

    private func writeManifest(state: String, summary: RunSummary?) throws(BatchRunError) {
        do throws(ResultFileError) {
            try RunManifest.write(RunManifest.json(plan, state: state, shard: options.shard, summary: summary, jobs: options.jobs),
                                  for: options.output)
        } catch {
            throw .output(error)
        }
    }
}
