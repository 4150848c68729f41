/// A minimal ordered JSON document builder for command output.
///
/// Keys keep the order they were added in, numbers are written in Swift's
/// shortest round-trip form, and non-finite numbers (which JSON cannot hold) become `null`.
public indirect enum JSONText: Sendable {
    /// A string.
    case string(String)
    /// A number.
    case number(Double)
    /// An integer.
    case integer(Int)
    /// A boolean.
    case bool(Bool)
    /// `null`.
    case null
    /// An array.
    case array([JSONText])
    /// An object with ordered keys.
    case object([(String, JSONText)])

    /// The document as compact (`pretty == false`) or indented JSON text.
    public func rendered(pretty: Bool = true) -> String {
        var output = ""
        write(to: &output, indent: pretty ? 0 : nil)
        return output
    }

    private func write(to output: inout String, indent: Int?) {
        switch self {
        case .string(let text): output += Self.quoted(text)
        case .number(let value): output += value.isFinite ? Self.numberText(value) : "null"
        case .integer(let value): output += String(value)
        case .bool(let value): output += value ? "true" : "false"
        case .null: output += "null"
        case .array(let items):
            writeContainer(items.map { (nil, $0) }, open: "[", close: "]", to: &output, indent: indent)
        case .object(let pairs):
            writeContainer(pairs.map { ($0.0, $0.1) }, open: "{", close: "}", to: &output, indent: indent)
        }
    }

    private func writeContainer(_ items: [(String?, JSONText)], open: String, close: String,
                                to output: inout String, indent: Int?) {
        output += open
        if items.isEmpty { output += close; return }
        let inner = indent.map { $0 + 2 }
        for (position, (key, value)) in items.enumerated() {
            if position > 0 { output += "," }
            if let inner { output += "\n" + String(repeating: " ", count: inner) }
            if let key { output += Self.quoted(key) + (indent == nil ? ":" : ": ") }
            value.write(to: &output, indent: inner)
        }
        if let indent { output += "\n" + String(repeating: " ", count: indent) }
        output += close
    }

    /// `value` in shortest round-trip form, integers without a fraction.
    static func numberText(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }

    /// `text` as a JSON string literal with the required escapes.
    public static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
