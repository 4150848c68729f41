import Foundation
import MetaCore

extension HTMLReport {
    /// Product × chassis heatmaps of the best value over pathways and conditions, one per
    /// metric and per condition, switched by the buttons above them.
    func heatmap() -> String {
        let metrics = ReportColumn.heatmapMetrics.filter { key in data.columns.contains { $0.key == key } }
            .map(ReportColumn.named)
        guard let first = metrics.first else {
            return "<section id=\"heatmap\"><h2>Heatmap</h2><p class=\"muted\">The records carry no yields to map.</p></section>"
        }
        let conditions = [nil] + Self.conditions(of: data)
        var buttons = "<div class=\"segmented\" role=\"group\" aria-label=\"Metric\">"
        for (position, metric) in metrics.enumerated() {
            buttons += "<button type=\"button\" data-metric=\"\(html(metric.key))\"\(position == 0 ? " class=\"active\"" : "")>"
                + "\(html(metric.label)) <span class=\"unit\">\(html(metric.unit))</span></button>"
        }
        buttons += "</div><label class=\"select\">Condition <select id=\"heatmap-condition\">"
        for (position, condition) in conditions.enumerated() {
            buttons += "<option value=\"\(position)\">\(html(condition ?? "best over all conditions"))</option>"
        }
        buttons += "</select></label>"
        var grids = ""
        for metric in metrics {
            for (position, condition) in conditions.enumerated() {
                let visible = metric.key == first.key && position == 0
                grids += grid(metric, condition: condition, id: "\(metric.key)-\(position)", visible: visible)
            }
        }
        return """
            <section id="heatmap">
              <div class="section-head">
                <h2>Product × chassis</h2>
                <p>Each cell is the best value over the pathways to that product (and, unless a condition \
            is chosen, over substrates and aerations); hover a cell to see which combination it is. \
            Colours are scaled per map.</p>
              </div>
              <div class="toolbar">\(buttons)</div>
              \(grids)
            </section>
            """
    }

    /// A map row's heading: the product's name, its id below.
    private func productHeading(_ product: String) -> String {
        let label = data.productLabel(product)
        guard label != product, let name = data.rows.first(where: { $0.product == product })?.productName else { return html(product) }
        return "\(html(name))<span class=\"id\">\(html(product))</span>"
    }

    private static func conditions(of data: ReportData) -> [String] {
        data.values(\.substrate).flatMap { substrate in data.values(\.aeration).map { "\(substrate) · \($0)" } }
    }

    private func grid(_ metric: ReportColumn, condition: String?, id: String, visible: Bool) -> String {
        let products = data.values(\.product)
        let chassis = data.values(\.chassis)
        var best: [String: (value: Double, row: ReportData.Row)] = [:]
        for row in data.rows where condition == nil || row.condition == condition {
            guard let value = row.metrics[metric.key] ?? nil, value.isFinite else { continue }
            let key = row.product + "\u{1}" + row.chassis
            if best[key].map({ metric.higherIsBetter ? value > $0.value : value < $0.value }) ?? true { best[key] = (value, row) }
        }
        let values = best.values.map(\.value)
        let low = min(0, values.min() ?? 0), high = max(values.max() ?? 1, low + 1e-12)
        var table = "<table class=\"heat\"><thead><tr><th>Product</th>"
        table += chassis.map { "<th>\(html($0))</th>" }.joined() + "</tr></thead><tbody>"
        let carbonKey = ReportColumn.carbonYieldOf[metric.key]
        var flagged = false
        for product in products {
            table += "<tr><th>\(productHeading(product))</th>"
            for host in chassis {
                guard let cell = best[product + "\u{1}" + host] else {
                    table += "<td class=\"empty\" title=\"no value\">—</td>"
                    continue
                }
                let share = (cell.value - low) / (high - low)
                let (background, ink) = HeatScale.colour(share)
                var tip = "\(data.productLabel(product)) in \(host): \(reportNumber(cell.value)) \(metric.unit) — \(cell.row.pathway), \(cell.row.condition)"
                var mark = ""
                if let carbonKey, let carbon = cell.row.metrics[carbonKey] ?? nil, CarbonYield.exceedsFeed(carbon) {
                    mark = "<sup>*</sup>"
                    flagged = true
                    tip += "; carbon yield \(reportNumber(carbon)): more carbon than the feed supplied: CO₂ fixation or other medium carbon feeds the product"
                }
                table += "<td style=\"background:\(background);color:\(ink)\" title=\"\(html(tip))\">\(reportNumber(cell.value))\(mark)</td>"
            }
            table += "</tr>"
        }
        table += "</tbody></table>"
        var legend = "<div class=\"legend\"><span>\(reportNumber(low))</span><span class=\"ramp\"></span>"
            + "<span>\(reportNumber(high)) \(html(metric.unit))</span>"
            + "<span class=\"swatch empty\"></span><span>— no value: the chassis does not offer the feed or aeration "
            + "(skipped), the route's metabolites are not in the model, or the model is infeasible there</span></div>"
        if flagged {
            legend += "<p class=\"legend-note\"><sup>*</sup> carbon yield above 1: the product holds more carbon than the feed "
                + "supplied, so carbon from outside the feed reaches it (CO₂ fixed by a carboxylase, or amino acids of a rich medium).</p>"
        }
        return "<div class=\"heatmap\" data-grid=\"\(html(id))\"\(visible ? "" : " hidden")>\(table)\(legend)</div>"
    }
}

/// A sequential colour scale (light yellow-green to deep blue, as ColorBrewer's YlGnBu).
enum HeatScale {
    /// The scale's stops, from 0 to 1.
    static let stops: [(Double, Double, Double)] = [
        (255, 255, 217), (199, 233, 180), (127, 205, 187), (65, 182, 196), (29, 145, 192), (34, 94, 168), (12, 44, 132),
    ]

    /// The background at `share` (0…1) and a text colour that stays readable on it.
    static func colour(_ share: Double) -> (background: String, ink: String) {
        let position = min(1, max(0, share.isFinite ? share : 0)) * Double(stops.count - 1)
        let lower = min(Int(position), stops.count - 2)
        let fraction = position - Double(lower)
        let (a, b) = (stops[lower], stops[lower + 1])
        let red = a.0 + (b.0 - a.0) * fraction, green = a.1 + (b.1 - a.1) * fraction, blue = a.2 + (b.2 - a.2) * fraction
        let luminance = (0.2126 * red + 0.7152 * green + 0.0722 * blue) / 255
        return (String(format: "rgb(%.0f,%.0f,%.0f)", red, green, blue), luminance < 0.55 ? "#ffffff" : "#14213d")
    }

    /// The stops as a CSS linear gradient, for the legend.
    static var gradient: String {
        "linear-gradient(90deg," + stops.map { String(format: "rgb(%.0f,%.0f,%.0f)", $0.0, $0.1, $0.2) }.joined(separator: ",") + ")"
    }
}
