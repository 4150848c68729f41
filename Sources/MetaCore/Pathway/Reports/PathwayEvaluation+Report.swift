extension PathwayEvaluation {
    /// A terminal report: the question, the yields, growth coupling, steps and limiting cofactors.
    public func table() -> String {
        var lines = ["Pathway \(pathway.id) (\(pathway.name)) → \(pathway.product.name.isEmpty ? pathway.product.id : pathway.product.name)"]
        lines.append("chassis: \(labels.chassis)   substrate: \(labels.substrate) (\(substrateExchange))"
                     + (labels.aeration.map { "   aeration: \($0)" } ?? ""))
        lines.append("status: \(status.rawValue)" + (message.map { " — \($0)" } ?? ""))
        for missing in unresolved { lines.append("  unresolved: \(missing)") }
        guard status == .optimal || status == .noProduction else { return lines.joined(separator: "\n") + "\n" }
        lines.append("heterologous steps: \(heterologousSteps)" + (addedReactions.isEmpty ? "" : " (\(addedReactions.joined(separator: ", ")))"))
        for native in nativeReactions {
            lines.append("  native: \(native.pathwayReaction) = \(native.chassisReaction) (\(native.match.rawValue))"
                         + (native.note.map { " — \($0)" } ?? ""))
        }
        if !exportReactions.isEmpty { lines.append("export added: \(exportReactions.joined(separator: ", "))") }
        if !unverifiableBalances.isEmpty { lines.append("balance unverifiable (formula or charge unknown): \(unverifiableBalances.joined(separator: ", "))") }
        func cell(_ value: Double?) -> String { value.map(formatFlux) ?? "—" }
        let rows = [
            ["maximum theoretical (growth free)", cell(maxTheoretical?.molar), cell(maxTheoretical?.carbon), cell(maxTheoretical?.mass), cell(maxTheoretical?.productFlux)],
            ["maximum achievable (growth ≥ \(formatFlux(growthFraction * 100))% of max)", cell(maxAchievable?.molar), cell(maxAchievable?.carbon), cell(maxAchievable?.mass), cell(maxAchievable?.productFlux)],
            ["at maximum growth (least)", cell(growthCoupledYield), "", "", cell(productAtMaximumGrowth)],
        ]
        lines.append("")
        lines.append(TextTable(headers: ["yield", "mol/mol", "C-mol/C-mol", "g/g", "flux"], rows: rows, rightAligned: [1, 2, 3, 4]).rendered())
        lines.append("substrate uptake: \(cell(substrateUptake)) mmol/gDW/h; maximum growth: \(cell(maximumGrowth)) 1/h"
                     + (growthReaction.map { " (\($0))" } ?? "") + "; growth-coupled: \(isGrowthCoupled ? "yes" : "no")")
        if !limitingCofactors.isEmpty {
            lines.append("limiting cofactors (mol product per mol cofactor supplied at the theoretical optimum):")
            for value in limitingCofactors {
                lines.append("  \(value.cofactor) (\(value.metabolite)\(value.metaboliteName.isEmpty ? "" : ", \(value.metaboliteName)")): \(formatFlux(value.value))")
            }
        }
        if let freeLunch { lines.append("free lunch: " + (freeLunch.passed ? "none" : "YES — " + freeLunch.failureSummary)) }
        if let envelope, envelope.status == .optimal {
            lines.append("")
            lines.append(envelope.table().split(separator: "\n", omittingEmptySubsequences: false).dropFirst(2).joined(separator: "\n"))
        }
        return lines.joined(separator: "\n").trimmingTrailingNewlines() + "\n"
    }

    /// JSON with the keys the batch runner and scripts rely on (`chassis`, `pathway`, `product`,
    /// `substrate`, `aeration`, `max_theoretical_yield`, `max_achievable_yield`,
    /// `max_theoretical_yield_g_per_g`, `carbon_yield`, `heterologous_steps`, `status`), then details.
    public func json() -> JSONText {
        func value(_ number: Double?) -> JSONText { number.map(JSONText.number) ?? .null }
        func text(_ string: String?) -> JSONText { string.map(JSONText.string) ?? .null }
        let summary: [(String, JSONText)] = [
            ("chassis", .string(labels.chassis)), ("pathway", .string(pathway.id)), ("pathway_name", .string(pathway.name)),
            ("product", .string(pathway.product.id)), ("product_name", .string(pathway.product.name)),
            ("substrate", .string(labels.substrate)), ("substrate_exchange", .string(substrateExchange)),
            ("aeration", text(labels.aeration)), ("status", .string(status.rawValue)), ("message", text(message)),
        ]
        let yields: [(String, JSONText)] = [
            ("max_theoretical_yield", value(maxTheoretical?.molar)), ("max_theoretical_yield_g_per_g", value(maxTheoretical?.mass)),
            ("carbon_yield", value(maxTheoretical?.carbon)), ("max_achievable_yield", value(maxAchievable?.molar)),
            ("max_achievable_yield_g_per_g", value(maxAchievable?.mass)), ("max_achievable_carbon_yield", value(maxAchievable?.carbon)),
            ("growth_fraction", .number(growthFraction)), ("growth_reaction", text(growthReaction)),
            ("maximum_growth", value(maximumGrowth)), ("product_at_maximum_growth", value(productAtMaximumGrowth)),
            ("growth_coupled_yield", value(growthCoupledYield)), ("growth_coupled", .bool(isGrowthCoupled)),
            ("substrate_uptake", value(substrateUptake)), ("product_exchange", text(productDrain)),
        ]
        let natives: [JSONText] = nativeReactions.map { native in
            .object([("pathway_reaction", .string(native.pathwayReaction)), ("chassis_reaction", .string(native.chassisReaction)),
                     ("match", .string(native.match.rawValue)), ("note", text(native.note))])
        }
        let cofactors: [JSONText] = limitingCofactors.map { cofactor in
            .object([("cofactor", .string(cofactor.cofactor)), ("metabolite", .string(cofactor.metabolite)),
                     ("name", .string(cofactor.metaboliteName)), ("value", .number(cofactor.value))])
        }
        let missing: [JSONText] = unresolved.map { entry in
            .object([("metabolite", .string(entry.reference.description)), ("tried", .array(entry.tried.map(JSONText.string)))])
        }
        let details: [(String, JSONText)] = [
            ("heterologous_steps", .integer(heterologousSteps)),
            ("added_reactions", .array(addedReactions.map(JSONText.string))),
            ("export_reactions", .array(exportReactions.map(JSONText.string))),
            ("native_reactions", .array(natives)), ("limiting_cofactors", .array(cofactors)),
            ("unresolved_metabolites", .array(missing)),
            ("unverifiable_balances", .array(unverifiableBalances.map(JSONText.string))),
            ("free_lunch", freeLunch?.json() ?? .null), ("envelope", envelope?.json() ?? .null),
        ]
        return .object(summary + yields + details)
    }

    /// The CSV header of ``csvRow()``.
    public static let csvHeader = "chassis,pathway,product,substrate,aeration,status,max_theoretical_yield,"
        + "max_theoretical_yield_g_per_g,carbon_yield,max_achievable_yield,max_achievable_yield_g_per_g,"
        + "maximum_growth,growth_coupled_yield,heterologous_steps,limiting_cofactors,message"

    /// One CSV row (no header), for tables of many evaluations.
    public func csvRow() -> String {
        func cell(_ value: Double?) -> String { value.map(csvNumber) ?? "" }
        let cofactors = limitingCofactors.map { "\($0.cofactor)=\(csvNumber($0.value))" }.joined(separator: ";")
        return [csvField(labels.chassis), csvField(pathway.id), csvField(pathway.product.id), csvField(labels.substrate),
                csvField(labels.aeration ?? ""), status.rawValue, cell(maxTheoretical?.molar), cell(maxTheoretical?.mass),
                cell(maxTheoretical?.carbon), cell(maxAchievable?.molar), cell(maxAchievable?.mass), cell(maximumGrowth),
                cell(growthCoupledYield), String(heterologousSteps), csvField(cofactors), csvField(message ?? "")]
            .joined(separator: ",")
    }

    /// CSV: the header and one row.
    public func csv() -> String { Self.csvHeader + "\n" + csvRow() + "\n" }
}

extension FreeLunchCheck {
    /// The failed tests in one line: `ATP: 1000 (chassis 0) via ATPSYN_bad`.
    public var failureSummary: String {
        tests.filter { !$0.passed }.map { test in
            "\(test.name): \(formatFlux(test.maximum)) (chassis \(formatFlux(test.chassisMaximum)))"
                + (test.responsibleReactions.isEmpty ? "" : " via \(test.responsibleReactions.joined(separator: ", "))")
        }.joined(separator: "; ")
    }

    /// The tests and skipped ones as JSON.
    public func json() -> JSONText {
        .object([
            ("passed", .bool(passed)),
            ("tests", .array(tests.map { test in
                .object([("name", .string(test.name)), ("passed", .bool(test.passed)), ("maximum", .number(test.maximum)),
                         ("chassis_maximum", .number(test.chassisMaximum)),
                         ("responsible_reactions", .array(test.responsibleReactions.map(JSONText.string)))])
            })),
            ("skipped", .array(skipped.map(JSONText.string))),
        ])
    }
}

extension String {
    /// The string without trailing line breaks.
    func trimmingTrailingNewlines() -> String {
        var copy = self
        while copy.last == "\n" { copy.removeLast() }
        return copy
    }
}
