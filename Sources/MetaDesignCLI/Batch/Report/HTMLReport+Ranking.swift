extension HTMLReport {
    /// The ranking: every combination, best first by the ranking metric; click a heading to sort.
    func ranking() -> String {
        let metric = data.rankingMetric
        let maxima = Dictionary(uniqueKeysWithValues: data.columns.map { column in
            (column.key, data.rows.compactMap { $0.metrics[column.key] ?? nil }.filter(\.isFinite).map(abs).max() ?? 0)
        })
        var head = "<th class=\"num\" data-type=\"num\">#</th>"
        for (label, tip) in [("Pathway", "The route or product evaluated"), ("Product", "The product metabolite"),
                             ("Chassis", "The production host"), ("Substrate", "The feed"), ("Aeration", "Oxygen supply")] {
            head += "<th data-type=\"text\" title=\"\(html(tip))\">\(label)</th>"
        }
        for column in data.columns {
            let unit = column.unit.isEmpty ? "" : "<span class=\"unit\">\(html(column.unit))</span>"
            let sorted = column.key == metric?.key ? " aria-sort=\"descending\"" : ""
            head += "<th class=\"num metric\" data-type=\"num\" title=\"\(html(column.meaning))\"\(sorted)>\(html(column.label))\(unit)</th>"
        }
        for score in data.scoreColumns {
            let unit = score.unit.isEmpty || score.unit == "1" ? "" : "<span class=\"unit\">\(html(score.unit))</span>"
            head += "<th class=\"num metric score\" data-type=\"num\" title=\"\(html(score.meaning))\">\(html(score.id))\(unit)</th>"
        }
        head += "<th data-type=\"text\">Status</th>"
        let body = data.ranked.enumerated().map { item -> String in
            let (rank, row) = (item.offset, item.element)
            var cells = "<td class=\"num rank\" data-sort=\"\(rank + 1)\">\(rank + 1)</td>"
            cells += "<td><strong>\(html(row.pathway))</strong></td><td title=\"\(html(data.productLabel(row.product)))\">\(html(row.productName ?? row.product))</td><td>\(html(row.chassis))</td>"
            cells += "<td>\(html(row.substrate))</td><td>\(html(row.aeration))</td>"
            for column in data.columns {
                let value = row.metrics[column.key] ?? nil
                let largest = maxima[column.key] ?? 0
                let share = largest > 0 ? min(1, abs(value ?? 0) / largest) : 0
                let bar = column.unit.contains("/") && value != nil
                    ? " style=\"--bar:\(String(format: "%.1f", share * 100))%\"" : ""
                let flag = ReportColumn.exceedsFeedCarbon(column.key, value)
                let tip = flag ? " title=\"more carbon than the feed supplied: CO₂ fixation or other medium carbon feeds the product\"" : ""
                cells += "<td class=\"num\(bar.isEmpty ? "" : " bar")\(flag ? " flag" : "")\" data-sort=\"\(sortKey(value))\"\(bar)\(tip)>\(reportNumber(value))</td>"
            }
            for score in data.scoreColumns {
                let value = row.scores[score.id] ?? nil
                cells += "<td class=\"num\" data-sort=\"\(sortKey(value))\">\(reportNumber(value))</td>"
            }
            cells += "<td>\(statusBadge(row.status, error: row.error))</td>"
            return "<tr>\(cells)</tr>"
        }.joined(separator: "\n")
        let order = metric.map { "Ranked by <strong>\(html($0.label))</strong> (\(html($0.unit))), best first" }
            ?? "In plan order"
        return """
            <section id="ranking">
              <div class="section-head">
                <h2>Ranking</h2>
                <p>\(order); click a heading to sort by it. Carbon yields compare products of different \
            size fairly; a carbon yield marked * is above 1, so carbon from outside the feed reaches \
            the product (CO₂ fixed by a carboxylase, or amino acids of a rich medium); ranked by a carbon \
            yield, those rows come after the others. Bars show each value against the column's largest.</p>
              </div>
              <div class="toolbar"><input type="search" id="filter" placeholder="Filter: pathway, chassis, substrate, status…" \
            aria-label="Filter the ranking"><span id="filter-count" class="muted"></span></div>
              <div class="table-wrap"><table id="ranking-table" class="data sortable">
              <thead><tr>\(head)</tr></thead>
              <tbody>
            \(body)
              </tbody></table></div>
            </section>
            """
    }

    /// A coloured badge for a status; a failure shows its error on hover.
    func statusBadge(_ status: String, error: String?) -> String {
        let tone = switch status {
        case "optimal": "ok"
        case "failed": "bad"
        default: "warn"
        }
        return "<span class=\"badge \(tone)\"\(error.map { " title=\"\(html($0))\"" } ?? "")>\(html(status))</span>"
    }
}
