import MetaPlugin

/// *Pseudomonas putida* KT2440 with iJN1463: the stress-tolerant, aromatics-degrading chassis.
public struct PPutidaChassis: ChassisPlugin {
    /// The plugin, ready to register.
    public init() {}

    /// `pputida`.
    public let descriptor = PluginDescriptor.chassis(
        id: "pputida", name: "Pseudomonas putida KT2440 (iJN1463)",
        summary: "Solvent- and oxidative-stress-tolerant soil bacterium that eats aromatics; HV1 certified, strictly aerobic.")

    /// iJN1463 on its own M9 glucose medium (6 mmol glucose/gDW/h).
    public var profile: ChassisProfile {
        ChassisProfile(
            organism: "Pseudomonas putida KT2440",
            modelFile: "iJN1463.xml.gz",
            modelCitation: Self.nogales2020,
            biomassReaction: "BiomassKT2440_WT3",
            maintenanceReaction: "ATPM",
            oxygenExchange: "EX_o2_e",
            // KT2440 uses no xylose, arabinose or sucrose without added genes (the model has no
            // exchange for them either); lignin-derived aromatics are its speciality.
            substrates: SubstrateTable(glucoseUptake: 6).substrates([
                (.glucose, "EX_glc__D_e"), (.fructose, "EX_fru_e"), (.glycerol, "EX_glyc_e"), (.gluconate, "EX_glcn_e"),
                (.succinate, "EX_succ_e"), (.citrate, "EX_cit_e"), (.acetate, "EX_ac_e"), (.benzoate, "EX_bz_e"),
                (.hydroxybenzoate, "EX_4hbz_e"), (.coumarate, "EX_T4hcinnm_e"), (.ferulate, "EX_fer_e"),
                (.octanoate, "EX_octa_e"),
            ]),
            defaultSubstrate: "glucose",
            // Obligate aerobe: no anaerobic condition. Aerobic on glucose the model takes up 11 mmol O2/gDW/h.
            aerations: Aerations.aerobic(microaerobicOxygen: 3),
            traits: Self.traits)
    }

    /// A review of KT2440 as an industrial chassis: physiology, stress tolerance, tools.
    static let nikel2018 = Citation(
        "Nikel & de Lorenzo 2018, Metab Eng 50:142 (P. putida as a chassis for industrial biocatalysis)", doi: "10.1016/j.ymben.2018.05.005")
    static let nogales2020 = Citation("Nogales et al. 2020, Environ Microbiol 22:255", doi: "10.1111/1462-2920.14843")

    static let traits = ChassisTraits(
        safetyStatus: Cited("Certified HV1 host-vector system (NIH); not GRAS", Citation(
            "Kampers, Volkers & Martins dos Santos 2019, Microb Biotechnol 12:845", doi: "10.1111/1751-7915.13443")),
        temperature: Cited(4...37, Citation("Timmis 2002, Environ Microbiol 4:779 (optimum 30 °C; does not grow at 42 °C)")),
        pH: Cited(5.5...8.5, nikel2018), oxygen: Cited(.obligateAerobe, nikel2018),
        geneticTools: Cited(.extensive, Citation("Silva-Rocha et al. 2013, Nucleic Acids Res 41:D666 (SEVA vectors)", doi: "10.1093/nar/gks1119")),
        notes: [
            Cited(
                "Tolerates organic solvents and oxidative stress (efflux pumps, membrane cis/trans isomerisation); solvent-tolerant relatives such as DOT-T1E survive toluene",
                Citation("Ramos et al. 2002, Annu Rev Microbiol 56:743")),
            Cited("Catabolises aromatics (benzoate, 4-hydroxybenzoate, ferulate, p-coumarate) through the β-ketoadipate pathway: a host for lignin valorisation", nogales2020),
            Cited("Glucose goes through the Entner–Doudoroff cycle, which yields NADPH and suits redox-hungry products; no fermentation", nikel2018),
        ])
}
