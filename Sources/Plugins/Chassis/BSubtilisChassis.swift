import MetaPlugin

/// *Bacillus subtilis* 168 with iYO844: the Gram-positive protein-secretion chassis.
public struct BSubtilisChassis: ChassisPlugin {
    /// The plugin, ready to register.
    public init() {}

    /// `bsubtilis`.
    public let descriptor = PluginDescriptor.chassis(
        id: "bsubtilis", name: "Bacillus subtilis 168 (iYO844)",
        summary: "QPS Gram-positive: secretes proteins into the medium, naturally competent, no endotoxin.")

    /// iYO844 on the minimal glucose medium its file defines, written out (see ``medium``).
    public var profile: ChassisProfile {
        ChassisProfile(
            organism: "Bacillus subtilis 168",
            modelFile: "iYO844.xml.gz",
            modelCitation: Citation("Oh et al. 2007, J Biol Chem 282:28791", doi: "10.1074/jbc.M703759200"),
            biomassReaction: "BS_Biomass_10",
            maintenanceReaction: "ATPM",
            oxygenExchange: "EX_o2_b",
            defaultMedium: Self.medium,
            modelBoundOverrides: (Self.sources.map(\.inner) + ["no3", "ura", "nac"]).map { .open("EX_\($0)_e_", limit: 999_999) },
            // The file's glucose limit, 1.7 mmol/gDW/h, sets the carbon uptake of every substrate.
            substrates: SubstrateTable(glucoseUptake: 1.7).substrates(Self.sources.map { ($0.source, "EX_\($0.boundary)_b") }),
            defaultSubstrate: "glucose",
            // Aerobic on glucose the model takes up 5.7 mmol O2/gDW/h.
            aerations: Aerations.facultative(
                microaerobicOxygen: 1.5, anaerobicSupplements: ["EX_no3_b": 1000, "EX_ura_b": 1000, "EX_nac_b": 1000],
                anaerobicNote: """
                    nitrate respiration, as B. subtilis grows without oxygen; uracil and nicotinate because the \
                    model's pyrimidine and NAD synthesis need oxygen. The model fixes maintenance at 9 mmol ATP/gDW/h, \
                    so it grows only above about 2 mmol glucose/gDW/h (e.g. --substrate glucose=10)
                    """),
            traits: Self.traits)
    }

    /// The carbon sources with the names of their two uptake steps. In this legacy file each
    /// uptake passes an exchange `EX_<boundary>_b` (the medium) and then a transport-like
    /// `EX_<inner>_e_` that holds the file's own limits, closed for every carbon source but
    /// glucose; the profile opens the inner ones (and those of the anaerobic supplements) so
    /// that the medium alone decides what is taken up.
    static let sources: [(source: CarbonSource, boundary: String, inner: String)] = [
        (.glucose, "glc_D", "glc"), (.xylose, "xyl_D", "xyl_D"), (.arabinose, "arab_L", "arab_L"),
        (.glycerol, "glyc", "glyc"), (.fructose, "fru", "fru"), (.galactose, "gal", "gal"),
        (.sucrose, "sucr", "sucr"), (.maltose, "malt", "malt"), (.mannose, "man", "man"),
        (.mannitol, "mnl", "mnl"), (.sorbitol, "sbt_D", "sbt_D"), (.cellobiose, "cellb", "cellb"),
        (.trehalose, "tre", "tre"), (.gluconate, "glcn_D", "glcn_D"), (.malate, "mal_L", "mal_L"),
        (.citrate, "cit", "cit"), (.succinate, "succ", "succ"), (.lactate, "lac_L", "lac_L"),
    ]

    /// The file opens every one of its 228 boundary exchanges at 1000, which as a medium would
    /// list 200 compounds; its real medium is the inner limits: glucose 1.7, NH4+, phosphate and
    /// sulfate 5, salts, water and oxygen unlimited. This is that medium, on the `_b` exchanges.
    static let medium = Medium.defined(
        limited: [("EX_glc_D_b", 1.7), ("EX_nh4_b", 5), ("EX_pi_b", 5), ("EX_so4_b", 5)],
        unlimited: ["EX_ca2_b", "EX_co2_b", "EX_fe3_b", "EX_h2o_b", "EX_h_b", "EX_k_b", "EX_mg2_b", "EX_na1_b"])

    /// A review of B. subtilis as a production host: growth conditions, secretion, sporulation.
    static let su2020 = Citation("Su et al. 2020, Microb Cell Fact 19:173 (B. subtilis as a cell factory)")

    static let traits = ChassisTraits(
        safetyStatus: Cited("QPS (EFSA; qualification: absence of toxigenic activity)", .efsaQPS2017),
        temperature: Cited(15...50, su2020), pH: Cited(5.5...8.5, su2020),
        oxygen: Cited(.facultativeAnaerobe, Citation(
            "Nakano & Zuber 1998, Annu Rev Microbiol 52:165 (anaerobic growth on nitrate or by fermentation)",
            doi: "10.1146/annurev.micro.52.1.165")),
        geneticTools: Cited(.extensive, Citation("Koo et al. 2017, Cell Syst 4:291 (deletion libraries; natural competence)")),
        notes: [
            Cited("Secretes proteins straight into the medium and has no outer membrane or endotoxin: a workhorse for industrial enzymes", su2020),
            Cited("Sporulates when starved; production strains often carry a sporulation block", su2020),
        ])
}
