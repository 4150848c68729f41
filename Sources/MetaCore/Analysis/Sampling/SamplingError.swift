/// Why flux sampling could not produce samples.
public enum SamplingError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A count in `SamplingOptions` is out of range; nothing was computed.
    case invalidOptions(String)
    /// The warm-up LPs failed: an infeasible model, or the solver's own error.
    case solver(SolverError)
    /// Every reaction is fixed (or the warm-up found one point only): there is nothing to sample.
    case singlePoint
    /// The flux space is unbounded along a sampling direction, through this reaction's infinite bound.
    case unbounded(reaction: String)
    /// The chain could not move in any direction for this many consecutive tries (numerical trouble).
    case stuck(tries: Int)

    /// A one-line message saying what went wrong and what to do about it.
    public var description: String {
        switch self {
        case .invalidOptions(let detail):
            return "invalid sampling options: \(detail)"
        case .solver(.infeasible):
            return "the model is infeasible, so it has no flux distributions to sample: check the medium and bounds"
        case .solver(let error):
            return error.description
        case .singlePoint:
            return "the flux space is a single point (every reaction's flux is fixed): there is nothing to sample"
        case .unbounded(let reaction):
            return "the flux space is unbounded along reaction '\(reaction)': give it finite bounds (e.g. --bound \(reaction)=-1000:1000)"
        case .stuck(let tries):
            return "the sampler could not move after \(tries) tries; the model may be numerically unstable (check extreme coefficients)"
        }
    }
}
