import Foundation
import MetaPlugin

/// The compressed set-ups of a `pathway` batch, shared by its worker threads: per chassis
/// set-up, one ``SetUpCompression`` (its compressed LPs and growth optima, each made once by
/// whichever worker needs it first), so every route on that set-up starts from the same bases.
///
/// A compression depends only on the set-up model and the metabolite table, never on the
/// tasks a worker ran before, so records equal `pathway evaluate`'s output (which compresses
/// the same way) whatever the order, the number of jobs, shards or resumes.
final class SetUpCompressions: @unchecked Sendable {
    private let lock = NSLock()
    private var bySetUp: [Int: SetUpCompression] = [:]
    private var chassisBases: [String: ChassisGrowthBasis] = [:]

    /// An empty store.
    init() {}

    /// The compressions of set-up `setUp` (whose model is `model`), created on first use.
    /// The uncompressed set-up growth optimum (for the scorers) starts from `evaluator`'s
    /// chassis model's growth optimum, solved once per chassis: a few hundred pivots per
    /// set-up instead of a cold solve each.
    func compression(for setUp: Int, model: Model, evaluator: PathwayEvaluator, settings: SolverSettings) -> SetUpCompression {
        lock.lock()
        defer { lock.unlock() }
        if let known = bySetUp[setUp] { return known }
        let chassis = chassisBases[evaluator.chassis.id] ?? ChassisGrowthBasis(model: evaluator.model, settings: settings)
        chassisBases[evaluator.chassis.id] = chassis
        let made = SetUpCompression(
            setUp: model, base: EvaluationFootprint(table: evaluator.table, model: model, index: evaluator.index), settings: settings,
            uncompressedStart: { chassis.basis() })
        bySetUp[setUp] = made
        return made
    }
}

/// The growth-optimum basis of a chassis model as loaded, solved once on first use.
final class ChassisGrowthBasis: @unchecked Sendable {
    private let model: Model
    private let settings: SolverSettings
    private let lock = NSLock()
    private var solved: GLPKBasis??

    init(model: Model, settings: SolverSettings) {
        self.model = model
        self.settings = settings
    }

    /// The basis (`nil` when that FBA is not optimal).
    func basis() -> GLPKBasis? {
        lock.lock()
        defer { lock.unlock() }
        if let solved { return solved }
        let basis = PathwayEvaluation.growthBasis(of: model, settings: settings)
        solved = .some(basis)
        return basis
    }
}

/// A `pathway` worker thread's state: none beyond the shared ``SetUpCompressions``.
struct PathwayBatchWorker {}
