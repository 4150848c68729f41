/// A parsed JSON value together with the line it starts on.
///
/// The line travels with every value so that a reader can report a semantic problem
/// (a bad bound, an unknown metabolite) at the place in the file where it was written.
public struct JSONNode: Sendable {
    /// The value.
    public var value: JSONValue
    /// The 1-based line on which the value's first character stands.
    public var line: Int

    /// A node from its value and line.
    public init(value: JSONValue, line: Int) {
        self.value = value
        self.line = line
    }
}

/// A JSON value. Python's `json` module also accepts `NaN` and `±Infinity`, so they
/// are parsed into `.number` and left for the reader to judge.
public enum JSONValue: Sendable {
    /// `null`.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// A number (integers included; JSON does not tell them apart).
    case number(Double)
    /// A string.
    case string(String)
    /// An array of values, each with its line.
    case array([JSONNode])
    /// An object, its members in file order.
    case object(JSONObject)

    /// A short name of the kind of value, for error messages ("a string", "an object").
    public var kindName: String {
        switch self {
        case .null: return "null"
        case .bool: return "a boolean"
        case .number: return "a number"
        case .string: return "a string"
        case .array: return "an array"
        case .object: return "an object"
        }
    }
}

/// A JSON object's members in file order.
///
/// Kept as a list rather than a dictionary: objects in model files are small, file order
/// matters for stoichiometry and annotations, and a linear scan beats hashing at this size.
public struct JSONObject: Sendable {
    /// The members, in the order they appear in the file (duplicates included).
    public var members: [(key: String, node: JSONNode)]

    /// An object from its members.
    public init(members: [(key: String, node: JSONNode)]) {
        self.members = members
    }

    /// The value for `key`; the last one wins when a key repeats, as in Python's `json`.
    public subscript(key: String) -> JSONNode? {
        var index = members.count
        while index > 0 {
            index -= 1
            if members[index].key == key { return members[index].node }
        }
        return nil
    }
}
