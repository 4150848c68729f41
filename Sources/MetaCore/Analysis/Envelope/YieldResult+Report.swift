extension YieldResult {
    /// A few lines for the terminal.
    public func table() -> String {
        var lines = ["Maximum yield of \(product) on \(substrate) (uptake fixed at \(formatFlux(substrateUptake)))"]
        if let growthFraction, let growthReaction {
            let maximum = maximumGrowth.map(formatFlux) ?? "—"
            lines.append("growth: \(growthReaction) ≥ \(formatFlux(growthFraction)) × max (\(maximum))")
        } else {
            lines.append("growth: free")
        }
        lines.append("status: \(status.rawValue)")
        guard status == .optimal else { return lines.joined(separator: "\n") + "\n" }
        func cell(_ value: Double?, _ why: String) -> String { value.map(formatFlux) ?? "— (\(why))" }
        let rows = [
            ["product flux", cell(productFlux, "")],
            ["mol/mol", cell(molar, "")],
            ["C-mol/C-mol", cell(carbon, "formula without carbon data")],
            ["g/g", cell(mass, "molar mass unknown")],
        ]
        lines.append("")
        lines.append(TextTable(headers: ["yield", "value"], rows: rows, rightAligned: [1]).rendered())
        return lines.joined(separator: "\n") + "\n"
    }

    /// The result as JSON; unavailable values are `null`.
    public func json() -> JSONText {
        func value(_ number: Double?) -> JSONText { number.map(JSONText.number) ?? .null }
        return .object([
            ("product", .string(product)), ("substrate", .string(substrate)),
            ("substrate_uptake", .number(substrateUptake)),
            ("growth_reaction", growthReaction.map(JSONText.string) ?? .null),
            ("growth_fraction", value(growthFraction)), ("maximum_growth", value(maximumGrowth)),
            ("status", .string(status.rawValue)), ("product_flux", value(productFlux)),
            ("molar_yield", value(molar)), ("carbon_yield", value(carbon)), ("mass_yield", value(mass)),
        ])
    }

    /// CSV with header `product,substrate,…`, one row.
    public func csv() -> String {
        func cell(_ value: Double?) -> String { value.map(csvNumber) ?? "" }
        let header = "product,substrate,substrate_uptake,growth_fraction,maximum_growth,status,product_flux,molar_yield,carbon_yield,mass_yield"
        let row = [csvField(product), csvField(substrate), csvNumber(substrateUptake), cell(growthFraction), cell(maximumGrowth),
                   status.rawValue, cell(productFlux), cell(molar), cell(carbon), cell(mass)]
        return header + "\n" + row.joined(separator: ",") + "\n"
    }
}
