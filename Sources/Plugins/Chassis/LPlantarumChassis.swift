import MetaPlugin

/// *Lactiplantibacillus plantarum* WCFS1 with iBT721: the versatile, acid-tolerant lactic acid bacterium.
public struct LPlantarumChassis: ChassisPlugin {
    /// The plugin, ready to register.
    public init() {}

    /// `lplantarum`.
    public let descriptor = PluginDescriptor.chassis(
        id: "lplantarum", name: "Lactiplantibacillus plantarum WCFS1 (iBT721)",
        summary: "Acid-tolerant lactic acid bacterium with a very broad sugar range; QPS, probiotic strains.")

    /// iBT721 on a chemically defined glucose medium (see ``medium``), without oxygen.
    public var profile: ChassisProfile {
        ChassisProfile(
            organism: "Lactiplantibacillus plantarum WCFS1",
            modelFile: "iBT721.xml.gz",
            modelCitation: Self.teusink2006,
            // The file's objective drains protein only; biomass_LPL60 is the biomass equation.
            biomassReaction: "biomass_LPL60",
            maintenanceReaction: "ATPM",
            oxygenExchange: MangledBiGG.exchange("o2"),
            defaultMedium: Self.medium,
            // EX_hmfurn is a boundary on a cytosolic metabolite that the file leaves open both
            // ways, so hydroxymethylfurfural could feed carbon from nowhere; allow only export.
            modelBoundOverrides: [.forward("EX_hmfurn")],
            // The model cannot use sucrose (WCFS1 can) and gains no growth from glycerol, citrate
            // or malate that the organism does not make from them either; those are left out.
            substrates: SubstrateTable(glucoseUptake: 10).substrates([
                (.glucose, "glc"), (.fructose, "fru"), (.lactose, "lcts"), (.maltose, "malt"), (.mannose, "man"),
                (.trehalose, "tre"), (.cellobiose, "cellb"), (.ribose, "rib_D"), (.arabinose, "arab_L"),
                (.mannitol, "mnl"), (.sorbitol, "sbt_D"), (.gluconate, "glcn_D"),
            ], exchange: MangledBiGG.exchange),
            defaultSubstrate: "glucose",
            // Only anaerobic: with oxygen the model respires through its menaquinol oxidase and
            // oxidises glucose fully (growth 1.85/h), which L. plantarum cannot do without added
            // heme and menaquinone (and even then incompletely); blocking that oxidase still
            // leaves CO2 as the main product. Its aerobic predictions would mislead.
            aerations: [AerationCondition(
                .anaerobic, oxygenUptake: 0,
                note: "how L. plantarum grows in practice; aerobic use of the model is not offered (see the plugin source)")],
            traits: Self.traits)
    }

    /// The file opens all 113 of its exchanges at 1000 mmol/gDW/h (growth 86/h on a sink of
    /// protein). This is a chemically defined medium in the spirit of Teusink et al. 2006:
    /// glucose, the 20 amino acids at 1, vitamins at 0.01 and nucleobases at 0.1 mmol/gDW/h,
    /// salts unlimited.
    static let medium: Medium = {
        let aminoAcids = [
            "ala_L", "arg_L", "asn_L", "asp_L", "cys_L", "gln_L", "glu_L", "gly", "his_L", "ile_L",
            "leu_L", "lys_L", "met_L", "phe_L", "pro_L", "ser_L", "thr_L", "trp_L", "tyr_L", "val_L",
        ]
        let vitamins = ["btn", "fol", "nac", "pnto_R", "pydam", "pydxn", "ribflv", "thm", "4abz"]
        let bases = ["ade", "gua", "ura", "xan", "thymd"]
        let limited = [("glc", 10.0)] + aminoAcids.map { ($0, 1.0) } + vitamins.map { ($0, 0.01) } + bases.map { ($0, 0.1) }
        return Medium.defined(
            limited: limited.map { (MangledBiGG.exchange($0.0), $0.1) },
            unlimited: ["pi", "so4", "nh4", "h", "h2o", "co2", "mn2", "na1"].map(MangledBiGG.exchange))
    }()


    /// A review of L. plantarum's genomic and metabolic versatility.
    static let siezen2011 = Citation("Siezen & van Hylckama Vlieg 2011, Microb Cell Fact 10(Suppl 1):S3")
    static let teusink2006 = Citation("Teusink et al. 2006, J Biol Chem 281:40041", doi: "10.1074/jbc.M606263200")

    static let traits = ChassisTraits(
        safetyStatus: Cited("QPS (EFSA, as Lactobacillus plantarum); probiotic and food-fermentation use", .efsaQPS2017),
        temperature: Cited(15...42, siezen2011), pH: Cited(3.5...8.0, siezen2011),
        oxygen: Cited(.aerotolerantAnaerobe, .brooijmans2009),
        geneticTools: Cited(.established, Citation("Leenay et al. 2019, Biotechnol J 14:1700583 (CRISPR–Cas9; outcomes vary by strain)")),
        notes: [
            Cited("Grows in nutrient-rich niches only (needs amino acids and vitamins); FBA overestimates its biomass yield against the lactate it really makes", teusink2006),
            Cited("One of the widest sugar ranges among lactic acid bacteria, and tolerant of low pH: suits plant-based feedstocks and acid products", siezen2011),
        ])
}
