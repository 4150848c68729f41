import MetaPlugin

/// Max-min driving force of a route (Noor et al. 2014): how far from equilibrium its least
/// favourable step can be kept with metabolite concentrations between 1 µM and 10 mM.
///
/// Cofactor concentrations are fixed at typical *E. coli* values (``fixedConcentrations``);
/// protons and water are left out (ΔrG'° is already transformed). Settings: `min_conc` and
/// `max_conc` (M) change the default bounds. Steps without ΔrG'° are listed in the notes.
public struct DrivingForceScorer: EnzymeScorer {
    /// Fixed cofactor concentrations (M), by metabolite id without compartment: ATP/ADP/AMP,
    /// Pi, PPi, NAD(P)(H), CoA and CO2 at the values equilibrator-pathway's examples use for
    /// the cytosol, rounded (ATP 5 mM, ADP 0.5 mM, NADH/NAD 0.1, NADPH/NADP 10).
    public static let fixedConcentrations: [String: Double] = [
        "atp": 5e-3, "adp": 5e-4, "amp": 5e-4, "pi": 1e-2, "ppi": 1e-3,
        "nad": 1e-3, "nadh": 1e-4, "nadp": 1e-4, "nadph": 1e-3, "coa": 1e-3, "co2": 1e-5,
    ]

    /// The scorer, ready to register.
    public init() {}

    /// `mdf`.
    public let descriptor = PluginDescriptor(
        id: "mdf", name: "Max-min driving force", version: "1.0.0",
        summary: "Thermodynamic driving force of the route's weakest step (kJ/mol) from ΔrG'° and concentration bounds, with the bottleneck steps.",
        kind: .scorer)

    /// Scores the route's MDF and the share of steps with ΔrG'°.
    public func score(_ input: ScoringInput) throws -> ScoreCard {
        let steps = input.pathway.thermodynamicSteps
        let total = input.pathway.reactions.count
        let coverage = total == 0 ? nil : Double(steps.count) / Double(total)
        var notes: [String] = []
        let missing = input.pathway.reactions.filter { $0.standardGibbsEnergy == nil }.map(\.id)
        if !missing.isEmpty { notes.append("no ΔrG'° for \(missing.joined(separator: ", ")): left out of the MDF") }
        var mdf: Double?
        if !steps.isEmpty {
            var settings = MaxMinDrivingForce.Settings()
            settings.minimumConcentration = input.settings["min_conc"] ?? settings.minimumConcentration
            settings.maximumConcentration = input.settings["max_conc"] ?? settings.maximumConcentration
            for step in steps {
                for metabolite in step.stoichiometry.keys {
                    let base = Self.baseID(metabolite)
                    if base == "h" || base == "h2o" { settings.ignoredMetabolites.insert(metabolite) }
                    if let fixed = Self.fixedConcentrations[base] { settings.concentrationBounds[metabolite] = fixed...fixed }
                }
            }
            do {
                let result = try MaxMinDrivingForce.compute(steps, settings: settings)
                mdf = result.mdf
                notes.insert("bottleneck: \(result.bottlenecks.joined(separator: ", "))", at: 0)
            } catch {
                notes.append("MDF not computed: \(error)")
            }
        } else {
            notes.append("no step has a ΔrG'°")
        }
        return ScoreCard(
            scorer: descriptor.id,
            components: [
                ScoreComponent(key: "mdf", value: mdf, unit: "kJ/mol", higherIsBetter: true,
                               meaning: "driving force −ΔrG' of the least favourable step at the best concentrations; below ~5 kJ/mol flux is badly hampered by backward flux"),
                ScoreComponent(key: "thermo_coverage", value: coverage, unit: "fraction", higherIsBetter: true,
                               meaning: "share of the route's steps with a ΔrG'°"),
            ],
            notes: notes)
    }

    /// `succoa_c` → `succoa`.
    static func baseID(_ reference: String) -> String {
        guard let underscore = reference.lastIndex(of: "_") else { return reference }
        return String(reference[..<underscore])
    }
}
