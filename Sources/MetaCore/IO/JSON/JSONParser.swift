/// A JSON syntax error at a line of the input.
public struct JSONSyntaxError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The 1-based line where the parser gave up.
    public var line: Int
    /// What the parser expected or found.
    public var message: String

    /// `line N: message`.
    public var description: String { "line \(line): \(message)" }
}

/// A strict RFC 8259 parser over raw bytes that records the line of every value.
///
/// Written by hand because Foundation's `JSONSerialization` reports neither the line of
/// a syntax error nor where a value came from. It also accepts Python's `NaN`,
/// `Infinity` and `-Infinity`, because `json.dump(allow_nan=True)` writes them and
/// COBRApy reads them. Nesting is capped so that hostile input cannot exhaust the stack.
struct JSONParser {
    /// How deeply arrays and objects may nest; model files need four or five levels.
    static let maximumDepth = 512

    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0
    var line = 1
    var depth = 0

    /// Parses a whole document: one value, optionally preceded by a UTF-8 byte-order mark.
    static func parse(_ input: [UInt8]) throws(JSONSyntaxError) -> JSONNode {
        let result: Result<JSONNode, JSONSyntaxError> = input.withUnsafeBufferPointer { buffer in
            var parser = JSONParser(bytes: buffer)
            return Result { () throws(JSONSyntaxError) -> JSONNode in try parser.parseDocument() }
        }
        return try result.get()
    }

    mutating func parseDocument() throws(JSONSyntaxError) -> JSONNode {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { index = 3 }
        skipWhitespace()
        if index == bytes.count { throw fail("the document is empty") }
        let root = try parseValue()
        skipWhitespace()
        if index != bytes.count { throw fail("unexpected \(describe(bytes[index])) after the end of the document") }
        return root
    }

    func fail(_ message: String) -> JSONSyntaxError { JSONSyntaxError(line: line, message: message) }

    /// Names a byte for a message: printable ASCII quoted, anything else in hex.
    func describe(_ byte: UInt8) -> String {
        if byte >= 0x21 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
        return "byte 0x" + String(byte, radix: 16, uppercase: true)
    }

    mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x0A: line += 1
            case 0x20, 0x09, 0x0D: break
            default: return
            }
            index += 1
        }
    }

    mutating func parseValue() throws(JSONSyntaxError) -> JSONNode {
        guard index < bytes.count else { throw fail("unexpected end of input: a value is missing (truncated file?)") }
        let startLine = line
        let value: JSONValue
        switch bytes[index] {
        case UInt8(ascii: "{"): value = .object(try parseObject())
        case UInt8(ascii: "["): value = .array(try parseArray())
        case UInt8(ascii: "\""): value = .string(try parseString())
        case UInt8(ascii: "t"): try expectWord("true"); value = .bool(true)
        case UInt8(ascii: "f"): try expectWord("false"); value = .bool(false)
        case UInt8(ascii: "n"): try expectWord("null"); value = .null
        case UInt8(ascii: "N"): try expectWord("NaN"); value = .number(.nan)
        case UInt8(ascii: "I"): try expectWord("Infinity"); value = .number(.infinity)
        case UInt8(ascii: "-") where index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "I"):
            index += 1
            try expectWord("Infinity")
            value = .number(-.infinity)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): value = .number(try parseNumber())
        default: throw fail("unexpected \(describe(bytes[index])): expected a value")
        }
        return JSONNode(value: value, line: startLine)
    }

    mutating func expectWord(_ word: StaticString) throws(JSONSyntaxError) {
        let count = word.utf8CodeUnitCount
        let matches = index + count <= bytes.count && (0..<count).allSatisfy { bytes[index + $0] == word.utf8Start[$0] }
        guard matches else { throw fail("invalid literal: expected '\(word)'") }
        index += count
    }

    mutating func enter() throws(JSONSyntaxError) {
        depth += 1
        if depth > Self.maximumDepth { throw fail("arrays and objects nest more than \(Self.maximumDepth) levels deep") }
    }

    mutating func parseArray() throws(JSONSyntaxError) -> [JSONNode] {
        try enter()
        defer { depth -= 1 }
        index += 1
        var elements: [JSONNode] = []
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
            index += 1
            return elements
        }
        while true {
            skipWhitespace()
            elements.append(try parseValue())
            skipWhitespace()
            guard index < bytes.count else { throw fail("unexpected end of input inside an array (truncated file?)") }
            switch bytes[index] {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: "]"): index += 1; return elements
            default: throw fail("unexpected \(describe(bytes[index])) in an array: expected ',' or ']'")
            }
        }
    }

    mutating func parseObject() throws(JSONSyntaxError) -> JSONObject {
        try enter()
        defer { depth -= 1 }
        index += 1
        var members: [(key: String, node: JSONNode)] = []
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
            index += 1
            return JSONObject(members: members)
        }
        while true {
            skipWhitespace()
            guard index < bytes.count else { throw fail("unexpected end of input inside an object (truncated file?)") }
            guard bytes[index] == UInt8(ascii: "\"") else {
                throw fail("unexpected \(describe(bytes[index])) in an object: expected a quoted key")
            }
            let key = try parseString()
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
                throw fail(index < bytes.count ? "expected ':' after key \"\(key)\"" : "unexpected end of input after key \"\(key)\" (truncated file?)")
            }
            index += 1
            skipWhitespace()
            members.append((key, try parseValue()))
            skipWhitespace()
            guard index < bytes.count else { throw fail("unexpected end of input inside an object (truncated file?)") }
            switch bytes[index] {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: "}"): index += 1; return JSONObject(members: members)
            default: throw fail("unexpected \(describe(bytes[index])) in an object: expected ',' or '}'")
            }
        }
    }

    mutating func parseNumber() throws(JSONSyntaxError) -> Double {
        let start = index
        var isInteger = true
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard index < bytes.count, isDigit(bytes[index]) else { throw fail("invalid number: a digit must follow '-'") }
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
            if index < bytes.count, isDigit(bytes[index]) { throw fail("invalid number: leading zeros are not allowed") }
        } else {
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            isInteger = false
            index += 1
            guard index < bytes.count, isDigit(bytes[index]) else { throw fail("invalid number: a digit must follow '.'") }
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            isInteger = false
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard index < bytes.count, isDigit(bytes[index]) else { throw fail("invalid number: the exponent has no digits") }
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        let digits = UnsafeBufferPointer(rebasing: bytes[start..<index])
        // Integers of up to 15 digits are exact in a Double, so skip the general conversion.
        if isInteger, digits.count <= 16 {
            var magnitude = 0
            var negative = false
            for byte in digits {
                if byte == UInt8(ascii: "-") { negative = true } else { magnitude = magnitude * 10 + Int(byte &- 0x30) }
            }
            if magnitude < 1 << 53 { return Double(negative ? -magnitude : magnitude) }
        }
        // Double(String) is correctly rounded, so every shortest-form number round-trips.
        guard let value = Double(String(decoding: digits, as: UTF8.self)) else {
            throw fail("invalid number '\(String(decoding: digits, as: UTF8.self))'")
        }
        return value
    }

    func isDigit(_ byte: UInt8) -> Bool { byte &- UInt8(ascii: "0") < 10 }
}
