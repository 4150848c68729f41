/// The flux space a sampler walks in: { v : S·v = 0, lower ≤ v ≤ upper }, with the
/// reactions that cannot move set apart.
///
/// The walk happens in reaction space, so every sample is a flux vector of the flux
/// polytope itself. (COBRApy steps over its solver's split forward and reverse variables;
/// because its directions are differences of warm-up vertices, none of which runs a
/// reaction both ways at once, it ends up sampling nearly the same distribution: see
/// BENCHMARKS.md.)
struct SamplingPolytope: Sendable {
    /// Column (reaction or lump) names, for messages.
    let reactionIDs: [String]
    /// Column bounds.
    let lower: [Double]
    let upper: [Double]
    /// The reactions whose flux varies; every other one stays at its fixed value.
    let free: [Int]
    /// The stoichiometric matrix.
    let matrix: StoichiometricMatrix

    /// Bounds closer than this are one fixed value (COBRApy's `zero_tol` is 1e-7 on bounds;
    /// tighter here because the warm-up range test below catches the rest).
    static let fixedWidth = 1e-9

    /// The polytope { v : matrix·v = 0, lower ≤ v ≤ upper } (one entry per column of
    /// `matrix`, named by `ids`), with columns fixed by their bounds or, given the warm-up
    /// points, by every warm-up point agreeing on their value.
    init(ids: [String], lower: [Double], upper: [Double], matrix: StoichiometricMatrix, warmup: WarmupPoints? = nil) {
        reactionIDs = ids
        self.lower = lower
        self.upper = upper
        self.matrix = matrix
        let ranges = warmup?.coordinateRanges()
        free = lower.indices.filter { column in
            guard upper[column] - lower[column] > Self.fixedWidth else { return false }
            guard let ranges else { return true }
            return ranges.maximum[column] - ranges.minimum[column] > Self.fixedWidth
        }
    }

    /// The number of columns (the dimension of a point).
    var dimension: Int { lower.count }

    /// The largest |(S·v)_i| over metabolites.
    func equalityViolation(of point: UnsafeBufferPointer<Double>) -> Double {
        multiply(point, columns: nil).reduce(0) { max($0, abs($1)) }
    }

    /// The largest distance by which a flux lies outside its bounds (0 when within).
    func boundViolation(of point: UnsafeBufferPointer<Double>) -> Double {
        var worst = 0.0
        for column in 0..<dimension {
            worst = max(worst, lower[column] - point[column], point[column] - upper[column])
        }
        return worst
    }

    /// Moves `point` by the smallest change of its free fluxes that makes S·v = 0 again,
    /// when that change is tiny; otherwise leaves it alone.
    ///
    /// Hit-and-run steps along directions that lie in S's null space only up to round-off,
    /// so S·v drifts by ~1e-13 per step. The least-norm correction Δ with S_F·Δ = −S·v (S_F:
    /// the free columns) is found by Craig's method (conjugate gradients on S_F·S_Fᵀ that
    /// update Δ = S_Fᵀ·y directly, all sparse). S_F·S_Fᵀ is singular where metabolites are
    /// conserved and round-off puts a sliver of the residual outside its range, so the
    /// iteration keeps the best correction it met, and a correction that is not small or
    /// does not help is thrown away rather than risk a worse point.
    func project(_ point: UnsafeMutableBufferPointer<Double>) {
        let before = equalityViolation(of: UnsafeBufferPointer(point))
        var residual = multiply(UnsafeBufferPointer(point), columns: nil).map { -$0 }
        var correction = [Double](repeating: 0, count: dimension)
        var best = (squared: dot(residual, residual), correction: correction)
        var direction = transposeProduct(residual)
        var squared = best.squared
        // Craig's residuals need not fall every iteration: keep the best correction seen.
        for _ in 0..<200 where squared > 1e-28 {
            let length = dot(direction, direction)
            guard length > 0 else { break }
            let step = squared / length
            for column in free { correction[column] += step * direction[column] }
            let image = direction.withUnsafeBufferPointer { multiply($0, columns: free) }
            for row in residual.indices { residual[row] -= step * image[row] }
            let next = dot(residual, residual)
            if next < best.squared { best = (next, correction) }
            let ratio = next / squared
            squared = next
            let pulled = transposeProduct(residual)
            for column in free { direction[column] = pulled[column] + ratio * direction[column] }
        }
        correction = best.correction
        let largest = free.reduce(0.0) { max($0, abs(correction[$1])) }
        guard largest <= 1e-6 else { return }
        var corrected = Array(point)
        for column in free { corrected[column] += correction[column] }
        let after = corrected.withUnsafeBufferPointer { equalityViolation(of: $0) }
        guard after < before else { return }
        for column in free { point[column] = corrected[column] }
    }

    /// S·v over all columns, or only `columns`.
    private func multiply(_ point: UnsafeBufferPointer<Double>, columns: [Int]?) -> [Double] {
        var result = [Double](repeating: 0, count: matrix.rowCount)
        for column in columns ?? Array(0..<matrix.columnCount) where point[column] != 0 {
            let value = point[column]
            for position in matrix.columnStarts[column]..<matrix.columnStarts[column + 1] {
                result[matrix.rowIndices[position]] += matrix.values[position] * value
            }
        }
        return result
    }

    /// S_Fᵀ·y: one entry per reaction, zero for fixed ones.
    private func transposeProduct(_ y: [Double]) -> [Double] {
        var result = [Double](repeating: 0, count: matrix.columnCount)
        for column in free {
            var sum = 0.0
            for position in matrix.columnStarts[column]..<matrix.columnStarts[column + 1] {
                sum += matrix.values[position] * y[matrix.rowIndices[position]]
            }
            result[column] = sum
        }
        return result
    }

    private func dot(_ a: [Double], _ b: [Double]) -> Double {
        var sum = 0.0
        for i in a.indices { sum += a[i] * b[i] }
        return sum
    }
}
