/// The warm-up points of a hit-and-run sampler: vertices of the flux polytope found by
/// minimising and maximising each reaction's flux (COBRApy's `generate_fva_warmup`), with
/// duplicates removed. Their mean is the first centre; a warm-up point minus the centre is
/// a search direction.
struct WarmupPoints: Sendable {
    /// Values per point (the model's reaction count).
    let dimension: Int
    /// The points, row after row.
    private(set) var values: [Double] = []
    /// Bucket (hash of the rounded point) → indices of the points in it, for duplicate look-up.
    private var buckets: [Int: [Int]] = [:]

    init(dimension: Int) { self.dimension = dimension }

    /// The number of points.
    var count: Int { dimension == 0 ? 0 : values.count / dimension }

    /// Points whose fluxes all agree to this much are one point (a vertex reached twice).
    static let duplicateTolerance = 1e-9

    /// Adds `point` unless it duplicates one already held.
    ///
    /// Duplicates would make popular vertices more likely directions; COBRApy drops them too
    /// (as rows correlated above 1 − 1e-7). Hash values only pick buckets, never the order
    /// of the kept points, so the result does not depend on the process's hash seed.
    mutating func insert(_ point: [Double]) {
        var hasher = Hasher()
        for value in point { hasher.combine((value * 1e6).rounded()) }
        let key = hasher.finalize()
        for index in buckets[key] ?? [] where isSame(point, index) { return }
        buckets[key, default: []].append(count)
        values.append(contentsOf: point)
    }

    /// Adds every point of `other` that is not already held, in order.
    mutating func merge(_ other: WarmupPoints) {
        for index in 0..<other.count { insert(Array(other.values[index * dimension..<(index + 1) * dimension])) }
    }

    private func isSame(_ point: [Double], _ index: Int) -> Bool {
        let base = index * dimension
        for column in 0..<dimension where abs(values[base + column] - point[column]) > Self.duplicateTolerance { return false }
        return true
    }

    /// The mean point.
    func mean() -> [Double] {
        var sum = [Double](repeating: 0, count: dimension)
        for index in 0..<count {
            for column in 0..<dimension { sum[column] += values[index * dimension + column] }
        }
        let scale = 1 / Double(max(count, 1))
        return sum.map { $0 * scale }
    }

    /// Each reaction's least and greatest flux over the points.
    func coordinateRanges() -> (minimum: [Double], maximum: [Double]) {
        var minimum = [Double](repeating: .infinity, count: dimension)
        var maximum = [Double](repeating: -.infinity, count: dimension)
        for index in 0..<count {
            for column in 0..<dimension {
                let value = values[index * dimension + column]
                minimum[column] = min(minimum[column], value)
                maximum[column] = max(maximum[column], value)
            }
        }
        return (minimum, maximum)
    }
}

extension WarmupPoints {
    /// Minimises and maximises each column of `targets` over `program` (its objective is
    /// ignored), across `jobs` worker threads, each a warm `ColumnOptimizer` started from
    /// one feasible basis.
    ///
    /// An LP that is unbounded (an infinite bound the network does not cap) gives no point,
    /// as in COBRApy. The points depend on the jobs (warm starts reach different vertices),
    /// never on timing: each worker's share is fixed by `jobs` alone.
    ///
    /// - Parameter progress: called with `weights[i]` once target `i` is done.
    static func generate(
        _ program: LinearProgram, targets: [Int], weights: [Int], settings: SolverSettings, jobs: Int,
        progress: (@Sendable (Int) -> Void)?
    ) throws(SamplingError) -> WarmupPoints {
        let start: WarmStart
        do {
            start = try WarmStart(program, settings: settings)
        } catch {
            throw .solver(error)
        }
        guard start.solution.status == .optimal else {
            throw .solver(start.solution.status == .unbounded ? .unbounded : .infeasible)
        }
        let dimension = program.columns.count
        let basis = start.basis
        let shares: [WarmupPoints]
        do {
            shares = try runInParallel(count: targets.count, jobs: jobs) { (slice) throws(SolverError) -> [WarmupPoints] in
                var optimizer = try ColumnOptimizer(program: program, settings: settings, startingFrom: basis)
                var points = WarmupPoints(dimension: dimension)
                // All minima, then all maxima: consecutive optima of one sense share most of their
                // basis, while alternating senses crosses the polytope on every LP.
                for sense in [OptimizationSense.minimize, .maximize] {
                    for index in slice {
                        let solution = try optimizer.optimize(targets[index], sense: sense).solution
                        if solution.status == .optimal { points.insert(solution.primal) }
                        if sense == .maximize { progress?(weights[index]) }
                    }
                }
                return [points]
            }
        } catch {
            throw .solver(error)
        }
        var points = WarmupPoints(dimension: dimension)
        for share in shares { points.merge(share) }
        return points
    }
}
