import MetaPlugin

/// *Escherichia coli* K-12 MG1655 with the genome-scale model iML1515: the reference bacterial chassis.
public struct EColiChassis: ChassisPlugin {
    /// The plugin, ready to register.
    public init() {}

    /// `ecoli`.
    public let descriptor = PluginDescriptor.chassis(
        id: "ecoli", name: "Escherichia coli K-12 MG1655 (iML1515)",
        summary: "The reference bacterial chassis: fast growth, every genetic tool, aerobic or anaerobic.", version: "1.1.0")

    /// iML1515 on its own M9 glucose medium (10 mmol glucose/gDW/h).
    public var profile: ChassisProfile {
        // K-12 has no sucrose (csc) genes, and the model rightly cannot grow on sucrose.
        .escherichiaColiK12(
            organism: "Escherichia coli K-12 MG1655", modelFile: "iML1515.xml.gz",
            modelCitation: Citation("Monk et al. 2017, Nat Biotechnol 35:904", doi: "10.1038/nbt.3956"),
            biomassReaction: "BIOMASS_Ec_iML1515_core_75p37M",
            substrates: [
                (.glucose, "EX_glc__D_e"), (.xylose, "EX_xyl__D_e"), (.arabinose, "EX_arab__L_e"),
                (.glycerol, "EX_glyc_e"), (.fructose, "EX_fru_e"), (.galactose, "EX_gal_e"),
                (.lactose, "EX_lcts_e"), (.maltose, "EX_malt_e"), (.mannose, "EX_man_e"),
                (.ribose, "EX_rib__D_e"), (.sorbitol, "EX_sbt__D_e"), (.mannitol, "EX_mnl_e"),
                (.gluconate, "EX_glcn_e"), (.acetate, "EX_ac_e"), (.succinate, "EX_succ_e"),
                (.lactate, "EX_lac__L_e"),
            ])
    }
}
