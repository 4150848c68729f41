import MetaPlugin

/// *Escherichia coli* K-12 MG1655 with the genome-scale model iML1515: the reference bacterial chassis.
public struct EColiChassis: ChassisPlugin {
    /// The plugin, ready to register.
    public init() {}

    /// `ecoli`.
    public let descriptor = PluginDescriptor(
        id: "ecoli", name: "Escherichia coli K-12 MG1655 (iML1515)", version: "1.0.0",
        summary: "The reference bacterial chassis: fast growth, every genetic tool, aerobic or anaerobic.",
        kind: .chassis)

    /// iML1515 on M9 glucose, as shipped.
    public var profile: ChassisProfile {
        ChassisProfile(
            organism: "Escherichia coli K-12 MG1655",
            modelFile: "iML1515.xml.gz",
            modelCitation: Citation("Monk et al. 2017, Nat Biotechnol 35:904", doi: "10.1038/nbt.3956"),
            biomassReaction: "BIOMASS_Ec_iML1515_core_75p37M",
            maintenanceReaction: "ATPM",
            oxygenExchange: "EX_o2_e",
            substrates: [
                Substrate("glucose", exchange: "EX_glc__D_e", formula: "C6H12O6"),
                Substrate("xylose", exchange: "EX_xyl__D_e", formula: "C5H10O5"),
                Substrate("arabinose", exchange: "EX_arab__L_e", formula: "C5H10O5"),
                Substrate("glycerol", exchange: "EX_glyc_e", formula: "C3H8O3"),
                Substrate("fructose", exchange: "EX_fru_e", formula: "C6H12O6"),
                Substrate("galactose", exchange: "EX_gal_e", formula: "C6H12O6"),
            ],
            defaultSubstrate: "glucose",
            aerations: [
                AerationCondition(.aerobic, oxygenUptake: 1000),
                AerationCondition(.microaerobic, oxygenUptake: 2),
                AerationCondition(.anaerobic, oxygenUptake: 0),
            ],
            traits: ChassisTraits(
                safetyStatus: Cited("K-12 is a non-pathogenic, biosafety level 1 laboratory strain",
                    Citation("Bauer et al. 2008, Appl Environ Microbiol 74:4356", doi: "10.1128/AEM.00204-08")),
                temperature: Cited(20...42, Citation("Ingraham & Marr 1996, in Escherichia coli and Salmonella (ASM Press), ch. 105")),
                pH: Cited(5.0...9.0, Citation("Slonczewski et al. 2009, Adv Microb Physiol 55:1", doi: "10.1016/S0065-2911(09)05501-5")),
                oxygen: Cited(.facultativeAnaerobe, Citation("Unden & Bongaerts 1997, Biochim Biophys Acta 1320:217", doi: "10.1016/S0005-2728(97)00034-0")),
                geneticTools: Cited(.extensive, Citation("Datsenko & Wanner 2000, PNAS 97:6640", doi: "10.1073/pnas.120163297")))
        )
    }
}
