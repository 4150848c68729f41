extension PathwayPrediction {
    /// The ranked pathways as a terminal table, one line per reaction, preceded by what was searched.
    public func table() -> String {
        let product = self.product.metabolite
        let name = product.name.isEmpty ? "" : " (\(product.name))"
        var lines = [
            "Pathway prediction: \(product.id)\(name) in \(chassis), reactions from \(universes.joined(separator: " + "))",
            "method: MILP, fewest added reactions with \(demandReaction) ≥ \(formatFlux(settings.minimumProduction)); "
                + "integer cut per pathway; max \(settings.maximumSteps) steps; time limit \(formatFlux(settings.timeLimit)) s",
            "substrate: \(substrate ?? "— (fluxes only)"); candidates: \(candidateCount) "
                + "(excluded: \(excluded.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")))",
            "stopped: \(stopReason.rawValue) after \(formatFlux(elapsed)) s"
                + (boundAtStop.map { " (a further pathway needs ≥ \(formatFlux($0.rounded(.up))) steps)" } ?? ""),
        ]
        guard !pathways.isEmpty else {
            lines.append("")
            if productMakers == 0 && self.product.isNew {
                lines.append("No pathway found: no remaining candidate reaction makes \(product.id) (see the exclusions above).")
            } else {
                lines.append("No pathway found within \(settings.maximumSteps) steps.")
            }
            return lines.joined(separator: "\n") + "\n"
        }
        var rows: [[String]] = []
        for pathway in pathways {
            let check = pathway.verification
            let head = [
                String(pathway.rank), String(pathway.steps), check.molarYield.map(formatFlux) ?? "—",
                check.productFlux.map(formatFlux) ?? "—", pathway.status.rawValue, pathway.provenShortest ? "yes" : "no",
            ]
            for (index, reaction) in pathway.reactions.enumerated() {
                let cells = index == 0 ? head : Array(repeating: "", count: head.count)
                rows.append(cells + [reaction.id, reaction.equation])
            }
            if let lunch = check.freeLunch { rows.append(Array(repeating: "", count: head.count) + ["", "(free lunch: \(lunch))"]) }
            if let note = check.note { rows.append(Array(repeating: "", count: head.count) + ["", "(\(note))"]) }
        }
        let headers = ["rank", "steps", "yield mol/mol", "max flux", "status", "shortest", "reaction", "equation"]
        lines.append("")
        lines.append(TextTable(headers: headers, rows: rows, rightAligned: [0, 1, 2, 3]).rendered())
        return lines.joined(separator: "\n") + "\n"
    }

    /// The prediction as JSON; unavailable values are `null`.
    public func json() -> JSONText {
        func value(_ number: Double?) -> JSONText { number.map(JSONText.number) ?? .null }
        let product = self.product.metabolite
        let productJSON = JSONText.object([
            ("id", .string(product.id)), ("base_id", .string(self.product.baseID)), ("name", .string(product.name)),
            ("formula", product.formula.map(JSONText.string) ?? .null), ("charge", product.charge.map(JSONText.integer) ?? .null),
            ("new_to_chassis", .bool(self.product.isNew)),
        ])
        let pathwaysJSON = pathways.map { pathway -> JSONText in
            let check = pathway.verification
            let reactions = pathway.reactions.map { reaction -> JSONText in
                .object([
                    ("id", .string(reaction.id)), ("name", .string(reaction.name)), ("equation", .string(reaction.equation)),
                    ("lower_bound", .number(reaction.lowerBound)), ("upper_bound", .number(reaction.upperBound)),
                    ("charge_imbalance", value(pathway.chargeImbalances[reaction.id])),
                ])
            }
            let metabolites = pathway.newMetabolites.map { metabolite -> JSONText in
                .object([
                    ("id", .string(metabolite.id)), ("name", .string(metabolite.name)),
                    ("formula", metabolite.formula.map(JSONText.string) ?? .null),
                    ("charge", metabolite.charge.map(JSONText.integer) ?? .null),
                ])
            }
            return .object([
                ("rank", .integer(pathway.rank)), ("discovery", .integer(pathway.discovery)), ("steps", .integer(pathway.steps)),
                ("status", .string(pathway.status.rawValue)), ("proven_shortest", .bool(pathway.provenShortest)),
                ("max_product_flux", value(check.productFlux)), ("max_theoretical_yield", value(check.molarYield)),
                ("carbon_yield", value(check.carbonYield)), ("max_theoretical_yield_g_per_g", value(check.massYield)),
                ("free_lunch", check.freeLunch.map(JSONText.string) ?? .null), ("note", check.note.map(JSONText.string) ?? .null),
                ("found_after_seconds", .number(pathway.foundAfter)),
                ("reactions", .array(reactions)), ("new_metabolites", .array(metabolites)),
            ])
        }
        return .object([
            ("chassis", .string(chassis)), ("universes", .array(universes.map(JSONText.string))), ("product", productJSON),
            ("demand_reaction", .string(demandReaction)), ("substrate", substrate.map(JSONText.string) ?? .null),
            ("method", .string("milp_min_reactions_integer_cuts")),
            ("max_steps", .integer(settings.maximumSteps)), ("alternatives", .integer(settings.alternatives)),
            ("time_limit_seconds", .number(settings.timeLimit)), ("minimum_production", .number(settings.minimumProduction)),
            ("candidates", .integer(candidateCount)), ("candidates_making_product", .integer(productMakers)),
            ("excluded", .object(excluded.sorted { $0.key < $1.key }.map { ($0.key, JSONText.integer($0.value)) })),
            ("stop_reason", .string(stopReason.rawValue)), ("bound_at_stop", value(boundAtStop)),
            ("elapsed_seconds", .number(elapsed)), ("pathways", .array(pathwaysJSON)),
        ])
    }

    /// CSV with header `rank,steps,status,…`, one row per pathway; reactions joined by `;`.
    public func csv() -> String {
        func cell(_ value: Double?) -> String { value.map(csvNumber) ?? "" }
        var lines = ["rank,steps,status,proven_shortest,max_theoretical_yield,carbon_yield,max_theoretical_yield_g_per_g,max_product_flux,reactions"]
        for pathway in pathways {
            let check = pathway.verification
            let row = [
                String(pathway.rank), String(pathway.steps), pathway.status.rawValue, String(pathway.provenShortest),
                cell(check.molarYield), cell(check.carbonYield), cell(check.massYield), cell(check.productFlux),
                csvField(pathway.reactions.map(\.id).joined(separator: ";")),
            ]
            lines.append(row.joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
