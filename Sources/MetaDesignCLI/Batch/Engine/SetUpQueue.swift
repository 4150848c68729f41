import Synchronization

/// Hands out a run's combinations so that each worker stays on one chassis set-up as long as it
/// can: warm problems are built once per set-up and worker, and two workers seldom build the same.
///
/// A worker takes the next combination of the set-up it worked on last; when that set-up has
/// none left, the first set-up no worker has started; when every set-up has been started, the one
/// with the most left (so the last set-ups are shared rather than left to one worker).
final class SetUpQueue: Sendable {
    private struct Group {
        var setUp: Int
        var remaining: [Int]
        var started = false
    }

    private let groups: Mutex<[Group]>

    /// A queue of `combinations` (in the order to run them), grouped by `setUp(of:)`.
    init(_ combinations: [Int], setUp: (Int) -> Int) {
        var groups: [Group] = []
        var positions: [Int: Int] = [:]
        for combination in combinations {
            let key = setUp(combination)
            if let position = positions[key] {
                groups[position].remaining.append(combination)
            } else {
                positions[key] = groups.count
                groups.append(Group(setUp: key, remaining: [combination]))
            }
        }
        for index in groups.indices { groups[index].remaining.reverse() }
        self.groups = Mutex(groups)
    }

    /// The next combination for a worker that last worked on `setUp`, with its set-up; `nil` when none is left.
    func take(after setUp: Int?) -> (combination: Int, setUp: Int)? {
        groups.withLock { groups in
            let preferred = setUp.flatMap { key in groups.firstIndex { $0.setUp == key && !$0.remaining.isEmpty } }
            let fresh = groups.firstIndex { !$0.started && !$0.remaining.isEmpty }
            let fullest = groups.indices.max { groups[$0].remaining.count < groups[$1].remaining.count }
            guard let chosen = preferred ?? fresh ?? fullest, let combination = groups[chosen].remaining.popLast() else {
                return nil
            }
            groups[chosen].started = true
            return (combination, groups[chosen].setUp)
        }
    }
}
