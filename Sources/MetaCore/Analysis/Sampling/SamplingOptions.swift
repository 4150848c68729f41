/// How `FluxSampling.sample` draws its samples.
///
/// ```swift
/// var options = SamplingOptions(samples: 1000)
/// options.seed = 7
/// options.method = .achr
/// ```
public struct SamplingOptions: Sendable, Hashable {
    /// The hit-and-run variant.
    public enum Method: String, Sendable, Hashable, CaseIterable {
        /// OptGP (Megchelenbrink et al. 2014), COBRApy's default: one chain per job, each
        /// starting near the boundary and re-centring on its own running mean.
        case optgp
        /// Artificial centering hit-and-run (Kaufman & Smith 1998): one chain whatever the
        /// number of jobs (the jobs still share the warm-up LPs).
        case achr
    }

    /// How many samples to return.
    public var samples: Int
    /// Steps between two returned samples (higher: less correlated samples, slower); default 100 as in COBRApy.
    public var thinning: Int
    /// The seed: the same seed, method and number of jobs give the same samples.
    public var seed: UInt64
    /// The sampler; default OptGP.
    public var method: Method
    /// Worker threads, for the warm-up LPs and (OptGP) the chains; default all cores.
    public var jobs: Int

    /// Creates options; every argument but `samples` has a default.
    public init(samples: Int, thinning: Int = 100, seed: UInt64 = 0, method: Method = .optgp, jobs: Int = defaultJobCount) {
        self.samples = samples
        self.thinning = thinning
        self.seed = seed
        self.method = method
        self.jobs = jobs
    }

    /// The number of independent chains: one per job for OptGP, one for ACHR, never more than samples.
    var chains: Int { method == .achr ? 1 : max(1, min(jobs, samples)) }

    /// Checks the counts before any work is done.
    func validate() throws(SamplingError) {
        guard samples >= 1 else { throw .invalidOptions("the number of samples must be at least 1, got \(samples)") }
        guard thinning >= 1 else { throw .invalidOptions("thinning must be at least 1, got \(thinning)") }
        guard jobs >= 1 else { throw .invalidOptions("jobs must be at least 1, got \(jobs)") }
        // Steps are counted in Int; refuse requests whose step count cannot even be represented.
        guard samples.multipliedReportingOverflow(by: thinning).overflow == false else {
            throw .invalidOptions("samples × thinning (\(samples) × \(thinning)) is too large")
        }
    }
}
