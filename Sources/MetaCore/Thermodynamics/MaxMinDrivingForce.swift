import Foundation

/// Max-min driving force (MDF) of a pathway: the largest B such that every reaction can run
/// with a driving force −ΔrG' ≥ B for some metabolite concentrations within bounds
/// (Noor et al. 2014, PLoS Comput Biol 10:e1003483, doi:10.1371/journal.pcbi.1003483).
///
/// With x = ln c, the linear program is
///
///     maximise B
///     subject to  −d_i (ΔrG'°_i + RT Σ_j S_ji x_j) ≥ B   for every step i (d_i its direction)
///                 ln c_min,j ≤ x_j ≤ ln c_max,j
///                 x_a − x_b = ln r_ab                     for every fixed ratio
///
/// The bottleneck steps are those whose driving-force row binds at the optimum (a non-zero
/// shadow price): raising their ΔrG'° would lower the MDF.
public enum MaxMinDrivingForce {
    /// The gas constant in kJ/(mol·K).
    public static let gasConstant = 8.31446261815324e-3

    /// Concentration bounds, ratios and temperature.
    public struct Settings: Sendable, Hashable {
        /// The default lowest concentration, in M (1 µM).
        public var minimumConcentration = 1e-6
        /// The default highest concentration, in M (10 mM).
        public var maximumConcentration = 1e-2
        /// Per-metabolite bounds in M, overriding the defaults (a fixed value: lower == upper).
        public var concentrationBounds: [String: ClosedRange<Double>] = [:]
        /// Fixed concentration ratios (cofactor pools).
        public var ratios: [ConcentrationRatio] = []
        /// Metabolites left out of the driving force entirely (protons, water).
        public var ignoredMetabolites: Set<String> = []
        /// Temperature in K.
        public var temperature = 298.15

        /// The defaults: 1 µM–10 mM, no ratios, 25 °C.
        public init() {}
    }

    /// The MDF of `steps`.
    ///
    /// - Throws: ``ThermodynamicsError`` for invalid bounds or ratios, no steps, an
    ///   infeasible concentration space (bounds contradict ratios), or a solver failure.
    public static func compute(
        _ steps: [ThermodynamicStep], settings: Settings = Settings(), solver: some LinearSolver = GLPKSolver()
    ) throws(ThermodynamicsError) -> MDFResult {
        guard !steps.isEmpty else { throw .noSteps }
        let metabolites = Array(Set(steps.flatMap(\.stoichiometry.keys)).subtracting(settings.ignoredMetabolites)).sorted()
        let rt = gasConstant * settings.temperature
        var lp = LinearProgram(sense: .maximize)
        var column: [String: Int] = [:]
        for metabolite in metabolites {
            let range = try bounds(of: metabolite, settings: settings)
            column[metabolite] = lp.addColumn(name: metabolite, lower: log(range.lowerBound), upper: log(range.upperBound))
        }
        let b = lp.addColumn(name: "B", lower: -.infinity, upper: .infinity, objective: 1)
        for step in steps {
            guard step.standardGibbsEnergy.isFinite, step.direction == 1 || step.direction == -1 else {
                throw .invalidStep(step.id)
            }
            // d·RT·Σ S x + B ≤ −d·ΔG°
            var coefficients = [(b, 1.0)]
            for (metabolite, coefficient) in step.stoichiometry.sorted(by: { $0.key < $1.key }) {
                guard let index = column[metabolite] else { continue }
                coefficients.append((index, step.direction * rt * coefficient))
            }
            lp.addRow(name: step.id, lower: -.infinity, upper: -step.direction * step.standardGibbsEnergy, coefficients: coefficients)
        }
        for ratio in settings.ratios {
            guard ratio.ratio > 0, ratio.ratio.isFinite, let numerator = column[ratio.numerator],
                  let denominator = column[ratio.denominator] else { continue }
            lp.addRow(name: "ratio", lower: log(ratio.ratio), upper: log(ratio.ratio),
                      coefficients: [(numerator, 1), (denominator, -1)])
        }
        let solution: LPSolution
        do {
            solution = try solver.solveReportingStatus(lp, settings: SolverSettings())
        } catch {
            throw .solverFailed("\(error)")
        }
        guard solution.status == .optimal, let mdf = solution.objectiveValue else {
            throw .infeasible("\(solution.status)")
        }
        let concentrations = Dictionary(uniqueKeysWithValues: metabolites.map { ($0, exp(solution.primal[column[$0] ?? 0])) })
        var forces: [(String, Double)] = []
        var bottlenecks: [String] = []
        for (index, step) in steps.enumerated() {
            // The row activity is d·RT·Σ S x + B; the driving force is −d·(ΔG° + RT Σ S x).
            let rtTerm = solution.rowActivities[index] - solution.primal[b]
            forces.append((step.id, -step.direction * step.standardGibbsEnergy - rtTerm))
            if abs(solution.rowDuals[index]) > 1e-9 { bottlenecks.append(step.id) }
        }
        return MDFResult(mdf: mdf, concentrations: concentrations, drivingForces: forces, bottlenecks: bottlenecks)
    }

    private static func bounds(of metabolite: String, settings: Settings) throws(ThermodynamicsError) -> ClosedRange<Double> {
        let range = settings.concentrationBounds[metabolite]
            ?? settings.minimumConcentration...settings.maximumConcentration
        guard range.lowerBound > 0, range.upperBound.isFinite else {
            throw .invalidConcentrationBounds(metabolite)
        }
        return range
    }
}

/// The outcome of a max-min driving force analysis.
public struct MDFResult: Sendable {
    /// The max-min driving force in kJ/mol (negative: the pathway cannot run in these bounds).
    public var mdf: Double
    /// Metabolite concentrations (M) at one optimum.
    public var concentrations: [String: Double]
    /// Each step's driving force −ΔrG' (kJ/mol) at those concentrations, in step order.
    public var drivingForces: [(step: String, drivingForce: Double)]
    /// The steps whose driving force limits the MDF.
    public var bottlenecks: [String]
}

/// Why an MDF analysis could not be done.
public enum ThermodynamicsError: Error, Sendable, Hashable, CustomStringConvertible {
    /// No steps were given.
    case noSteps
    /// A step has a non-finite ΔrG'° or a direction other than ±1.
    case invalidStep(String)
    /// A metabolite's concentration bounds are not 0 < lower ≤ upper < ∞.
    case invalidConcentrationBounds(String)
    /// The concentration constraints contradict each other.
    case infeasible(String)
    /// The LP solver failed.
    case solverFailed(String)

    /// A one-line message.
    public var description: String {
        switch self {
        case .noSteps: "MDF needs at least one reaction with a ΔrG'°"
        case .invalidStep(let id): "reaction \(id): ΔrG'° must be finite and the direction +1 or −1"
        case .invalidConcentrationBounds(let id): "metabolite \(id): concentration bounds must satisfy 0 < lower ≤ upper < ∞"
        case .infeasible(let status): "the concentration bounds and ratios cannot all hold (\(status))"
        case .solverFailed(let message): "MDF solver failure: \(message)"
        }
    }
}
