import Foundation
import MetaCore

extension HTMLReport {
    /// The score components: what each means, and its range over the batch.
    func scores() -> String {
        guard !data.scoreColumns.isEmpty else {
            return """
                <section id="scores"><div class="section-head"><h2>Score components</h2>\
                <p class="muted">No scorer ran in this batch: list scorer plugins under <code>scorers:</code> in \
                the plan (see <code>metadesign plugins list</code>).</p></div></section>
                """
        }
        let rows = data.scoreColumns.map { score -> String in
            let values = data.rows.compactMap { $0.scores[score.id] ?? nil }.filter(\.isFinite).sorted()
            let median = values.isEmpty ? nil : values[values.count / 2]
            return "<tr><td>\(html(score.scorer))</td><td><code>\(html(score.key))</code></td><td>\(html(score.unit))</td>"
                + "<td>\(score.higherIsBetter ? "higher" : "lower")</td><td class=\"num\">\(reportNumber(values.first))</td>"
                + "<td class=\"num\">\(reportNumber(median))</td><td class=\"num\">\(reportNumber(values.last))</td>"
                + "<td class=\"num\">\(values.count)</td><td>\(html(score.meaning))</td></tr>"
        }
        return """
            <section id="scores">
              <div class="section-head"><h2>Score components</h2>
              <p>Every component the scorers reported; each also appears as a column of the ranking.</p></div>
              <div class="table-wrap"><table class="data">
              <thead><tr><th>Scorer</th><th>Component</th><th>Unit</th><th>Better</th><th class="num">Min</th>\
            <th class="num">Median</th><th class="num">Max</th><th class="num">Scored</th><th>Meaning</th></tr></thead>
              <tbody>\(rows.joined(separator: "\n"))</tbody></table></div>
            </section>
            """
    }

    /// The failed evaluations with their errors.
    func failures() -> String {
        let rows = data.rows.filter { $0.status == "failed" }.map { row in
            "<tr><td>\(row.index)</td><td><code>\(html([row.chassis, row.pathway, row.substrate, row.aeration].joined(separator: "|")))</code></td>"
                + "<td>\(html(row.error ?? ""))</td></tr>"
        }
        return """
            <section id="failures">
              <div class="section-head"><h2>Failures</h2><p>Evaluations that could not be completed; the batch went on.</p></div>
              <div class="table-wrap"><table class="data"><thead><tr><th>#</th><th>Combination</th><th>Error</th></tr></thead>
              <tbody>\(rows.joined(separator: "\n"))</tbody></table></div>
            </section>
            """
    }

    /// The plan, its hash, the versions and model digests, and run statistics.
    func provenance() -> String {
        let manifest = data.manifest
        func field(_ key: String) -> String? { manifest?[key]?.value.string }
        let seconds = data.rows.compactMap(\.seconds).reduce(0, +)
        var facts: [(String, String)] = [
            ("Plan", html(field("plan_name") ?? "—") + (field("plan_file").map { " <code>\(html($0))</code>" } ?? "")),
            ("Plan sha256", data.planHashes.map { "<code>\(html($0))</code>" }.joined(separator: "<br>")
                + (data.planHashes.count > 1 ? " <span class=\"badge bad\">mixed plans</span>" : "")),
            ("Evaluation", html(field("evaluation") ?? "—") + (field("evaluation_summary").map { ": " + html($0) } ?? "")),
            ("metadesign", data.versions.map(html).joined(separator: ", ")),
            ("Records", "\(data.rows.count) of \(data.total) combinations · \(data.failedCount) failed"),
            ("Compute time", (seconds < 10 ? String(format: "%.2f s", seconds) : ProgressReporter.formatDuration(seconds))
                + " summed over evaluations"
                + (manifest?["evaluations_per_second"]?.value.number.map { String(format: " · last run %.1f evaluations/s", $0) } ?? "")),
            ("Results", "<code>\(html(data.source))</code>" + (field("state").map { " · run \(html($0))" } ?? "")),
        ]
        if let updated = field("updated") { facts.append(("Run manifest updated", html(updated))) }
        let chassisRows = chassisProvenance().map { "<tr><td>\(html($0.0))</td><td>\(html($0.1))</td><td><code>\(html($0.2))</code></td></tr>" }
        let planText = field("plan_text").map {
            "<details open><summary>Plan file</summary><pre class=\"plan\"><code>\(html($0))</code></pre></details>"
        } ?? "<p class=\"muted\">No run manifest beside the results, so the plan text is not shown.</p>"
        return """
            <section id="provenance">
              <div class="section-head"><h2>Plan &amp; provenance</h2>
              <p>Everything needed to reproduce these numbers: the plan, its hash, the software version and \
            the exact model files (sha256).</p></div>
              <dl class="facts">\(facts.map { "<dt>\(html($0.0))</dt><dd>\($0.1)</dd>" }.joined())</dl>
              <div class="table-wrap"><table class="data"><thead><tr><th>Chassis</th><th>Model source</th><th>Model sha256</th></tr></thead>
              <tbody>\(chassisRows.joined())</tbody></table></div>
              \(planText)
            </section>
            """
    }

    /// (chassis, source, sha256) from the manifest, else from the records.
    private func chassisProvenance() -> [(String, String, String)] {
        if let list = data.manifest?["chassis"]?.value.array, !list.isEmpty {
            return list.compactMap { item in
                guard let object = item.value.object, let id = object["id"]?.value.string else { return nil }
                return (id, object["source"]?.value.string ?? "—", object["model_sha256"]?.value.string ?? "—")
            }
        }
        return data.modelDigests.map { ($0.chassis, "—", $0.sha256) }
    }
}
