/// A parsed JSON value together with the line it starts on.
///
/// The line travels with every value so that a reader can report a semantic problem
/// (a bad bound, an unknown metabolite) at the place in the file where it was written.
struct JSONNode: Sendable {
    /// The value.
    var value: JSONValue
    /// The 1-based line on which the value's first character stands.
    var line: Int
}

/// A JSON value. Python's `json` module also accepts `NaN` and `±Infinity`, so they
/// are parsed into `.number` and left for the reader to judge.
enum JSONValue: Sendable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONNode])
    case object(JSONObject)

    /// A short name of the kind of value, for error messages ("a string", "an object").
    var kindName: String {
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
struct JSONObject: Sendable {
    /// The members, in the order they appear in the file (duplicates included).
    var members: [(key: String, node: JSONNode)]

    /// The value for `key`; the last one wins when a key repeats, as in Python's `json`.
    subscript(key: String) -> JSONNode? {
        var index = members.count
        while index > 0 {
            index -= 1
            if members[index].key == key { return members[index].node }
        }
        return nil
    }
}
