import MetaPlugin

extension Citation {
    /// EFSA's list of microorganisms with Qualified Presumption of Safety (QPS) for food and
    /// feed production, with the qualifications for each (the 2017 full update).
    static let efsaQPS2017 = Citation(
        "EFSA BIOHAZ Panel 2017, EFSA J 15:4664 (update of the QPS list)", doi: "10.2903/j.efsa.2017.4664")

    /// The 2022 QPS statement, which restates that filamentous fungi and *E. coli* are excluded
    /// from QPS evaluation (they are assessed product by product).
    static let efsaQPS2022 = Citation(
        "EFSA BIOHAZ Panel 2022, EFSA J 20:7408 (QPS update 16; filamentous fungi and E. coli excluded)",
        doi: "10.2903/j.efsa.2022.7408")

    /// Heme- and menaquinone-dependent respiration across lactic acid bacteria.
    static let brooijmans2009 = Citation(
        "Brooijmans et al. 2009, Microb Cell Fact 8:28 (respiration only with added heme, and menaquinone for some)",
        doi: "10.1186/1475-2859-8-28")
}
