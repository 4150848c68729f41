extension JSONParser {
    /// Parses a string literal starting at its opening quote.
    ///
    /// Strings without escapes (nearly all of them in model files) are decoded straight
    /// from the input; only escaped ones are rebuilt byte by byte. Invalid UTF-8 is an
    /// error rather than being replaced silently, as Python's reader would also refuse it.
    mutating func parseString() throws(JSONSyntaxError) -> String {
        index += 1
        let start = index
        var isASCII = true
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                let content = UnsafeBufferPointer(rebasing: bytes[start..<index])
                index += 1
                if !isASCII { try validateUTF8(content) }
                return String(decoding: content, as: UTF8.self)
            }
            if byte == UInt8(ascii: "\\") { return try parseEscapedString(from: start) }
            if byte < 0x20 { throw fail(controlCharacterMessage(byte)) }
            if byte >= 0x80 { isASCII = false }
            index += 1
        }
        throw fail("unterminated string (truncated file?)")
    }

    private func controlCharacterMessage(_ byte: UInt8) -> String {
        byte == 0x0A ? "unterminated string: a line break inside a string must be written \\n"
            : "control character \(describe(byte)) inside a string must be escaped"
    }

    private mutating func parseEscapedString(from start: Int) throws(JSONSyntaxError) -> String {
        var buffer = Array(UnsafeBufferPointer(rebasing: bytes[start..<index]))
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                index += 1
                try buffer.withUnsafeBufferPointer { (content) throws(JSONSyntaxError) in try validateUTF8(content) }
                return String(decoding: buffer, as: UTF8.self)
            }
            if byte < 0x20 { throw fail(controlCharacterMessage(byte)) }
            if byte != UInt8(ascii: "\\") {
                buffer.append(byte)
                index += 1
                continue
            }
            index += 1
            guard index < bytes.count else { break }
            let escape = bytes[index]
            index += 1
            switch escape {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): buffer.append(escape)
            case UInt8(ascii: "b"): buffer.append(0x08)
            case UInt8(ascii: "f"): buffer.append(0x0C)
            case UInt8(ascii: "n"): buffer.append(0x0A)
            case UInt8(ascii: "r"): buffer.append(0x0D)
            case UInt8(ascii: "t"): buffer.append(0x09)
            case UInt8(ascii: "u"): appendUTF8(of: try parseUnicodeEscape(), to: &buffer)
            default: throw fail("invalid escape '\\\(Character(Unicode.Scalar(escape)))' in a string")
            }
        }
        throw fail("unterminated string (truncated file?)")
    }

    /// Reads the hex digits after `\u`, joining a UTF-16 surrogate pair into one scalar.
    private mutating func parseUnicodeEscape() throws(JSONSyntaxError) -> UInt32 {
        let first = try readHex4()
        switch first {
        case 0xD800...0xDBFF:
            guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
                throw fail("unpaired UTF-16 surrogate \\u\(String(first, radix: 16)) in a string")
            }
            index += 2
            let second = try readHex4()
            guard (0xDC00...0xDFFF).contains(second) else {
                throw fail("unpaired UTF-16 surrogate \\u\(String(first, radix: 16)) in a string")
            }
            return 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
        case 0xDC00...0xDFFF:
            throw fail("unpaired UTF-16 surrogate \\u\(String(first, radix: 16)) in a string")
        default:
            return first
        }
    }

    private mutating func readHex4() throws(JSONSyntaxError) -> UInt32 {
        guard index + 4 <= bytes.count else { throw fail("truncated \\u escape in a string") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw fail("invalid \\u escape: \(describe(byte)) is not a hex digit")
            }
            value = value << 4 | UInt32(digit)
            index += 1
        }
        return value
    }

    private func appendUTF8(of scalar: UInt32, to buffer: inout [UInt8]) {
        switch scalar {
        case ..<0x80:
            buffer.append(UInt8(scalar))
        case ..<0x800:
            buffer.append(UInt8(0xC0 | scalar >> 6))
            buffer.append(UInt8(0x80 | scalar & 0x3F))
        case ..<0x10000:
            buffer.append(UInt8(0xE0 | scalar >> 12))
            buffer.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            buffer.append(UInt8(0x80 | scalar & 0x3F))
        default:
            buffer.append(UInt8(0xF0 | scalar >> 18))
            buffer.append(UInt8(0x80 | scalar >> 12 & 0x3F))
            buffer.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            buffer.append(UInt8(0x80 | scalar & 0x3F))
        }
    }

    /// Checks well-formed UTF-8 (no overlong forms, surrogates or scalars past U+10FFFF).
    func validateUTF8(_ content: UnsafeBufferPointer<UInt8>) throws(JSONSyntaxError) {
        var position = 0
        while position < content.count {
            let lead = content[position]
            if lead < 0x80 { position += 1; continue }
            let length: Int
            var lowest: UInt8 = 0x80, highest: UInt8 = 0xBF  // allowed range of the second byte
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; lowest = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; highest = 0x9F
            case 0xF0: length = 4; lowest = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; highest = 0x8F
            default: throw fail("invalid UTF-8 byte \(describe(lead)) in a string")
            }
            guard position + length <= content.count else { throw fail("invalid (truncated) UTF-8 sequence in a string") }
            let second = content[position + 1]
            guard second >= lowest && second <= highest else { throw fail("invalid UTF-8 sequence in a string") }
            for offset in 2..<length where content[position + offset] & 0xC0 != 0x80 {
                throw fail("invalid UTF-8 sequence in a string")
            }
            position += length
        }
    }
}
