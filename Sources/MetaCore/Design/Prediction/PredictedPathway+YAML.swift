import Foundation

extension PathwayPrediction {
    /// The pathway file (YAML, the format of `docs/PathwayFiles.md`) for one predicted pathway.
    ///
    /// The product block carries the product's formula, charge and cross-references; the
    /// route lists every metabolite the chassis lacks as `new: true` with the universe's
    /// formula and charge, each reaction with its equation, EC numbers when the universe has
    /// them, and a `balance_waiver` for a charge imbalance inherited from the universe. The
    /// product leaves through `export: true`, as the prediction's demand reaction did.
    ///
    /// ```swift
    /// for pathway in prediction.verified {
    ///     try prediction.pathwayFile(for: pathway).write(toFile: "\(prediction.fileStem(for: pathway)).yaml", atomically: true, encoding: .utf8)
    /// }
    /// ```
    public func pathwayFile(for pathway: PredictedPathway) -> String {
        let product = self.product.metabolite
        let displayName = product.name.isEmpty ? self.product.baseID : product.name
        var lines = [
            "# Predicted by `metadesign predict`: a proposal to review, not a curated route.",
            "# Chassis \(chassis); reactions from \(universes.joined(separator: " + ")); "
                + "rank \(pathway.rank), search order \(pathway.discovery), status \(pathway.status.rawValue).",
            "product:",
            "  id: \(YAMLScalar.string(self.product.baseID))",
            "  name: \(YAMLScalar.string(displayName))",
        ]
        if let formula = product.formula { lines.append("  formula: \(YAMLScalar.string(formula))") }
        if let charge = product.charge { lines.append("  charge: \(charge)") }
        let productXrefs = Self.xrefs(product.annotations)
        if !productXrefs.isEmpty { lines.append("  xrefs: \(YAMLScalar.list(productXrefs))") }
        lines.append("")
        lines.append("pathways:")
        lines.append("  - id: \(YAMLScalar.string(fileStem(for: pathway)))")
        lines.append("    name: \(YAMLScalar.string("Predicted route \(pathway.rank) to \(displayName) (\(pathway.steps) step\(pathway.steps == 1 ? "" : "s"))"))")
        lines.append("    summary: \(YAMLScalar.string(summary(of: pathway)))")
        lines.append("    references: []")
        lines.append("    export: true")
        lines += metabolitesSection(for: pathway)
        lines.append("    reactions:")
        for reaction in pathway.reactions { lines += Self.reactionLines(reaction, chargeImbalance: pathway.chargeImbalances[reaction.id], universes: universes) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The file name stem and pathway id for `pathway`: `predicted_13ppd_1`
    /// (lowercase letters, digits, `_`, `-` and `.` only).
    public func fileStem(for pathway: PredictedPathway) -> String {
        let base = self.product.baseID.lowercased().map { $0.isLetter || $0.isNumber || "_-.".contains($0) ? String($0) : "_" }.joined()
        return "predicted_\(base)_\(pathway.rank)"
    }

    private func summary(of pathway: PredictedPathway) -> String {
        var parts = [pathway.reactions.map(\.id).joined(separator: " + ")]
        if let yield = pathway.verification.molarYield, let substrate {
            parts.append("max theoretical yield \(formatFlux(yield)) mol/mol on \(substrate) (FBA, growth free)")
        } else if let flux = pathway.verification.productFlux {
            parts.append("max product flux \(formatFlux(flux)) mmol/gDW/h (FBA)")
        }
        parts.append(pathway.provenShortest ? "fewest steps proven by MILP" : "found before the time limit; not proven shortest")
        return parts.joined(separator: "; ") + "."
    }

    private func metabolitesSection(for pathway: PredictedPathway) -> [String] {
        var seen = Set<String>()
        let metabolites = pathway.newMetabolites.filter { seen.insert(CompartmentNaming.baseID(of: $0.id)).inserted }
        guard !metabolites.isEmpty else { return ["    metabolites: []"] }
        var lines = ["    metabolites:"]
        for metabolite in metabolites {
            lines.append("      - id: \(YAMLScalar.string(CompartmentNaming.baseID(of: metabolite.id)))")
            if !metabolite.name.isEmpty { lines.append("        name: \(YAMLScalar.string(metabolite.name))") }
            if let formula = metabolite.formula { lines.append("        formula: \(YAMLScalar.string(formula))") }
            if let charge = metabolite.charge { lines.append("        charge: \(charge)") }
            let xrefs = Self.xrefs(metabolite.annotations)
            if !xrefs.isEmpty { lines.append("        xrefs: \(YAMLScalar.list(xrefs))") }
            lines.append("        new: true")
        }
        return lines
    }

    private static func reactionLines(_ reaction: Reaction, chargeImbalance: Double?, universes: [String]) -> [String] {
        var lines = ["      - id: \(YAMLScalar.string(reaction.id))"]
        if !reaction.name.isEmpty { lines.append("        name: \(YAMLScalar.string(reaction.name))") }
        lines.append("        equation: \(YAMLScalar.string(reaction.equation))")
        let defaultBounds: (Double, Double) = reaction.equation.contains("<=>") ? (-1000, 1000)
            : reaction.equation.contains("<--") ? (-1000, 0) : (0, 1000)
        if (reaction.lowerBound, reaction.upperBound) != defaultBounds {
            lines.append("        bounds: [\(YAMLScalar.number(reaction.lowerBound)), \(YAMLScalar.number(reaction.upperBound))]")
        }
        let ecNumbers = reaction.annotations["ec-code"]
        if !ecNumbers.isEmpty {
            lines.append("        enzymes:")
            for ec in ecNumbers { lines.append("          - ec: \(YAMLScalar.string(ec))") }
        }
        if let chargeImbalance {
            let waiver = "charge imbalance of \(formatNumber(chargeImbalance)) inherited from \(universes.joined(separator: " + ")) "
                + "(elements balance; the universe's protonation states disagree)"
            lines.append("        balance_waiver: \(YAMLScalar.string(waiver))")
        }
        return lines
    }

    /// Cross-references in the pathway-file prefixes: `chebi:`, `kegg:`, `metanetx:`, `bigg:`, `inchikey:`.
    static func xrefs(_ annotations: Annotations) -> [String] {
        let prefixes: [(namespace: String, prefix: String)] = [
            ("chebi", "chebi"), ("kegg.compound", "kegg"), ("metanetx.chemical", "metanetx"),
            ("bigg.metabolite", "bigg"), ("inchikey", "inchikey"),
        ]
        return prefixes.flatMap { namespace, prefix in
            annotations[namespace].map { identifier in
                let bare = identifier.uppercased().hasPrefix("CHEBI:") ? String(identifier.dropFirst(6)) : identifier
                return "\(prefix):\(bare)"
            }
        }
    }
}
