import MetaCore

/// Batch results arranged for the report: rows, columns, score components and provenance.
struct ReportData: Sendable {
    /// One evaluated combination.
    struct Row: Sendable {
        /// The combination index.
        var index: Int
        /// Identity fields.
        var chassis: String, pathway: String, product: String, substrate: String, aeration: String
        /// The product's name (`1,4-butanediol`), when a record gave one.
        var productName: String?
        /// `optimal`, `infeasible`, `failed`, …
        var status: String
        /// The error of a failed evaluation.
        var error: String?
        /// Numeric fields by key (`nil` for JSON null).
        var metrics: [String: Double?]
        /// Score component values by `scorer.component`.
        var scores: [String: Double?]
        /// The production envelope, when the record has one.
        var envelope: RecordEnvelope?
        /// Seconds the evaluation took.
        var seconds: Double?

        /// The condition this row was evaluated in.
        var condition: String { "\(substrate) · \(aeration)" }
    }

    /// A score component as the report explains it.
    struct ScoreColumn: Sendable, Hashable {
        /// `scorer.component`.
        var id: String
        /// The scorer id.
        var scorer: String
        /// The component key.
        var key: String
        /// Its unit.
        var unit: String
        /// Whether larger is better.
        var higherIsBetter: Bool
        /// What it means.
        var meaning: String
    }

    /// Every record, in canonical order.
    var rows: [Row]
    /// The numeric columns present, known ones first.
    var columns: [ReportColumn]
    /// The score components present, in first-seen order.
    var scoreColumns: [ScoreColumn]
    /// The metric the ranking sorts by (see ``ReportColumn/rankingPreference``).
    var rankingMetric: ReportColumn?
    /// The run manifest, when one was found.
    var manifest: JSONObject?
    /// The result file the report was made from.
    var source: String
    /// Combinations in the plan (from the records).
    var total: Int
    /// Plan hashes found in the records (one, for a consistent file).
    var planHashes: [String]
    /// metadesign versions found in the records.
    var versions: [String]
    /// Each chassis with its model sha256, from the records.
    var modelDigests: [(chassis: String, sha256: String)]

    /// Arranges `records`.
    init(records: [ResultRecord], manifest: JSONObject?, source: String) {
        self.manifest = manifest
        self.source = source
        let ordered = records.canonicallyOrdered
        rows = Self.fillingProducts(ordered.map(Self.row))
        var numericKeys: [String] = []
        var scoreColumns: [ScoreColumn] = []
        for record in ordered {
            for member in record.fields.members where member.node.value.number != nil {
                if !ReportColumn.hidden.contains(member.key), !numericKeys.contains(member.key) { numericKeys.append(member.key) }
            }
            for column in Self.scoreColumns(of: record) where !scoreColumns.contains(where: { $0.id == column.id }) {
                scoreColumns.append(column)
            }
        }
        let present = Set(numericKeys)
        columns = ReportColumn.known.filter { present.contains($0.key) }
            + numericKeys.filter { key in !ReportColumn.known.contains { $0.key == key } }.map(ReportColumn.named)
        self.scoreColumns = scoreColumns
        rankingMetric = ReportColumn.rankingPreference.lazy.filter { present.contains($0) }.first.map(ReportColumn.named)
        total = ordered.first?.total ?? 0
        planHashes = Self.distinct(ordered.map(\.planHash))
        versions = Self.distinct(ordered.compactMap { $0["metadesign_version"]?.string })
        var digests: [(String, String)] = []
        for record in ordered {
            guard let chassis = record["chassis"]?.string, let digest = record["model_sha256"]?.string,
                  !digests.contains(where: { $0.0 == chassis }) else { continue }
            digests.append((chassis, digest))
        }
        modelDigests = digests
    }

    /// Rows sorted by the ranking metric, best first; rows without it last, in canonical order.
    var ranked: [Row] {
        guard let metric = rankingMetric else { return rows }
        let sign = metric.higherIsBetter ? -1.0 : 1.0
        // A carbon yield above 1 takes carbon from outside the feed (CO2, a rich medium's amino
        // acids): such rows follow the others rather than topping a ranking by carbon yield.
        let outsideCarbon = { (value: Double?) in ReportColumn.exceedsFeedCarbon(metric.key, value) }
        return rows.enumerated().sorted { left, right in
            let a = left.element.metrics[metric.key] ?? nil, b = right.element.metrics[metric.key] ?? nil
            if outsideCarbon(a) != outsideCarbon(b) { return !outsideCarbon(a) }
            switch (a, b) {
            case let (a?, b?) where a != b: return sign * a < sign * b
            case (.some, nil): return true
            case (nil, .some): return false
            default: return left.offset < right.offset
            }
        }.map(\.element)
    }

    /// The product's name with its id (`1,4-butanediol (14bdo)`), or the id alone.
    func productLabel(_ product: String) -> String {
        guard let name = rows.first(where: { $0.product == product })?.productName, !name.isEmpty, name != product else { return product }
        return "\(name) (\(product))"
    }

    /// How many records have each status, most frequent first.
    var statusCounts: [(status: String, count: Int)] {
        var counts: [String: Int] = [:]
        for row in rows { counts[row.status, default: 0] += 1 }
        return counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    /// Distinct values of a dimension, in first-seen (plan) order.
    func values(_ dimension: KeyPath<Row, String>) -> [String] { Self.distinct(rows.map { $0[keyPath: dimension] }) }

    /// The number of records that failed.
    var failedCount: Int { rows.filter { $0.status == "failed" }.count }

    private static func row(_ record: ResultRecord) -> Row {
        var metrics: [String: Double?] = [:]
        for member in record.fields.members {
            if let number = member.node.value.number { metrics[member.key] = number }
            else if member.node.value.isNull { metrics[member.key] = .some(nil) }
        }
        var scores: [String: Double?] = [:]
        for card in record["scores"]?.array ?? [] {
            guard let scorer = card.value.object?["scorer"]?.value.string else { continue }
            for component in card.value.object?["components"]?.value.array ?? [] {
                guard let fields = component.value.object, let key = fields["key"]?.value.string else { continue }
                scores[scorer + "." + key] = fields["value"]?.value.number
            }
        }
        return Row(
            index: record.index, chassis: record["chassis"]?.string ?? "?", pathway: record["pathway"]?.string ?? "?",
            product: record["product"]?.string ?? "",
            substrate: record["substrate"]?.string ?? "?", aeration: record["aeration"]?.string ?? "?",
            productName: record["product_name"]?.string,
            status: record["status"]?.string ?? "?", error: record["error"]?.string, metrics: metrics, scores: scores,
            envelope: record["envelope"].flatMap(envelope), seconds: record["seconds"]?.number)
    }

    /// Records that stopped before the route was read (skipped set-ups) name no product: take
    /// it, and its name, from another record of the same pathway, else the pathway id.
    private static func fillingProducts(_ rows: [Row]) -> [Row] {
        var products: [String: (String, String?)] = [:]
        for row in rows where !row.product.isEmpty && products[row.pathway] == nil { products[row.pathway] = (row.product, row.productName) }
        return rows.map { row in
            guard row.product.isEmpty else { return row }
            var filled = row
            (filled.product, filled.productName) = products[row.pathway] ?? (row.pathway, nil)
            return filled
        }
    }

    private static func envelope(_ value: JSONValue) -> RecordEnvelope? {
        guard let object = value.object, let points = object["points"]?.value.array else { return nil }
        let parsed = points.compactMap { point -> EnvelopePlot.Point? in
            guard let values = point.value.array?.compactMap({ $0.value.number }), values.count == 3 else { return nil }
            return EnvelopePlot.Point(x: values[0], minimum: values[1], maximum: values[2])
        }
        return RecordEnvelope(x: object["x"]?.value.string ?? "x", y: object["y"]?.value.string ?? "product",
                              uptake: object["uptake"]?.value.number, points: parsed)
    }

    private static func scoreColumns(of record: ResultRecord) -> [ScoreColumn] {
        (record["scores"]?.array ?? []).flatMap { card -> [ScoreColumn] in
            guard let scorer = card.value.object?["scorer"]?.value.string else { return [] }
            return (card.value.object?["components"]?.value.array ?? []).compactMap { component in
                guard let fields = component.value.object, let key = fields["key"]?.value.string else { return nil }
                return ScoreColumn(
                    id: scorer + "." + key, scorer: scorer, key: key, unit: fields["unit"]?.value.string ?? "",
                    higherIsBetter: fields["higher_is_better"]?.value.bool ?? true,
                    meaning: fields["meaning"]?.value.string ?? "")
            }
        }
    }

    private static func distinct(_ values: [String]) -> [String] {
        var seen = Set<String>()
        return values.filter { seen.insert($0).inserted }
    }
}
