import MetaPlugin

/// A `native-yield` worker thread's warm problems: per chassis set-up, the FBA growth and a
/// `YieldSession` started from the growth optimum, kept for the few set-ups used last.
final class NativeYieldWorker {
    /// What is kept per set-up.
    struct Entry {
        /// FBA on the set-up model (uptakes capped, not fixed).
        var growth: FBAResult
        /// Yields of any product on the feed, warm.
        var yields: YieldSession
    }

    /// How many set-ups a worker keeps; tasks arrive set-up-major, so a few suffice.
    static let capacity = 4

    private var entries: [(setUp: Int, entry: Entry)] = []

    /// A worker with nothing cached.
    init() {}

    /// The entry for `task`'s set-up, made on first use (the least recently used one goes).
    func entry(for task: BatchTask<String>, model: Model) throws(EvaluationFailure) -> Entry {
        if let position = entries.firstIndex(where: { $0.setUp == task.setUp }) {
            let found = entries.remove(at: position)
            entries.append(found)
            return found.entry
        }
        let settings = task.settings.solverSettings
        let entry: Entry
        do {
            entry = Entry(
                growth: try FBA.optimize(model, settings: settings),
                yields: try YieldSession(model, substrates: task.substrateExchanges, startFromGrowthOptimum: true,
                                         settings: settings))
        } catch {
            throw EvaluationFailure("\(error)")
        }
        if entries.count >= Self.capacity { entries.removeFirst() }
        entries.append((task.setUp, entry))
        return entry
    }
}
