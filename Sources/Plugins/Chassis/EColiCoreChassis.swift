import MetaPlugin

/// *Escherichia coli* K-12 with the 95-reaction core model: a fast chassis for teaching and tests.
public struct EColiCoreChassis: ChassisPlugin {
    /// The plugin, ready to register.
    public init() {}

    /// `ecoli-core`.
    public let descriptor = PluginDescriptor.chassis(
        id: "ecoli-core", name: "Escherichia coli K-12 core metabolism (e_coli_core)",
        summary: "Central metabolism only: loads and solves in milliseconds, for teaching and quick checks.")

    /// e_coli_core on its own glucose minimal medium (10 mmol glucose/gDW/h).
    public var profile: ChassisProfile {
        // The core model has no pathways for other sugars; its other carbon sources are the
        // central intermediates it can take up (lactate is D-lactate here).
        .escherichiaColiK12(
            organism: "Escherichia coli K-12 MG1655 (central metabolism)", modelFile: "e_coli_core.xml.gz",
            modelCitation: Citation("Orth, Fleming & Palsson 2010, EcoSal Plus 4(1)", doi: "10.1128/ecosalplus.10.2.1"),
            biomassReaction: "BIOMASS_Ecoli_core_w_GAM",
            substrates: [
                (.glucose, "EX_glc__D_e"), (.fructose, "EX_fru_e"), (.pyruvate, "EX_pyr_e"),
                (.lactate, "EX_lac__D_e"), (.acetate, "EX_ac_e"), (.ethanol, "EX_etoh_e"),
                (.succinate, "EX_succ_e"), (.malate, "EX_mal__L_e"), (.fumarate, "EX_fum_e"),
                (.oxoglutarate, "EX_akg_e"),
            ])
    }
}
