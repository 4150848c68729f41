import MetaPlugin

/// A `pathway` worker thread's warm starts: per chassis set-up, the basis of the set-up
/// model's growth optimum, which every route's first solve on that set-up starts from
/// (``PathwayEvaluation/Options/startingBasis``) instead of GLPK's standard basis.
///
/// A saved basis, not a live problem, so a task's answer does not depend on the tasks the
/// worker ran before, and the very basis `pathway evaluate` computes for itself
/// (``PathwayEvaluation/growthBasis(of:settings:)``), so records equal that command's output;
/// kept for the few set-ups used last (tasks arrive set-up-major).
final class PathwayBatchWorker {
    /// How many set-ups a worker keeps.
    static let capacity = 4

    private var entries: [(setUp: Int, basis: GLPKBasis?)] = []

    /// A worker with nothing cached.
    init() {}

    /// The growth-optimum basis of `model` (the set-up of `task`), solved on first use;
    /// `nil` when that FBA does not end optimal.
    func startingBasis(for task: BatchTask<Pathway>, model: Model) -> GLPKBasis? {
        if let position = entries.firstIndex(where: { $0.setUp == task.setUp }) {
            let found = entries.remove(at: position)
            entries.append(found)
            return found.basis
        }
        let basis = PathwayEvaluation.growthBasis(of: model, settings: task.settings.solverSettings)
        if entries.count >= Self.capacity { entries.removeFirst() }
        entries.append((task.setUp, basis))
        return basis
    }
}
