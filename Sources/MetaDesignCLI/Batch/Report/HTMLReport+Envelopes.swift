import MetaCore

extension HTMLReport {
    /// How many envelopes per pathway are drawn besides its best one.
    static let otherEnvelopesShown = 11

    /// Production envelopes per pathway: its best combination large, the others on demand.
    func envelopes() -> String {
        let ranked = data.ranked.filter { !($0.envelope?.points.isEmpty ?? true) }
        let pathways = data.values(\.pathway).filter { pathway in ranked.contains { $0.pathway == pathway } }
        guard !pathways.isEmpty else {
            return """
                <section id="envelopes"><div class="section-head"><h2>Production envelopes</h2>\
                <p class="muted">The records carry no envelope points (set <code>envelope_points</code> in the plan's settings).</p></div></section>
                """
        }
        let cards = pathways.map { pathway -> String in
            let rows = ranked.filter { $0.pathway == pathway }
            guard let best = rows.first else { return "" }
            let others = rows.dropFirst().prefix(Self.otherEnvelopesShown)
            var card = "<article class=\"envelope-card\"><header><h3>\(html(pathway))</h3>"
            card += "<p>\(html(data.productLabel(best.product))) · best in <strong>\(html(best.chassis))</strong>, \(html(best.condition))</p></header>"
            let produces = rows.contains { row in row.envelope?.points.contains { $0.maximum > 1e-6 } ?? false }
            guard produces else {
                return card + "<p class=\"muted no-production\">No production in any of its \(rows.count) envelope\(rows.count == 1 ? "" : "s"): "
                    + "the most product flux is 0 at every growth rate (the chassis lack a step the route needs, or the "
                    + "product cannot be balanced under these conditions).</p></article>"
            }
            card += "<figure>\(plot(best, large: true))<figcaption>\(caption(best))</figcaption></figure>"
            if !others.isEmpty {
                let hidden = rows.count - 1 - others.count
                card += "<details><summary>\(others.count) more combination\(others.count == 1 ? "" : "s")"
                    + (hidden > 0 ? " (of \(rows.count - 1); the best shown)" : "") + "</summary><div class=\"small-multiples\">"
                for row in others {
                    card += "<figure>\(plot(row, large: false))<figcaption>\(html(row.chassis)) · \(html(row.condition))</figcaption></figure>"
                }
                card += "</div></details>"
            }
            return card + "</article>"
        }
        return """
            <section id="envelopes">
              <div class="section-head">
                <h2>Production envelopes</h2>
                <p>The range of product release (left axis) and yield on the feed (right axis) possible at each \
            growth rate: the shaded region is feasible, the solid line its upper edge, the dashed line its lower \
            edge. A lower edge above zero means production is coupled to growth.</p>
              </div>
              <div class="envelope-grid">\(cards.joined(separator: "\n"))</div>
            </section>
            """
    }

    private func plot(_ row: ReportData.Row, large: Bool) -> String {
        guard let envelope = row.envelope else { return "" }
        let secondary = envelope.uptake.flatMap { $0 > 0 ? EnvelopePlot.SecondaryAxis(title: "Yield (mol/mol feed)", scale: 1 / $0) : nil }
        let plot = EnvelopePlot(
            points: envelope.points, title: large ? "" : "", xTitle: "Growth rate (1/h)",
            yTitle: "\(row.productName.flatMap { $0.count <= 18 ? $0 : nil } ?? "Product") release (mmol/gDW/h)", secondaryAxis: secondary,
            width: large ? 720 : 480, height: large ? 420 : 320)
        return plot.svg(standalone: false)
    }

    private func caption(_ row: ReportData.Row) -> String {
        let parts = ["max_theoretical_yield", "max_achievable_yield", "growth_rate", "maximum_growth"].compactMap { key -> String? in
            guard let value = row.metrics[key] ?? nil else { return nil }
            let column = ReportColumn.named(key)
            return "\(html(column.label)) <strong>\(reportNumber(value))</strong> \(html(column.unit))"
        }
        return parts.joined(separator: " · ")
    }
}
