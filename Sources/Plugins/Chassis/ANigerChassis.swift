import MetaPlugin

/// *Aspergillus niger* with iMA871: the filamentous-fungus chassis for organic acids and enzymes.
public struct ANigerChassis: ChassisPlugin {
    /// The plugin, ready to register.
    public init() {}

    /// `aniger`.
    public let descriptor = PluginDescriptor.chassis(
        id: "aniger", name: "Aspergillus niger (iMA871)",
        summary: "The citric acid and enzyme producer: grows at pH below 2, secretes proteins in grams per litre; needs oxygen.")

    /// iMA871 on a defined glucose–ammonia mineral medium (see ``medium``).
    public var profile: ChassisProfile {
        ChassisProfile(
            organism: "Aspergillus niger",
            modelFile: "iMA871.xml.gz",
            modelCitation: Self.andersen2008,
            // Reaction ids in this file are numbers. 1024 assembles biomass (the file's objective,
            // added_biomass_sink, only drains it); 1025 is ATP hydrolysis, the maintenance reaction.
            biomassReaction: "1024",
            maintenanceReaction: "1025",
            oxygenExchange: "1219",
            defaultMedium: Self.medium,
            substrates: SubstrateTable(glucoseUptake: 10).substrates([
                (.glucose, "1222"), (.xylose, "1232"), (.arabinose, "1229"), (.glycerol, "1260"),
                (.fructose, "1224"), (.galactose, "1223"), (.mannose, "1225"), (.sucrose, "1240"),
                (.maltose, "1239"), (.lactose, "1238"), (.gluconate, "1283"), (.acetate, "1279"),
            ]),
            defaultSubstrate: "glucose",
            // Obligate aerobe: no anaerobic condition. Aerobic on glucose the model takes up 17 mmol O2/gDW/h.
            aerations: Aerations.aerobic(microaerobicOxygen: 4),
            traits: Self.traits)
    }

    /// The file opens all of its 166 exchanges, ATP and amino acids included (27.8 "growth" on
    /// nothing in particular). This is a mineral medium with glucose at 10 mmol/gDW/h (the file
    /// gives no rate; growth scales with it, so read it as a yield) and unlimited water, CO2,
    /// ammonia, phosphate and sulfite, the model's sulfur source.
    static let medium = Medium.defined(
        limited: [("1222", 10)],
        unlimited: ["1214", "1215", "1216", "1220", "1221"])

    /// Schuster et al. 2002 reviews the safety record and growth limits of industrial A. niger.
    static let schuster2002 = Citation(
        "Schuster et al. 2002, Appl Microbiol Biotechnol 59:426 (growth 6–47 °C, pH 1.4–9.8)", doi: "10.1007/s00253-002-1032-6")
    static let andersen2008 = Citation("Andersen, Nielsen & Nielsen 2008, Mol Syst Biol 4:178", doi: "10.1038/msb.2008.12")

    static let traits = ChassisTraits(
        safetyStatus: Cited(
            "Not QPS (filamentous fungi are excluded); citric acid and many A. niger enzymes are GRAS (FDA); screen strains for ochratoxin A and fumonisins",
            schuster2002),
        temperature: Cited(6...47, schuster2002), pH: Cited(1.4...9.8, schuster2002), oxygen: Cited(.obligateAerobe, andersen2008),
        geneticTools: Cited(.established, Citation("Nødvig et al. 2015, PLoS One 10:e0133085 (CRISPR–Cas9 for filamentous fungi)")),
        notes: [
            Cited(
                "Tolerates very low pH and overproduces citric acid: the main industrial citric acid source, and a host for other organic acids",
                Citation("Brandl & Andersen 2015, Biotechnol Lett 37:1131", doi: "10.1007/s10529-015-1782-8")),
            Cited(
                "Secretes enzymes (glucoamylase, pectinases, phytase) at grams per litre; filamentous growth makes broths viscous and oxygen transfer hard",
                Citation("Cairns, Nai & Meyer 2018, Fungal Biol Biotechnol 5:13")),
        ])
}
