/// Uniform random sampling of a model's flux space { v : S·v = 0, lower ≤ v ≤ upper } by
/// hit-and-run with artificial centering: OptGP (COBRApy's default sampler) or ACHR.
///
/// The method follows COBRApy's `cobra.sampling`: warm-up points from minimising and
/// maximising every reaction's flux (on the `CompressedNetwork`, where coupled reactions
/// share a column and blocked ones are gone; the map back to reactions is linear, so
/// uniform stays uniform), then chains that step from point to point along the
/// direction of a random warm-up point from the running centre, keeping every
/// `thinning`-th point. Samples are reproducible: the same model, seed, method and number
/// of jobs give the same numbers. The walk is over reaction fluxes, not over COBRApy's
/// split forward/reverse variables; BENCHMARKS.md compares the two samplers' statistics.
///
/// ```swift
/// let samples = try FluxSampling.sample(model, options: SamplingOptions(samples: 1000, seed: 1))
/// print(samples.mean(of: "PGI") ?? .nan)
/// ```
///
/// - Complexity: 2 LPs per movable reaction for the warm-up, then
///   `samples × thinning` steps of O(reactions) each, split over the OptGP chains.
public enum FluxSampling {
    /// Draws `options.samples` flux vectors from `model`'s flux space.
    ///
    /// - Parameter progress: called with the number of steps of work just finished (one
    ///   per warm-up reaction, then one per sample), from worker threads; the total is
    ///   `model.reactions.count + options.samples`.
    /// - Throws: `SamplingError.invalidOptions` for bad counts; `.solver(.infeasible)` when
    ///   the model has no flux distribution; `.singlePoint` when nothing can move;
    ///   `.unbounded` when an infinite bound leaves a direction open; `.stuck` when the
    ///   chain cannot move.
    public static func sample(
        _ model: Model, options: SamplingOptions, settings: SolverSettings = SolverSettings(),
        progress: (@Sendable (Int) -> Void)? = nil
    ) throws(SamplingError) -> FluxSamples {
        try options.validate()
        // The samples are held in memory: refuse what could never fit (8 GB of fluxes) up front.
        let (fluxCount, overflow) = options.samples.multipliedReportingOverflow(by: max(1, model.reactions.count))
        guard !overflow, fluxCount <= 1_000_000_000 else {
            throw .invalidOptions("\(options.samples) samples × \(model.reactions.count) reactions is more than 10⁹ fluxes; draw fewer samples per run")
        }
        let settings = CompressedNetwork.settings(settings)
        let network = CompressedNetwork(model: model)
        let program = network.linearProgram(objective: Objective(), model: model)
        // The walk happens among the lumps: blocked reactions stay at 0 and coupled ones follow their lump.
        let targets = program.columns.indices.filter {
            program.columns[$0].upper - program.columns[$0].lower > SamplingPolytope.fixedWidth
        }
        let weights = targets.map { network.lumps[$0].members.count }
        progress?(model.reactions.count - weights.reduce(0, +))
        let warmup = try WarmupPoints.generate(program, targets: targets, weights: weights, settings: settings,
                                               jobs: options.jobs, progress: progress)
        let polytope = SamplingPolytope(
            ids: program.columns.map(\.name), lower: program.columns.map(\.lower), upper: program.columns.map(\.upper),
            matrix: network.matrix, warmup: warmup)
        guard warmup.count >= 2, !polytope.free.isEmpty else { throw .singlePoint }
        let center = warmup.mean()
        let chains = options.chains
        let values = try runInParallel(count: chains, jobs: options.jobs) { (slice) throws(SamplingError) -> [Double] in
            var rows: [Double] = []
            var fluxes = [Double](repeating: 0, count: network.reactionCount)
            for chain in slice {
                var walker = try HitAndRunChain(
                    polytope: polytope, warmup: warmup, center: center, method: options.method,
                    generator: SeededGenerator(seed: options.seed, stream: UInt64(chain)))
                let share = options.samples * (chain + 1) / chains - options.samples * chain / chains
                let points = try walker.run(samples: share, thinning: options.thinning, progress: progress)
                rows.reserveCapacity(rows.count + share * fluxes.count)
                for sample in 0..<share {
                    network.writeReactionFluxes(points[sample * polytope.dimension..<(sample + 1) * polytope.dimension], into: &fluxes)
                    rows += fluxes
                }
            }
            return rows
        }
        return FluxSamples(
            reactionIDs: model.reactions.map(\.id), values: values, options: options,
            chains: chains, warmupPointCount: warmup.count)
    }
}
