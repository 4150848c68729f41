/// A deterministic slice of a plan's combinations: `I/N` takes every index `i` with `i % N == I`.
///
/// Round-robin rather than contiguous blocks, so each shard gets a fair mix of chassis (whose
/// models differ in size) and of costly and cheap combinations. Shards are numbered from 0,
/// as Slurm array indices (`--array=0-7`) and Kubernetes completion indices are.
struct Shard: Sendable, Hashable, CustomStringConvertible {
    /// This shard's number, 0 ..< `count`.
    var index: Int
    /// How many shards the plan is split into.
    var count: Int

    /// The whole plan.
    static let whole = Shard(index: 0, count: 1)

    /// A shard from its number and count.
    init(index: Int, count: Int) {
        self.index = index
        self.count = count
    }

    /// Parses `I/N` with 0 ≤ I < N; `nil` otherwise.
    init?(parsing text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]), count >= 1, (0..<count).contains(index)
        else { return nil }
        self.init(index: index, count: count)
    }

    /// Whether combination `combination` belongs to this shard.
    func contains(_ combination: Int) -> Bool { combination % count == index }

    /// This shard's combinations of a plan with `total`, in increasing order.
    func indices(of total: Int) -> StrideTo<Int> { stride(from: index, to: total, by: count) }

    /// How many of a plan's `total` combinations this shard has.
    func size(of total: Int) -> Int { max(0, (total - index + count - 1) / count) }

    /// `I/N`.
    var description: String { "\(index)/\(count)" }
}
