import MetaPlugin

/// *Saccharomyces cerevisiae* S288C with the consensus model yeast-GEM 9: the reference yeast chassis.
public struct YeastChassis: ChassisPlugin {
    /// The plugin, ready to register.
    public init() {}

    /// `yeast`.
    public let descriptor = PluginDescriptor.chassis(
        id: "yeast", name: "Saccharomyces cerevisiae S288C (yeast-GEM 9.0.2)",
        summary: "Baker's yeast: QPS, centuries of food use, acid tolerant; anaerobic with sterol and fatty-acid supplements.")

    /// yeast-GEM on its own minimal glucose medium (1 mmol glucose/gDW/h, the repository's default).
    public var profile: ChassisProfile {
        ChassisProfile(
            organism: "Saccharomyces cerevisiae S288C",
            modelFile: "yeast-GEM_9.0.2.xml.gz",
            modelCitation: Citation(
                "Zhang et al. 2023, bioRxiv (Yeast9); Lu et al. 2019, Nat Commun 10:3586 (Yeast8)",
                doi: "10.1101/2023.12.03.569754"),
            // r_4041 makes biomass; the file's objective r_2111 only drains it, at the same rate.
            biomassReaction: "r_4041",
            maintenanceReaction: "r_4046",
            oxygenExchange: "r_1992",
            // Xylose and arabinose are left out: the model grows on them through weak native
            // activities that do not support growth of the real strain (see the traits).
            substrates: SubstrateTable(glucoseUptake: 1).substrates([
                (.glucose, "r_1714"), (.fructose, "r_1709"), (.galactose, "r_1710"), (.sucrose, "r_2058"),
                (.maltose, "r_1931"), (.mannose, "r_1715"), (.trehalose, "r_1650"),
                (.raffinose, "r_4043"), (.glycerol, "r_1808"), (.ethanol, "r_1761"), (.acetate, "r_1634"),
            ]),
            defaultSubstrate: "glucose",
            // Aerobic on glucose the model takes up 2.3 mmol O2/gDW/h.
            aerations: Aerations.facultative(
                microaerobicOxygen: 0.5, anaerobicSupplements: Self.anaerobicSupplements,
                anaerobicNote: Self.anaerobicNote),
            traits: .saccharomycesS288C)
    }

    /// The uptakes yeast-GEM's `anaerobicModel.m` opens, less those the model does not need.
    ///
    /// Sterols and unsaturated fatty acids are made with oxygen, so they come from the medium;
    /// NAD, CoA and thiamine synthesis also use oxygen in the model. Each of ergosterol, oleate,
    /// palmitoleate, nicotinate, pantothenate and thiamine is essential here; the script's other
    /// sterols (lanosterol, zymosterol, …) are not. Heme a uptake stands in for the script's
    /// removal of heme a from the biomass, which a bounds-only change cannot do.
    static let anaerobicSupplements: [String: Double] = [
        "r_1757": 1000,  // ergosterol
        "r_2189": 1000,  // oleate
        "r_1994": 1000,  // palmitoleate
        "r_1967": 1000,  // nicotinate
        "r_1548": 1000,  // (R)-pantothenate
        "r_2067": 1000,  // thiamine
        "r_4780": 1000,  // heme a
    ]

    static let anaerobicNote = """
        ergosterol, oleate and palmitoleate (Tween 80 + ergosterol in practice), nicotinate, pantothenate \
        and thiamine, as in yeast-GEM's anaerobicModel.m; heme a uptake replaces removing heme a from \
        biomass. Not applied: the script's GAM/biomass changes and its MDH2/IDP2/GCY1 blocks, which \
        without those changes leave no feasible growth
        """
}
