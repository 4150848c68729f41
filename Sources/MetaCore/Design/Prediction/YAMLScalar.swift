/// Writes a string as a YAML scalar: plain when YAML reads it back as that same string,
/// double-quoted (with escapes) otherwise — numbers, booleans, nulls, leading indicators,
/// `: ` or ` #` inside, surrounding spaces, control characters.
enum YAMLScalar {
    /// `text` ready to follow `key: ` or `- ` in block YAML.
    static func string(_ text: String) -> String {
        isPlainSafe(text) ? text : quoted(text)
    }

    /// `value` as a YAML number (integers without a fraction); `.nan`/`.inf` spelt the YAML way.
    static func number(_ value: Double) -> String {
        if value.isNaN { return ".nan" }
        if value.isInfinite { return value > 0 ? ".inf" : "-.inf" }
        return formatNumber(value)
    }

    /// A flow sequence of strings, `[a, b]`.
    static func list(_ items: [String]) -> String {
        "[" + items.map { isPlainSafe($0) && !$0.contains(where: { ",[]{}".contains($0) }) ? $0 : quoted($0) }
            .joined(separator: ", ") + "]"
    }

    private static let reserved: Set<String> = [
        "", "~", "null", "true", "false", "yes", "no", "on", "off", "y", "n", ".nan", ".inf", "-.inf", "+.inf",
    ]

    private static func isPlainSafe(_ text: String) -> Bool {
        guard let first = text.first, let last = text.last else { return false }
        if reserved.contains(text.lowercased()) { return false }
        if "-?:,[]{}#&*!|>'\"%@`".contains(first) || first == " " || last == " " || last == ":" { return false }
        if text.contains(": ") || text.contains(" #") || text.contains(where: { $0.isNewline || $0 == "\t" }) { return false }
        if text.unicodeScalars.contains(where: { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }) { return false }
        // Anything YAML could read as a number (1e3, 0x1F, 0o7, 1_000, .5) stays a string only when quoted.
        let numeric = text.replacingOccurrences(of: "_", with: "")
        if Double(numeric) != nil || Int(numeric.dropFirst(2), radix: 16) != nil && numeric.lowercased().hasPrefix("0x")
            || numeric.lowercased().hasPrefix("0o") && Int(numeric.dropFirst(2), radix: 8) != nil {
            return false
        }
        return true
    }

    /// A YAML double-quoted scalar. YAML's double-quoted style accepts JSON's escapes, so the
    /// JSON quoting serves; YAML additionally wants DEL and the C1 controls (NEL is a line break) escaped.
    private static func quoted(_ text: String) -> String {
        var result = ""
        for scalar in JSONText.quoted(text).unicodeScalars {
            if (0x7F...0x9F).contains(scalar.value) {
                result += "\\u00" + String(scalar.value, radix: 16)
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
