import MetaPlugin

// Traits of organisms that more than one chassis models (two E. coli models, two yeast models):
// one statement, one citation, whichever model is picked.
extension ChassisProfile {
    /// An *E. coli* K-12 model on its own glucose minimal medium: what iML1515 and e_coli_core
    /// share (ATPM, EX_o2_e, 10 mmol glucose/gDW/h, the K-12 traits).
    static func escherichiaColiK12(
        organism: String, modelFile: String, modelCitation: Citation, biomassReaction: String,
        substrates: [(CarbonSource, String)]
    ) -> ChassisProfile {
        ChassisProfile(
            organism: organism, modelFile: modelFile, modelCitation: modelCitation, biomassReaction: biomassReaction,
            maintenanceReaction: "ATPM", oxygenExchange: "EX_o2_e",
            substrates: SubstrateTable(glucoseUptake: 10).substrates(substrates), defaultSubstrate: "glucose",
            // Aerobic on glucose both models take up 22 mmol O2/gDW/h.
            aerations: Aerations.facultative(microaerobicOxygen: 5), traits: .escherichiaColiK12)
    }
}

extension ChassisTraits {
    /// *E. coli* K-12: the reference bacterial host.
    static let escherichiaColiK12 = ChassisTraits(
        safetyStatus: Cited(
            "K-12: non-pathogenic laboratory lineage (biosafety level 1); E. coli is outside the QPS list and assessed case by case",
            .efsaQPS2022),
        temperature: Cited(8...49, Citation(
            "Ingraham & Marr 1996, in Escherichia coli and Salmonella, 2nd ed. (ASM Press): minimum 7.5–7.8 °C (ML30), balanced growth up to about 49 °C (B/r)")),
        pH: Cited(5.0...9.0, Citation(
            "Slonczewski et al. 2009, Adv Microb Physiol 55:1", doi: "10.1016/S0065-2911(09)05501-5")),
        oxygen: Cited(.facultativeAnaerobe, Citation(
            "Unden & Bongaerts 1997, Biochim Biophys Acta 1320:217", doi: "10.1016/S0005-2728(97)00034-0")),
        geneticTools: Cited(.extensive, Citation(
            "Datsenko & Wanner 2000, PNAS 97:6640 (one-step gene inactivation)", doi: "10.1073/pnas.120163297")),
        notes: [
            Cited(
                "Secretes acetate (overflow) at high glycolytic flux even with oxygen: cap glucose uptake or delete the acetate pathway when yield matters",
                Citation("Basan et al. 2015, Nature 528:99", doi: "10.1038/nature15765")),
            Cited(
                "Gram-negative: outer-membrane lipopolysaccharide (endotoxin) must be removed from therapeutic products",
                Citation("Mamat et al. 2015, Microb Cell Fact 14:57")),
        ])

    /// *S. cerevisiae* S288C: the reference eukaryotic host.
    static let saccharomycesS288C = ChassisTraits(
        safetyStatus: Cited("QPS (EFSA); centuries of use in baking and brewing", .efsaQPS2017),
        temperature: Cited(3...45, Citation(
            "Salvadó et al. 2011, Appl Environ Microbiol 77:2292 (cardinal temperatures of 10 S. cerevisiae strains: Tmin ≈ 3, Tmax 45.4 °C)",
            doi: "10.1128/AEM.01861-10")),
        pH: Cited(3.0...8.0, Citation(
            "Abbott et al. 2009, FEMS Yeast Res 9:1123 (growth and product formation at low pH)",
            doi: "10.1111/j.1567-1364.2009.00537.x")),
        oxygen: Cited(.facultativeAnaerobe, Citation(
            "Andreasen & Stier 1953, J Cell Comp Physiol 41:23 (anaerobic growth needs ergosterol)",
            doi: "10.1002/jcp.1030410103")),
        geneticTools: Cited(.extensive, Citation(
            "DiCarlo et al. 2013, Nucleic Acids Res 41:4336 (CRISPR–Cas9 genome engineering)")),
        notes: [
            Cited(
                "Crabtree-positive: ferments glucose to ethanol even with oxygen when sugar is in excess; aerobic FBA shows the respiratory optimum",
                Citation("De Deken 1966, J Gen Microbiol 44:149")),
            Cited(
                "Tolerates low pH and weak acids better than most bacteria: a host for organic acids without neutralisation",
                Citation("Abbott et al. 2009, FEMS Yeast Res 9:1123", doi: "10.1111/j.1567-1364.2009.00537.x")),
            Cited(
                "Does not use xylose, arabinose or melibiose (S288C lacks MEL1) without added genes; these are left out of the substrates even where a model grows on them",
                Citation("Kwak & Jin 2017, Microb Cell Fact 16:82 (xylose-fermenting S. cerevisiae)")),
        ])
}
