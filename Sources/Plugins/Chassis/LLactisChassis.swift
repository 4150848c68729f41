import MetaPlugin

/// *Lactococcus lactis* MG1363 with iNF517 (the BiGG copy): the dairy lactic acid bacterium.
public struct LLactisChassis: ChassisPlugin {
    /// The plugin, ready to register.
    public init() {}

    /// `llactis`.
    public let descriptor = PluginDescriptor.chassis(
        id: "llactis", name: "Lactococcus lactis subsp. cremoris MG1363 (iNF517)",
        summary: "Food-grade lactic acid bacterium: simple fermentative metabolism, nisin-controlled expression.")

    /// iNF517 on the medium its file defines, with the measured flux ranges released (see ``released``).
    public var profile: ChassisProfile {
        ChassisProfile(
            organism: "Lactococcus lactis subsp. cremoris MG1363",
            modelFile: "iNF517.xml.gz",
            modelCitation: Citation("Flahaut et al. 2013, Appl Microbiol Biotechnol 97:8729", doi: "10.1007/s00253-013-5140-2"),
            biomassReaction: "biomass_LLA",
            maintenanceReaction: "ATPM",
            oxygenExchange: MangledBiGG.exchange("o2"),
            modelBoundOverrides: Self.released,
            // MG1363 is plasmid-free and so cannot use lactose or sucrose, which the model can.
            substrates: SubstrateTable(glucoseUptake: 2.12).substrates([
                (.glucose, "glc"), (.fructose, "fru"), (.galactose, "gal"), (.maltose, "malt"),
                (.mannose, "man"), (.trehalose, "tre"), (.cellobiose, "cellb"),
            ], exchange: MangledBiGG.exchange),
            defaultSubstrate: "glucose",
            // The file blocks oxygen transport and the water-forming NADH oxidase: with them
            // open the model takes up 1.6 mmol O2/gDW/h on glucose.
            aerations: Aerations.fermentative(
                microaerobicOxygen: 0.4, oxygenOverrides: [.forward("O2t"), .forward("NOX2")],
                oxygenNote: """
                    oxygen is used by NADH oxidase only; respiration needs added heme, which the model cannot \
                    take up (its quinol oxidase stays blocked)
                    """),
            traits: Self.traits)
    }

    /// The file pins its exchanges to one chemostat experiment: glucose uptake forced between
    /// 0.92 and 2.12, acetate, ethanol, formate, lactate and proline secretion forced, and each
    /// amino acid limited to its measured uptake (0.01–0.11), which makes growth amino-acid-limited
    /// whatever the sugar. This keeps the upper limits, drops the forced minima, and lets each
    /// amino acid be taken up at 1 mmol/gDW/h as in a chemically defined medium.
    static let released: [BoundOverride] = [
        BoundOverride(reaction: MangledBiGG.exchange("glc"), lower: -2.12, upper: 1000),
    ] + ["ac", "etoh", "for", "lac_L"].map { .forward(MangledBiGG.exchange($0)) }
        + [
            ("ala_L", 0), ("arg_L", 0), ("asp_L", 0.05), ("cys_L", 0), ("glu_L", 0), ("gly", 0), ("his_L", 0),
            ("ile_L", 0), ("leu_L", 0), ("lys_L", 0), ("met_L", 0), ("phe_L", 0.01), ("ser_L", 0), ("thr_L", 0),
            ("val_L", 0), ("pro_L", 0.44), ("tyr_L", 0.01), ("trp_L", 0), ("asn_L", 1000), ("gln_L", 1000),
        ].map { BoundOverride(reaction: MangledBiGG.exchange($0.0), lower: -1, upper: $0.1) }


    /// A review of L. lactis from dairy starter to production host.
    static let song2017 = Citation("Song et al. 2017, Microb Cell Fact 16:55", doi: "10.1186/s12934-017-0669-x")

    static let traits = ChassisTraits(
        safetyStatus: Cited("QPS (EFSA); GRAS, centuries of use in cheese and buttermilk", .efsaQPS2017),
        temperature: Cited(10...37, Citation(
            "Chen et al. 2013, Appl Environ Microbiol (optimum about 30 °C; growth above 37 °C impaired by oxidative stress)",
            url: "https://pmc.ncbi.nlm.nih.gov/articles/PMC3811343")),
        pH: Cited(5.0...8.0, song2017), oxygen: Cited(.aerotolerantAnaerobe, .brooijmans2009),
        geneticTools: Cited(.established, song2017),
        notes: [
            Cited("Homolactic on glucose in excess, mixed-acid (acetate, formate, ethanol) when sugar-limited", song2017),
            Cited("Expression from the nisin-controlled NICE system and food-grade vectors", song2017),
            Cited("Respires when heme is added to aerobic cultures, raising biomass yield: used to make starter cultures", .brooijmans2009),
        ])
}
