import OrderedCollections

/// Turns a parsed COBRA JSON document into a `Model`, checking each element where it
/// stands so that every complaint carries the line of the value at fault.
///
/// The semantics follow COBRApy 0.32's `model_from_dict`; where COBRApy is looser than
/// `Model` allows (an empty compartment id, a non-integral charge) the decoder repairs
/// the value and records a warning instead of refusing the file.
struct COBRAJSONDecoder {
    let file: String
    var warnings: [String] = []
    /// Declared compartments, in file order, plus those added for undeclared references.
    var compartments: OrderedDictionary<String, String> = [:]
    /// Where each metabolite, reaction and gene was declared, to report duplicates and
    /// to place errors `Model` finds after decoding.
    var metaboliteLines: [String: Int] = [:]
    var reactionLines: [String: Int] = [:]
    var geneLines: [String: Int] = [:]

    init(file: String) { self.file = file }

    func fail(_ line: Int, _ message: String) -> ModelReadError {
        ModelReadError(file: file, line: line, message: message)
    }

    // MARK: Field access

    func object(_ node: JSONNode, _ what: @autoclosure () -> String) throws(ModelReadError) -> JSONObject {
        guard case .object(let object) = node.value else {
            throw fail(node.line, "\(what()) must be an object, not \(node.value.kindName)")
        }
        return object
    }

    func array(_ node: JSONNode, _ what: @autoclosure () -> String) throws(ModelReadError) -> [JSONNode] {
        guard case .array(let elements) = node.value else {
            throw fail(node.line, "\(what()) must be an array, not \(node.value.kindName)")
        }
        return elements
    }

    /// The element's non-empty `id`; `kind` names the element in messages ("reaction").
    func id(of element: JSONObject, line: Int, kind: String) throws(ModelReadError) -> String {
        guard let node = element["id"] else { throw fail(line, "a \(kind) has no \"id\"") }
        guard case .string(let id) = node.value else {
            throw fail(node.line, "a \(kind)'s \"id\" must be a string, not \(node.value.kindName)")
        }
        if id.isEmpty { throw fail(node.line, "a \(kind) has an empty \"id\"") }
        return id
    }

    /// An optional string field; `null` counts as absent, as COBRApy writes `None` that way.
    func optionalString(_ element: JSONObject, _ key: String, context: @autoclosure () -> String) throws(ModelReadError) -> String? {
        guard let node = element[key] else { return nil }
        switch node.value {
        case .null: return nil
        case .string(let text): return text
        default: throw fail(node.line, "\(context()): \"\(key)\" must be a string, not \(node.value.kindName)")
        }
    }

    /// A number that must be finite (a stoichiometric or objective coefficient).
    func finiteNumber(_ node: JSONNode, _ what: @autoclosure () -> String) throws(ModelReadError) -> Double {
        guard case .number(let value) = node.value else {
            throw fail(node.line, "\(what()) must be a number, not \(node.value.kindName)")
        }
        guard value.isFinite else { throw fail(node.line, "\(what()) must be finite, not \(formatNumber(value))") }
        return value
    }

    /// A flux bound: a number, or a string Python's `float()` accepts, since COBRApy
    /// writes infinite bounds as `"inf"` and `"-inf"` (JSON has no infinity).
    func bound(_ node: JSONNode, _ what: @autoclosure () -> String) throws(ModelReadError) -> Double {
        let value: Double
        switch node.value {
        case .number(let number):
            value = number
        case .string(let text):
            guard let number = Double(text.trimmingASCIIWhitespace()) else {
                throw fail(node.line, "\(what()) must be a number, not the string \"\(text)\"")
            }
            value = number
        default:
            throw fail(node.line, "\(what()) must be a number, not \(node.value.kindName)")
        }
        if value.isNaN { throw fail(node.line, "\(what()) is NaN") }
        return value
    }

    /// Free text from a notes value. Lists (BiGG writes every note as one) are joined
    /// with "; " because `notes` holds one string per key.
    func text(_ node: JSONNode, _ what: @autoclosure () -> String) throws(ModelReadError) -> String {
        switch node.value {
        case .null: return ""
        case .string(let text): return text
        case .bool(let flag): return flag ? "true" : "false"
        case .number(let number): return formatNumber(number)
        case .array(let elements):
            var parts: [String] = []
            parts.reserveCapacity(elements.count)
            for element in elements { parts.append(try text(element, what())) }
            return parts.joined(separator: "; ")
        case .object: throw fail(node.line, "\(what()) must be text or a list of text, not an object")
        }
    }

    /// A `notes` field: an object of key → text. COBRApy also lets a model's notes be a
    /// bare string; that is kept under the key `text`.
    func notes(_ element: JSONObject, context: @autoclosure () -> String) throws(ModelReadError) -> OrderedDictionary<String, String> {
        guard let node = element["notes"] else { return [:] }
        switch node.value {
        case .null: return [:]
        case .string(let text): return text.isEmpty ? [:] : ["text": text]
        case .object(let object):
            var notes = OrderedDictionary<String, String>(minimumCapacity: object.members.count)
            for (key, value) in object.members {
                notes[key] = try text(value, "\(context()): note \"\(key)\"")
            }
            return notes
        default:
            throw fail(node.line, "\(context()): \"notes\" must be an object, not \(node.value.kindName)")
        }
    }
}

extension String {
    /// The string without leading and trailing spaces, tabs and line breaks.
    func trimmingASCIIWhitespace() -> Substring {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return self[first...last]
    }
}
