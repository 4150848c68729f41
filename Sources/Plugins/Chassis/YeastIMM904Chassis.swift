import MetaPlugin

/// *Saccharomyces cerevisiae* S288C with iMM904, the BiGG-namespace yeast model: an
/// alternative to yeast-GEM that shares identifiers with the bacterial BiGG models.
public struct YeastIMM904Chassis: ChassisPlugin {
    /// The plugin, ready to register.
    public init() {}

    /// `yeast-imm904`.
    public let descriptor = PluginDescriptor.chassis(
        id: "yeast-imm904", name: "Saccharomyces cerevisiae S288C (iMM904)",
        summary: "Yeast in BiGG identifiers: smaller and faster than yeast-GEM, same organism.")

    /// iMM904 on its own minimal glucose medium (10 mmol glucose/gDW/h).
    public var profile: ChassisProfile {
        ChassisProfile(
            organism: "Saccharomyces cerevisiae S288C",
            modelFile: "iMM904.xml.gz",
            modelCitation: Citation("Mo, Palsson & Herrgård 2009, BMC Syst Biol 3:37", doi: "10.1186/1752-0509-3-37"),
            biomassReaction: "biomass_SC5_notrace",
            maintenanceReaction: "ATPM",
            oxygenExchange: MangledBiGG.exchange("o2"),
            // Melibiose and xylose are left out although the model grows on them: S288C lacks
            // MEL1 and a working xylose pathway.
            substrates: SubstrateTable(glucoseUptake: 10).substrates([
                (.glucose, "glc"), (.fructose, "fru"), (.galactose, "gal"), (.sucrose, "sucr"),
                (.maltose, "malt"), (.mannose, "man"), (.trehalose, "tre"), (.glycerol, "glyc"),
                (.ethanol, "etoh"), (.acetate, "ac"),
            ], exchange: MangledBiGG.exchange),
            defaultSubstrate: "glucose",
            // Aerobic on glucose the model takes up 24 mmol O2/gDW/h (the file itself caps it at 2).
            aerations: Aerations.facultative(
                microaerobicOxygen: 6,
                anaerobicSupplements: Dictionary(uniqueKeysWithValues: ["ergst", "zymst", "hdcea", "ocdcea", "ocdcya"].map {
                    (MangledBiGG.exchange($0), 1000.0)
                }),
                anaerobicNote: """
                    ergosterol, zymosterol, palmitoleate, oleate and linoleate (each one essential in iMM904 \
                    without oxygen, after Mo et al. 2009)
                    """),
            traits: .saccharomycesS288C)
    }

}
