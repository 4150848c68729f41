import MetaCore

/// What the report knows about a record's numeric fields: label, unit and meaning.
///
/// Fields not listed here are still shown, under their own key and without a unit, so a
/// record from a newer evaluation never loses a column.
struct ReportColumn: Sendable, Hashable {
    /// The record key.
    var key: String
    /// The column heading.
    var label: String
    /// The unit (`mol/mol`); empty for counts.
    var unit: String
    /// One sentence for the heading's tooltip.
    var meaning: String
    /// Whether a larger value is better (for colour and default sort direction).
    var higherIsBetter = true

    /// The known columns, in the order the ranking table shows them.
    static let known: [ReportColumn] = [
        ReportColumn(key: "max_achievable_yield", label: "Achievable yield", unit: "mol/mol",
                     meaning: "Most product per substrate with growth held at the plan's growth fraction of its maximum"),
        ReportColumn(key: "achievable_carbon_yield", label: "Achievable C-yield", unit: "C-mol/C-mol",
                     meaning: "The achievable yield counted in carbon atoms: comparable across products"),
        ReportColumn(key: "max_achievable_carbon_yield", label: "Achievable C-yield", unit: "C-mol/C-mol",
                     meaning: "The achievable yield counted in carbon atoms: comparable across products; above 1, carbon also comes from outside the feed (CO₂ fixation, rich-medium amino acids)"),
        ReportColumn(key: "max_theoretical_yield", label: "Theoretical yield", unit: "mol/mol",
                     meaning: "Most product per substrate with growth free (maintenance kept)"),
        ReportColumn(key: "carbon_yield", label: "Theoretical C-yield", unit: "C-mol/C-mol",
                     meaning: "The theoretical yield counted in carbon atoms"),
        ReportColumn(key: "max_theoretical_yield_g_per_g", label: "Theoretical g/g", unit: "g/g",
                     meaning: "The theoretical yield by mass"),
        ReportColumn(key: "max_achievable_yield_g_per_g", label: "Achievable g/g", unit: "g/g",
                     meaning: "The achievable yield by mass"),
        ReportColumn(key: "growth_coupled_yield", label: "Coupled yield", unit: "mol/mol",
                     meaning: "Least product per substrate at maximum growth: above 0 means production is growth-coupled"),
        ReportColumn(key: "growth_rate", label: "Growth", unit: "1/h", meaning: "Maximum growth rate on the feed"),
        ReportColumn(key: "maximum_growth", label: "Max growth", unit: "1/h", meaning: "Maximum growth rate on the feed, with the route inserted"),
        ReportColumn(key: "product_at_maximum_growth", label: "Product at max growth", unit: "mmol/gDW/h",
                     meaning: "Least product release at maximum growth: above 0 means production is growth-coupled"),
        ReportColumn(key: "heterologous_steps", label: "Steps", unit: "", meaning: "Heterologous reactions inserted",
                     higherIsBetter: false),
    ]

    /// Numeric fields that describe the run rather than the result, left out of the table.
    static let hidden: Set<String> = ["seconds", "combination_index", "combination_total", "growth_fraction", "substrate_uptake"]

    /// The metrics the ranking uses, best first: carbon yields compare products fairly.
    static let rankingPreference = ["achievable_carbon_yield", "max_achievable_carbon_yield", "max_achievable_yield", "carbon_yield",
                                    "max_theoretical_yield"]

    /// Carbon yields: above 1 the product holds more carbon than the feed supplied, so carbon
    /// from outside the feed reaches it (CO₂ fixed by a carboxylase, amino acids of a rich medium).
    static let carbonYields: Set<String> = ["achievable_carbon_yield", "max_achievable_carbon_yield", "carbon_yield"]

    /// Whether `value` of the column `key` is a carbon yield above 1 (``CarbonYield/exceedsFeed(_:)``).
    static func exceedsFeedCarbon(_ key: String, _ value: Double?) -> Bool {
        carbonYields.contains(key) && CarbonYield.exceedsFeed(value)
    }

    /// The carbon yield that goes with a molar yield column, for flagging map cells.
    static let carbonYieldOf = ["max_achievable_yield": "max_achievable_carbon_yield", "max_theoretical_yield": "carbon_yield",
                                "max_achievable_carbon_yield": "max_achievable_carbon_yield", "achievable_carbon_yield": "achievable_carbon_yield"]

    /// The metrics the heatmap offers, in the order of its buttons.
    static let heatmapMetrics = ["max_achievable_yield", "achievable_carbon_yield", "max_achievable_carbon_yield", "max_theoretical_yield"]

    /// The column for `key`: known, or a plain one named after the key.
    static func named(_ key: String) -> ReportColumn {
        known.first { $0.key == key } ?? ReportColumn(key: key, label: key.replacingOccurrences(of: "_", with: " "),
                                                       unit: "", meaning: key)
    }
}
