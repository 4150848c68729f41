/// One hit-and-run chain with artificial centering over a `SamplingPolytope`.
///
/// Each step picks a warm-up point at random, walks from the current point along the line
/// through it parallel to (warm-up point − centre), and lands at a uniformly random spot of
/// the segment that stays within the bounds. The centre is the running mean of the chain's
/// points, so directions adapt to the polytope's shape (ACHR; OptGP runs one such chain per
/// job). Warm-up points and centre satisfy S·v = 0, so every direction does too, up to
/// round-off that `SamplingPolytope.project` removes.
struct HitAndRunChain {
    let polytope: SamplingPolytope
    let warmup: WarmupPoints
    private(set) var generator: SeededGenerator
    /// The chain's current flux vector.
    private(set) var point: [Double]
    /// The running mean that directions are taken relative to.
    private(set) var center: [Double]
    /// How many points the centre averages (COBRApy's `n_samples`).
    private var averaged: Int
    private var direction: [Double]
    /// Steps that found no room to move, for the numerically-stuck check.
    private(set) var retries = 0

    /// Direction components this small are round-off, not a way to move: letting them
    /// constrain the step would pin the chain to bounds it only touches through noise.
    static let directionNoise = 1e-12
    /// Consecutive immobile tries before restarting from the centre, and before giving up.
    static let maximumTries = 100

    /// A chain starting at the warm-up mean `center`: for OptGP moved 95% of the way
    /// towards the boundary along a random warm-up direction (spreading the chains' starts),
    /// for ACHR left at the centre.
    init(polytope: SamplingPolytope, warmup: WarmupPoints, center: [Double], method: SamplingOptions.Method,
         generator: SeededGenerator) throws(SamplingError) {
        self.polytope = polytope
        self.warmup = warmup
        self.generator = generator
        self.center = center
        point = center
        direction = [Double](repeating: 0, count: center.count)
        // COBRApy weighs the warm-up mean as one sample in OptGP and as none in ACHR.
        averaged = method == .optgp ? 1 : 0
        if method == .optgp { try step(fraction: 0.95) }
    }

    /// Takes `samples × thinning` steps and returns every `thinning`-th point, row after row.
    mutating func run(samples: Int, thinning: Int, progress: (@Sendable (Int) -> Void)?) throws(SamplingError) -> [Double] {
        var rows: [Double] = []
        rows.reserveCapacity(samples * point.count)
        for _ in 0..<samples {
            for _ in 0..<thinning {
                try step(fraction: nil)
                recenter()
            }
            cleanUp()
            rows.append(contentsOf: point)
            progress?(1)
        }
        return rows
    }

    /// Moves to a random point (or the point `fraction` of the way) along a random direction.
    private mutating func step(fraction: Double?) throws(SamplingError) {
        for attempt in 0..<(2 * Self.maximumTries) {
            if attempt == Self.maximumTries { point = center }  // COBRApy's reset: the centre has room
            let pick = generator.index(below: warmup.count)
            let (low, high, scale) = try stepRange(towards: pick)
            // The walkable segment is too short to be told from round-off: try another direction.
            guard (high - low) * scale > Self.directionNoise else {
                retries += 1
                continue
            }
            let alpha = low + (fraction ?? generator.uniform()) * (high - low)
            for column in polytope.free { point[column] += alpha * direction[column] }
            return
        }
        throw .stuck(tries: 2 * Self.maximumTries)
    }

    /// Sets `direction` to warm-up point `pick` minus the centre and returns the step
    /// lengths α for which point + α·direction stays within every bound (always including
    /// 0, so a flux that round-off left just outside a bound is never pushed further out),
    /// with the direction's largest component.
    private mutating func stepRange(towards pick: Int) throws(SamplingError) -> (Double, Double, Double) {
        var low = -Double.infinity
        var high = Double.infinity
        var scale = 0.0
        let base = pick * warmup.dimension
        let lower = polytope.lower, upper = polytope.upper
        warmup.values.withUnsafeBufferPointer { target in
            for column in polytope.free {
                var delta = target[base + column] - center[column]
                if abs(delta) <= Self.directionNoise { delta = 0 }
                direction[column] = delta
                guard delta != 0 else { continue }
                scale = max(scale, abs(delta))
                let toLower = (lower[column] - point[column]) / delta
                let toUpper = (upper[column] - point[column]) / delta
                high = min(high, max(0, delta > 0 ? toUpper : toLower))
                low = max(low, min(0, delta > 0 ? toLower : toUpper))
            }
        }
        if scale > 0, !high.isFinite || !low.isFinite {
            let forwards = high.isFinite == false
            let column = polytope.free.first { column in
                let delta = direction[column]
                guard delta != 0 else { return false }
                return (delta > 0) == forwards ? upper[column] == .infinity : lower[column] == -.infinity
            }
            throw .unbounded(reaction: column.map { polytope.reactionIDs[$0] } ?? "?")
        }
        return (low, high, scale)
    }

    /// Folds the current point into the running mean.
    private mutating func recenter() {
        averaged += 1
        let weight = 1 / Double(averaged)
        for column in polytope.free { center[column] += (point[column] - center[column]) * weight }
    }

    /// Pulls the point (and centre) back onto S·v = 0 once round-off has drifted it measurably.
    private mutating func cleanUp() {
        let drifted = point.withUnsafeBufferPointer { polytope.equalityViolation(of: $0) > 1e-9 }
        guard drifted else { return }
        point.withUnsafeMutableBufferPointer { polytope.project($0) }
        center.withUnsafeMutableBufferPointer { polytope.project($0) }
    }
}
