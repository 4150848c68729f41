import MetaCore

/// A record read back from a result stream, with where it came from.
struct ResultRecord: Sendable {
    /// The file it was read from.
    var file: String
    /// Its 1-based line in that file.
    var line: Int
    /// The line's text, without the line break, exactly as written.
    var text: String
    /// The parsed record.
    var fields: JSONObject
    /// `combination_index`.
    var index: Int
    /// `combination_total`.
    var total: Int
    /// `record_key`.
    var key: String
    /// `plan_sha256`.
    var planHash: String

    /// `file:line`, for messages.
    var location: String { "\(file):\(line)" }

    /// The record on `line` of `file`.
    ///
    /// - Throws: ``ResultFileError`` when the line is not JSON or lacks the provenance fields.
    init(text: String, file: String, line: Int) throws(ResultFileError) {
        let node: JSONNode
        do throws(JSONSyntaxError) {
            node = try JSONNode.parse(text)
        } catch {
            throw ResultFileError(file: file, line: line, message: "not a JSON record (\(error.message))")
        }
        guard let fields = node.value.object else {
            throw ResultFileError(file: file, line: line, message: "not a batch record (\(node.value.kindName), not an object)")
        }
        func required<Value>(_ key: String, _ read: (JSONValue) -> Value?) throws(ResultFileError) -> Value {
            guard let value = fields[key].flatMap({ read($0.value) }) else {
                throw ResultFileError(file: file, line: line, message: "not a batch record (no valid \(key))")
            }
            return value
        }
        self.file = file
        self.line = line
        self.text = text
        self.fields = fields
        index = try required("combination_index", \.integer)
        total = try required("combination_total", \.integer)
        key = try required("record_key", \.string)
        planHash = try required("plan_sha256", \.string)
        guard total > 0, (0..<total).contains(index) else {
            throw ResultFileError(file: file, line: line, message: "combination_index \(index) is outside 0..<\(total)")
        }
    }

    /// The value of a top-level field.
    subscript(key: String) -> JSONValue? { fields[key]?.value }

    /// The record's fields without the timing ones, rendered canonically: what two runs of the
    /// same plan must agree on.
    var comparable: String {
        JSONText.object(fields.members.filter { !BatchRecord.timingFields.contains($0.key) }.map { ($0.key, JSONText($0.node)) })
            .rendered(pretty: false)
    }
}

/// Why a result file could not be read, written or used.
struct ResultFileError: Error, Sendable, CustomStringConvertible {
    /// The file.
    var file: String
    /// The 1-based line, when the problem is on one.
    var line: Int?
    /// What is wrong and what to do.
    var message: String

    /// `file:line: message`.
    var description: String { (line.map { "\(file):\($0)" } ?? file) + ": " + message }
}
