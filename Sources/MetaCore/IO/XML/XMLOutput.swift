/// A growing UTF-8 buffer for writing XML, with escaping and indentation.
struct XMLOutput {
    private(set) var bytes: [UInt8] = []
    private var depth = 0
    private var names: [String] = []

    /// Creates an empty buffer whose first element is indented as if `depth` elements were open.
    init(capacity: Int = 1 << 16, depth: Int = 0) {
        bytes.reserveCapacity(capacity)
        self.depth = depth
    }

    mutating func raw(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    /// Appends already-serialised XML.
    mutating func append(_ other: [UInt8]) {
        bytes.append(contentsOf: other)
    }

    private mutating func indent() {
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * depth))
    }

    /// `<name a="v" …>` (or `<name … />` when `empty`), on its own line.
    mutating func open(_ name: String, _ attributes: [(String, String?)] = [], empty: Bool = false) {
        indent()
        bytes.append(UInt8(ascii: "<"))
        raw(name)
        for (key, value) in attributes {
            guard let value else { continue }
            bytes.append(UInt8(ascii: " "))
            raw(key)
            raw("=\"")
            escape(value, inAttribute: true)
            bytes.append(UInt8(ascii: "\""))
        }
        raw(empty ? "/>\n" : ">\n")
        if !empty {
            names.append(name)
            depth += 1
        }
    }

    /// Closes the innermost element opened with `open`.
    mutating func close() {
        depth -= 1
        indent()
        raw("</")
        raw(names.removeLast())
        raw(">\n")
    }

    /// `<name>text</name>` on one line.
    mutating func element(_ name: String, text: String) {
        indent()
        raw("<\(name)>")
        escape(text, inAttribute: false)
        raw("</\(name)>\n")
    }

    /// Appends `text` with `&`, `<`, `>` (and, in attributes, quotes and line breaks) escaped.
    mutating func escape(_ text: String, inAttribute: Bool) {
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "&"): raw("&amp;")
            case UInt8(ascii: "<"): raw("&lt;")
            case UInt8(ascii: ">"): raw("&gt;")
            case UInt8(ascii: "\"") where inAttribute: raw("&quot;")
            case 0x0A where inAttribute: raw("&#10;")
            case 0x0D: raw("&#13;")
            case 0x09 where inAttribute: raw("&#9;")
            default: bytes.append(byte)
            }
        }
    }
}
