import Dispatch
import Foundation

/// Splits `count` independent work items across `jobs` worker threads, each of which runs
/// `body` synchronously on a contiguous slice of item indices.
///
/// GLPK problems are thread-confined, so each worker builds its own problem inside `body`
/// and frees it before returning; nothing GLPK-related crosses threads or an `await`.
/// Results come back in item order, and the slices depend only on `count` and `jobs`, so a
/// seeded computation gives the same answer for the same number of jobs. The first error
/// thrown by any worker is rethrown after all workers finish.
func runInParallel<Result: Sendable, Failure: Error>(
    count: Int, jobs: Int,
    _ body: @Sendable (_ indices: Range<Int>) throws(Failure) -> [Result]
) throws(Failure) -> [Result] {
    guard count > 0 else { return [] }
    let workers = max(1, min(jobs, count))
    if workers == 1 { return try body(0..<count) }
    let box = ResultSlots<Result, Failure>(workers: workers)
    let slices = (0..<workers).map { worker -> Range<Int> in
        let start = count * worker / workers
        return start..<(count * (worker + 1) / workers)
    }
    let caller = pthread_self()
    DispatchQueue.concurrentPerform(iterations: workers) { worker in
        do throws(Failure) {
            box.store(try body(slices[worker]), at: worker)
        } catch {
            box.fail(error)
        }
        // A finished pool thread frees its GLPK environment, which it would otherwise keep;
        // the calling thread keeps its own, as it may hold problems of the caller's.
        if pthread_equal(pthread_self(), caller) == 0 { GLPKSolver.releaseThreadResources() }
    }
    if let error = box.firstError { throw error }
    return box.results.flatMap { $0 }
}

/// Per-worker result slots, written once each under a lock.
private final class ResultSlots<Result: Sendable, Failure: Error>: @unchecked Sendable {
    // @unchecked: every access to the two stored properties goes through `lock`, and a
    // `Failure` is only ever handed back to the thread that waits for all workers.
    private let lock = NSLock()
    private var slots: [[Result]]
    private var error: Failure?

    init(workers: Int) { slots = Array(repeating: [], count: workers) }

    func store(_ results: [Result], at worker: Int) {
        lock.lock(); defer { lock.unlock() }
        slots[worker] = results
    }

    func fail(_ error: Failure) {
        lock.lock(); defer { lock.unlock() }
        if self.error == nil { self.error = error }
    }

    var results: [[Result]] { lock.lock(); defer { lock.unlock() }; return slots }
    var firstError: Failure? { lock.lock(); defer { lock.unlock() }; return error }
}

/// The number of worker threads to use by default: every core.
public var defaultJobCount: Int { ProcessInfo.processInfo.activeProcessorCount }
