/// Minimisation of metabolic adjustment (Segrè et al. 2002), linear form: the flux
/// distribution of a perturbed model closest to a reference in the 1-norm,
/// minimise Σ_j |v_j − v_ref,j| subject to S·v = 0 and the perturbed bounds.
///
/// This is COBRApy's `moma(model, solution, linear=True)`: one auxiliary variable
/// t_j ≥ |v_j − v_ref,j| per reaction, with t_j − v_j ≥ −v_ref,j and t_j + v_j ≥ v_ref,j.
/// The minimal distance is unique; the flux distribution attaining it, and so the growth
/// read from it, need not be (`MOMAResult.growth` is one optimum's).
///
/// ```swift
/// let wildType = try FBA.optimize(model)
/// let knockout = try model.applying(ModelEdits(knockouts: ["b1761"]))
/// let result = try MOMA.linear(model: knockout, reference: wildType.fluxes)
/// print(result.distance ?? .nan, result.growth ?? .nan)
/// ```
public enum MOMA {
    /// Runs linear MOMA on `model` (already perturbed) against `reference` fluxes in model
    /// reaction order, e.g. the wild type's `FBAResult.fluxes`.
    ///
    /// - Throws: `MOMAError` for a reference of the wrong size or with non-finite values,
    ///   or a solver failure. An infeasible perturbed model is reported through the status.
    /// - Complexity: one LP with 2n columns and m + 2n rows for n reactions, m metabolites.
    public static func linear(
        model: Model, reference: [Double], settings: SolverSettings = SolverSettings(),
        solver: some LinearSolver = GLPKSolver()
    ) throws(MOMAError) -> MOMAResult {
        let count = model.reactions.count
        guard reference.count == count else { throw .referenceSizeMismatch(reference: reference.count, reactions: count) }
        if let bad = reference.firstIndex(where: { !$0.isFinite }) { throw .nonFiniteReference(reaction: model.reactions[bad].id) }
        let solution: LPSolution
        do {
            solution = try solver.solveReportingStatus(program(model: model, reference: reference), settings: settings)
        } catch {
            throw .solver(error)
        }
        guard solution.status == .optimal, let distance = solution.objectiveValue else {
            return MOMAResult(status: solution.status, distance: nil, fluxes: [], reference: reference,
                              growth: nil, attempt: solution.attempt, reactionIDs: model.reactions.map(\.id))
        }
        let fluxes = Array(solution.primal.prefix(count))
        let growth = model.objective.coefficients.reduce(0.0) { sum, term in
            sum + term.value * (model.index(ofReaction: term.key).map { fluxes[$0] } ?? 0)
        }
        return MOMAResult(status: .optimal, distance: distance, fluxes: fluxes, reference: reference,
                          growth: growth, attempt: solution.attempt, reactionIDs: model.reactions.map(\.id))
    }

    /// Knocks `knockouts` (genes via their rules, or reactions) out of `model` and runs
    /// linear MOMA against the unperturbed model's FBA optimum.
    ///
    /// - Throws: `MOMAError.model` for an unknown id, `.wildTypeNotOptimal` when the
    ///   unperturbed model has no optimum, `.solver` for a solver failure.
    public static func linear(
        model: Model, knockouts: [String], settings: SolverSettings = SolverSettings(),
        solver: some LinearSolver = GLPKSolver()
    ) throws(MOMAError) -> MOMAResult {
        let perturbed: Model
        do {
            perturbed = try model.applying(ModelEdits(knockouts: knockouts))
        } catch {
            throw .model(error)
        }
        let wildType: FBAResult
        do {
            wildType = try FBA.optimize(model, settings: settings, solver: solver)
        } catch {
            throw .solver(error)
        }
        guard wildType.status == .optimal else { throw .wildTypeNotOptimal(wildType.status) }
        var result = try linear(model: perturbed, reference: wildType.fluxes, settings: settings, solver: solver)
        result.referenceGrowth = wildType.objectiveValue
        return result
    }

    /// The LP: the model's flux columns (no objective), then one distance column per reaction.
    static func program(model: Model, reference: [Double]) -> LinearProgram {
        var program = model.linearProgram(objective: Objective())
        program.sense = .minimize
        for (column, target) in reference.enumerated() {
            let distance = program.addColumn(name: "moma_dist_\(model.reactions[column].id)", lower: 0, upper: .infinity, objective: 1)
            program.addRow(lower: -target, upper: .infinity, coefficients: [(distance, 1), (column, -1)])
            program.addRow(lower: target, upper: .infinity, coefficients: [(distance, 1), (column, 1)])
        }
        return program
    }
}
