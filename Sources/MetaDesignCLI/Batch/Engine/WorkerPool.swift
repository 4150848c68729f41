import Foundation
import MetaCore
import Synchronization

/// Runs `body` on `count` dedicated threads and waits for all of them.
///
/// Each thread frees its GLPK environment when `body` returns, so a worker may keep GLPK
/// problems for as long as it runs but must free them before it returns.
func runWorkers(count: Int, _ body: @escaping @Sendable (_ worker: Int) -> Void) {
    let group = DispatchGroup()
    for worker in 0..<max(1, count) {
        group.enter()
        let thread = Thread {
            body(worker)
            GLPKSolver.releaseThreadResources()
            group.leave()
        }
        // GLPK and the model readers recurse; give workers the main thread's usual stack.
        thread.stackSize = 8 << 20
        thread.start()
    }
    group.wait()
}

/// Hands out positions 0 ..< `count` to workers, each once.
final class WorkCursor: Sendable {
    private let next = Mutex(0)
    private let count: Int

    /// A cursor over `count` positions.
    init(count: Int) { self.count = count }

    /// The next position, or `nil` when all are taken.
    func take() -> Int? {
        next.withLock { position in
            guard position < count else { return nil }
            defer { position += 1 }
            return position
        }
    }
}

/// Maps `items` on up to one thread per core, keeping their order.
func concurrentMap<Item: Sendable, Result: Sendable>(_ items: [Item], _ transform: @escaping @Sendable (Item) -> Result) -> [Result] {
    let slots = Mutex<[Result?]>(Array(repeating: nil, count: items.count))
    let cursor = WorkCursor(count: items.count)
    runWorkers(count: min(items.count, ProcessInfo.processInfo.activeProcessorCount)) { _ in
        while let position = cursor.take() {
            let result = transform(items[position])
            slots.withLock { $0[position] = result }
        }
    }
    return slots.withLock { $0.compactMap { $0 } }
}
