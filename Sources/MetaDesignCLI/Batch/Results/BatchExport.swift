import MetaCore

/// Flattens result records into a table for spreadsheets and data frames.
///
/// One row per record in canonical order. Columns are the records' top-level fields in the
/// order first seen; nested objects become dotted columns (`a.b`), each scorer's components
/// become `<scorer>.<component>` columns (and `<scorer>.error` when it failed), other arrays
/// are written as compact JSON, and the envelope is left out (`report` draws it).
enum BatchExport {
    /// The separated-values flavours.
    enum Format: String, CaseIterable, Sendable {
        /// Comma-separated, RFC 4180 quoting.
        case csv
        /// Tab-separated; tabs and line breaks inside values become spaces.
        case tsv
    }

    /// Fields left out of the table.
    static let omitted: Set<String> = ["envelope"]

    /// The header and rows of `records`.
    static func table(_ records: [ResultRecord]) -> (header: [String], rows: [[String: String]]) {
        var header: [String] = []
        var known = Set<String>()
        var rows: [[String: String]] = []
        for record in records.canonicallyOrdered {
            var row: [String: String] = [:]
            for member in record.fields.members where !omitted.contains(member.key) {
                flatten(member.node.value, name: member.key, into: &row, header: &header, known: &known)
            }
            rows.append(row)
        }
        return (header, rows)
    }

    /// The table as text in `format`, with a header line.
    static func render(_ records: [ResultRecord], format: Format) -> String {
        let (header, rows) = table(records)
        let cell: (String) -> String = switch format {
        case .csv: csvField
        case .tsv: { $0.map { "\t\n\r".contains($0) ? " " : String($0) }.joined() }
        }
        let separator = format == .csv ? "," : "\t"
        let lines = [header.map(cell).joined(separator: separator)]
            + rows.map { row in header.map { cell(row[$0] ?? "") }.joined(separator: separator) }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func flatten(_ value: JSONValue, name: String, into row: inout [String: String],
                                header: inout [String], known: inout Set<String>) {
        func put(_ column: String, _ text: String) {
            if known.insert(column).inserted { header.append(column) }
            row[column] = text
        }
        switch value {
        case .object(let object):
            for member in object.members {
                flatten(member.node.value, name: name + "." + member.key, into: &row, header: &header, known: &known)
            }
        case .array(let items) where name == "scores":
            for item in items {
                guard let card = item.value.object, let scorer = card["scorer"]?.value.string else { continue }
                if let error = card["error"]?.value.string { put(scorer + ".error", error) }
                for component in card["components"]?.value.array ?? [] {
                    guard let fields = component.value.object, let key = fields["key"]?.value.string else { continue }
                    put(scorer + "." + key, fields["value"].map { text(of: $0.value) } ?? "")
                }
            }
        default:
            put(name, text(of: value))
        }
    }

    /// A scalar as a cell; arrays and objects as compact JSON.
    static func text(of value: JSONValue) -> String {
        switch value {
        case .null: ""
        case .bool(let flag): flag ? "true" : "false"
        case .number(let number): csvNumber(number)
        case .string(let text): text
        case .array, .object: JSONText(JSONNode(value: value, line: 0)).rendered(pretty: false)
        }
    }
}
