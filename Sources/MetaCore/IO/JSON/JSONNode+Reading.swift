/// The public face of the line-tracking JSON parser, for readers of metadesign's own JSON
/// output (batch result streams, reports) that want the line of every value.
///
/// ```swift
/// let record = try JSONNode.parse(Array(#"{"chassis": "ecoli", "yield": 0.8}"#.utf8))
/// let chassis = record.value.object?["chassis"]?.value.string   // "ecoli"
/// ```
extension JSONNode {
    /// Parses one JSON document (RFC 8259, plus Python's `NaN` and `±Infinity`).
    ///
    /// - Throws: ``JSONSyntaxError`` with the line where the text stops being JSON.
    /// - Complexity: O(n) in the input's length.
    public static func parse(_ bytes: [UInt8]) throws(JSONSyntaxError) -> JSONNode {
        try JSONParser.parse(bytes)
    }

    /// Parses one JSON document from text.
    public static func parse(_ text: String) throws(JSONSyntaxError) -> JSONNode {
        try JSONParser.parse(Array(text.utf8))
    }
}

extension JSONValue {
    /// The string, when the value is one.
    public var string: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    /// The number, when the value is one.
    public var number: Double? {
        if case .number(let value) = self { return value }
        return nil
    }

    /// The number as an `Int`, when the value is a whole number that fits.
    public var integer: Int? {
        guard case .number(let value) = self, value == value.rounded(), abs(value) < 9e15 else { return nil }
        return Int(value)
    }

    /// The boolean, when the value is one.
    public var bool: Bool? {
        if case .bool(let flag) = self { return flag }
        return nil
    }

    /// The elements, when the value is an array.
    public var array: [JSONNode]? {
        if case .array(let elements) = self { return elements }
        return nil
    }

    /// The object, when the value is one.
    public var object: JSONObject? {
        if case .object(let object) = self { return object }
        return nil
    }

    /// Whether the value is `null`.
    public var isNull: Bool {
        if case .null = self { return true }
        return false
    }
}

extension JSONObject {
    /// The keys in file order (a repeated key appears as often as it is written).
    public var keys: [String] { members.map(\.key) }
}

extension JSONText {
    /// `node` as a document to render again; members keep their order, lines are dropped.
    public init(_ node: JSONNode) {
        switch node.value {
        case .null: self = .null
        case .bool(let flag): self = .bool(flag)
        case .number(let value): self = .number(value)
        case .string(let text): self = .string(text)
        case .array(let elements): self = .array(elements.map(JSONText.init))
        case .object(let object): self = .object(object.members.map { ($0.key, JSONText($0.node)) })
        }
    }
}
