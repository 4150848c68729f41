import MetaPlugin

/// *Corynebacterium glutamicum* ATCC 13032 with iCGB21FR: the amino-acid production chassis.
public struct CGlutamicumChassis: ChassisPlugin {
    /// The plugin, ready to register.
    public init() {}

    /// `cglutamicum`.
    public let descriptor = PluginDescriptor.chassis(
        id: "cglutamicum", name: "Corynebacterium glutamicum ATCC 13032 (iCGB21FR)",
        summary: "The industrial L-glutamate and L-lysine producer: robust, QPS for production, no endotoxin.")

    /// iCGB21FR on a CGXII-like glucose medium (see ``medium``).
    public var profile: ChassisProfile {
        ChassisProfile(
            organism: "Corynebacterium glutamicum ATCC 13032",
            modelFile: "iCGB21FR.xml.gz",
            modelCitation: Citation("Feierabend et al. 2021, Front Microbiol 12:750206", doi: "10.3389/fmicb.2021.750206"),
            biomassReaction: "Growth",
            maintenanceReaction: "ATPM",
            oxygenExchange: "EX_o2_e",
            defaultMedium: Self.medium,
            // Wild-type ATCC 13032 does not grow on xylose, arabinose, galactose or lactose
            // without added genes; the model grows on some of them, so they are left out.
            substrates: SubstrateTable(glucoseUptake: 10).substrates([
                (.glucose, "EX_glc__D_e"), (.fructose, "EX_fru_e"), (.sucrose, "EX_sucr_e"), (.maltose, "EX_malt_e"),
                (.mannose, "EX_man_e"), (.ribose, "EX_rib__D_e"), (.gluconate, "EX_glcn_e"), (.acetate, "EX_ac_e"),
                (.pyruvate, "EX_pyr_e"), (.lactate, "EX_lac__L_e"), (.citrate, "EX_cit_e"),
            ]),
            defaultSubstrate: "glucose",
            // Aerobic on glucose the model takes up 18 mmol O2/gDW/h.
            aerations: Aerations.facultative(
                microaerobicOxygen: 5, anaerobicSupplements: ["EX_no3_e": 1000],
                anaerobicNote: """
                    nitrate as electron acceptor, the only way C. glutamicum grows well without oxygen. The model \
                    also grows fermentatively without nitrate and reduces nitrate to ammonium, where the organism \
                    barely grows and stops at nitrite: read anaerobic growth as an upper bound
                    """),
            traits: Self.traits)
    }

    /// The file's medium caps every uptake at 10 mmol/gDW/h and includes protocatechuate (the
    /// iron chelator of CGXII, 0.2 mM there) at that rate, which makes it a second carbon source
    /// that grows the model without glucose, and the caps on ammonium and protons limit growth.
    /// This keeps the file's compounds without protocatechuate, with glucose at 10, biotin (the
    /// organism needs it, the model does not) at a trace, and salts unlimited.
    static let medium = Medium.defined(
        limited: [("EX_glc__D_e", 10), ("EX_btn_e", 0.01)],
        unlimited: [
            "EX_h2o_e", "EX_h_e", "EX_cl_e", "EX_pi_e", "EX_nh4_e", "EX_urea_e", "EX_so4_e", "EX_k_e", "EX_na1_e",
            "EX_ca2_e", "EX_mg2_e", "EX_mn2_e", "EX_zn2_e", "EX_cu2_e", "EX_ni2_e", "EX_fe2_e", "EX_fe3_e",
        ])

    static let handbook = Citation("Eggeling & Bott (eds.) 2005, Handbook of Corynebacterium glutamicum (CRC Press)")
    static let michel2015 = Citation("Michel et al. 2015, Appl Environ Microbiol 81:7496 (anaerobic growth via mixed-acid fermentation)")

    static let traits = ChassisTraits(
        safetyStatus: Cited("QPS (EFSA; qualification: for production purposes only)", .efsaQPS2017),
        temperature: Cited(20...40, handbook),
        pH: Cited(6.0...9.0, Citation("Follmann et al. 2009, BMC Genomics 10:621 (pH homeostasis between pH 6 and 9)")),
        oxygen: Cited(.facultativeAnaerobe, Citation(
            "Nishimura et al. 2007, Appl Microbiol Biotechnol 75:889 (anaerobic growth with nitrate as terminal electron acceptor)")),
        geneticTools: Cited(.established, Citation(
            "Cleto et al. 2016, ACS Synth Biol 5:375 (CRISPRi); shuttle vectors and sacB markerless deletion are routine")),
        notes: [
            Cited("Produces L-glutamate and L-lysine industrially at millions of tonnes a year: the first choice for amino acids and their derivatives", michel2015),
            Cited("Biotin auxotroph; glutamate export is triggered by biotin limitation, penicillin or detergents", handbook),
            Cited("Under oxygen deprivation it stops growing but keeps converting glucose to L-lactate, succinate and acetate: the basis of growth-arrested organic acid processes", michel2015),
        ])
}
