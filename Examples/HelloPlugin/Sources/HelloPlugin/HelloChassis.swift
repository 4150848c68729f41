import MetaPlugin

/// *E. coli* core metabolism (e_coli_core), served as a third-party chassis: the smallest
/// real example of a plugin that lives outside metadesign's source tree.
///
/// Medium choice: the one in the model file, unchanged — glucose uptake capped at
/// 10 mmol/gDW/h, oxygen, ammonium, phosphate, water, protons and CO2 free. That is the medium
/// BiGG distributes and COBRApy reads, so `metadesign --plugin … fba --chassis hello-core`
/// reproduces COBRApy's optimum for e_coli_core (0.8739215 1/h) and anyone can check it.
public struct HelloChassis: ChassisPlugin {
    /// The plugin, ready to register.
    public init() {}

    /// `hello-core`.
    public let descriptor = PluginDescriptor(
        id: "hello-core", name: "Hello: E. coli core metabolism (e_coli_core)", version: "1.0.0",
        summary: "Example third-party chassis: e_coli_core on the medium its model file defines.",
        kind: .chassis)

    /// e_coli_core on its own glucose medium, aerobic or anaerobic.
    public var profile: ChassisProfile {
        ChassisProfile(
            organism: "Escherichia coli K-12 MG1655 (central metabolism only)",
            modelFile: "e_coli_core.xml.gz",
            modelCitation: Citation("Orth, Fleming & Palsson 2010, EcoSal Plus 4:1", doi: "10.1128/ecosalplus.10.2.1"),
            biomassReaction: "BIOMASS_Ecoli_core_w_GAM",
            maintenanceReaction: "ATPM",
            oxygenExchange: "EX_o2_e",
            // nil keeps the medium of the model file (see the type's documentation).
            defaultMedium: nil,
            substrates: [
                Substrate("glucose", exchange: "EX_glc__D_e", formula: "C6H12O6"),
                Substrate("fructose", exchange: "EX_fru_e", formula: "C6H12O6"),
            ],
            defaultSubstrate: "glucose",
            aerations: [
                // The model file's own oxygen bound, so the default condition is the file's medium.
                AerationCondition(.aerobic, oxygenUptake: 1000),
                AerationCondition(.anaerobic, oxygenUptake: 0),
            ],
            traits: Self.traits)
    }

    // The organism's traits: those of the K-12 strain the core model was cut from.
    private static let traits = ChassisTraits(
        safetyStatus: Cited("biosafety level 1 laboratory strain (K-12)",
            Citation("Bauer et al. 2008, Appl Environ Microbiol 74:4356", doi: "10.1128/AEM.00204-08")),
        temperature: Cited(20...42, Citation("Ingraham & Marr 1996, in Escherichia coli and Salmonella (ASM Press), ch. 105")),
        pH: Cited(5.0...9.0, Citation("Slonczewski et al. 2009, Adv Microb Physiol 55:1", doi: "10.1016/S0065-2911(09)05501-5")),
        oxygen: Cited(.facultativeAnaerobe, Citation("Unden & Bongaerts 1997, Biochim Biophys Acta 1320:217", doi: "10.1016/S0005-2728(97)00034-0")),
        geneticTools: Cited(.extensive, Citation("Datsenko & Wanner 2000, PNAS 97:6640", doi: "10.1073/pnas.120163297")))
}
