/// Flux vectors drawn by `FluxSampling.sample`, one row per sample, one column per reaction.
public struct FluxSamples: Sendable {
    /// The reactions, in model order (the columns).
    public let reactionIDs: [String]
    /// The samples, row after row: `values[sample * reactionIDs.count + reaction]`.
    public let values: [Double]
    /// The options the samples were drawn with (seed, method, thinning, jobs).
    public let options: SamplingOptions
    /// How many independent chains produced them (OptGP: one per job; ACHR: one).
    public let chains: Int
    /// How many distinct warm-up points the directions came from.
    public let warmupPointCount: Int
    private let columnOfReaction: [String: Int]

    /// Creates a result; `values` must hold a whole number of rows of `reactionIDs.count` fluxes.
    init(reactionIDs: [String], values: [Double], options: SamplingOptions, chains: Int, warmupPointCount: Int) {
        self.reactionIDs = reactionIDs
        self.values = values
        self.options = options
        self.chains = chains
        self.warmupPointCount = warmupPointCount
        columnOfReaction = positions(of: reactionIDs)
    }

    /// The number of samples (rows).
    public var count: Int { reactionIDs.isEmpty ? 0 : values.count / reactionIDs.count }

    /// Sample `index` as a flux vector in model reaction order.
    public func sample(_ index: Int) -> ArraySlice<Double> {
        let width = reactionIDs.count
        return values[index * width..<(index + 1) * width]
    }

    /// Every sample's flux through reaction `id`, or `nil` if the model has no such reaction.
    public func fluxes(of id: String) -> [Double]? {
        guard let column = columnOfReaction[id] else { return nil }
        return (0..<count).map { values[$0 * reactionIDs.count + column] }
    }

    /// The mean flux of each reaction over the samples, in model order.
    public func means() -> [Double] {
        let width = reactionIDs.count
        var sums = [Double](repeating: 0, count: width)
        for row in 0..<count {
            for column in 0..<width { sums[column] += values[row * width + column] }
        }
        return sums.map { $0 / Double(max(count, 1)) }
    }

    /// The sample standard deviation (n − 1 in the denominator, as pandas) of each
    /// reaction's flux, in model order; 0 with fewer than two samples.
    public func standardDeviations() -> [Double] {
        let width = reactionIDs.count
        let means = means()
        var squares = [Double](repeating: 0, count: width)
        for row in 0..<count {
            for column in 0..<width {
                let deviation = values[row * width + column] - means[column]
                squares[column] += deviation * deviation
            }
        }
        return squares.map { count > 1 ? ($0 / Double(count - 1)).squareRoot() : 0 }
    }

    /// The mean flux of reaction `id`, if the model has it.
    public func mean(of id: String) -> Double? {
        fluxes(of: id).map { $0.reduce(0, +) / Double(max($0.count, 1)) }
    }
}
