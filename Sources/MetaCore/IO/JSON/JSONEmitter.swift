/// Writes JSON in the layout of Python's `json.dump(indent=0, separators=(",", ":"))`,
/// which is what COBRApy's `save_json_model` produces: one member or element per line,
/// no indentation, non-ASCII escaped as `\uXXXX`.
///
/// The one-item-per-line layout keeps files diffable and gives readers useful line numbers.
struct JSONEmitter {
    private(set) var bytes: [UInt8] = []
    /// For each open container, whether it already has an item (so the next needs a comma).
    private var hasItems: [Bool] = []

    init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    mutating func beginObject() { bytes.append(UInt8(ascii: "{")); hasItems.append(false) }
    mutating func endObject() { close(UInt8(ascii: "}")) }
    mutating func beginArray() { bytes.append(UInt8(ascii: "[")); hasItems.append(false) }
    mutating func endArray() { close(UInt8(ascii: "]")) }

    private mutating func close(_ bracket: UInt8) {
        if hasItems.removeLast() { bytes.append(0x0A) }
        bytes.append(bracket)
    }

    /// Starts the next array element on its own line.
    mutating func item() {
        if hasItems[hasItems.count - 1] { bytes.append(UInt8(ascii: ",")) }
        bytes.append(0x0A)
        hasItems[hasItems.count - 1] = true
    }

    /// Starts the next object member, `"key":`, on its own line; the value follows.
    mutating func key(_ key: String) {
        item()
        string(key)
        bytes.append(UInt8(ascii: ":"))
    }

    /// A finite number in Swift's shortest round-trip form (`1.0`, `1e-05`), which Python
    /// parses back to the same double.
    /// `Model` keeps coefficients finite; should one slip through, it is written as a
    /// string (as COBRApy does for bounds) rather than as invalid JSON or a crash.
    mutating func number(_ value: Double) {
        if value.isFinite {
            bytes.append(contentsOf: value.description.utf8)
        } else {
            string(value.isNaN ? "nan" : value > 0 ? "inf" : "-inf")
        }
    }

    mutating func integer(_ value: Int) { bytes.append(contentsOf: String(value).utf8) }

    mutating func string(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x22: bytes.append(contentsOf: [0x5C, 0x22])
            case 0x5C: bytes.append(contentsOf: [0x5C, 0x5C])
            case 0x0A: bytes.append(contentsOf: [0x5C, UInt8(ascii: "n")])
            case 0x0D: bytes.append(contentsOf: [0x5C, UInt8(ascii: "r")])
            case 0x09: bytes.append(contentsOf: [0x5C, UInt8(ascii: "t")])
            case 0x08: bytes.append(contentsOf: [0x5C, UInt8(ascii: "b")])
            case 0x0C: bytes.append(contentsOf: [0x5C, UInt8(ascii: "f")])
            case 0x20..<0x7F: bytes.append(UInt8(scalar.value))
            case 0x10000...:
                let offset = scalar.value - 0x10000
                unicodeEscape(0xD800 + (offset >> 10))
                unicodeEscape(0xDC00 + (offset & 0x3FF))
            default: unicodeEscape(scalar.value)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private mutating func unicodeEscape(_ unit: UInt32) {
        let hex: [UInt8] = Array("0123456789abcdef".utf8)
        bytes.append(contentsOf: [0x5C, UInt8(ascii: "u")])
        for shift in stride(from: 12, through: 0, by: -4) { bytes.append(hex[Int(unit >> UInt32(shift) & 0xF)]) }
    }
}
