/// COBRApy's id conventions between SBML SIds and model ids.
///
/// BiGG-style SBML prefixes reactions with `R_`, species with `M_` and gene products
/// with `G_`, and escapes characters an SId may not hold as `__<code>__` (`__45__` for
/// `-`). COBRApy undoes both on reading (its default `f_replace`) and redoes them on
/// writing; doing the same keeps ids interchangeable with COBRApy's.
enum SBMLIdentifiers {
    /// The model id of an SBML species id (`M_glc__D_e` → `glc__D_e`).
    static func metabolite(fromSBML sid: String) -> String { clip(unescape(sid), prefix: "M_") }

    /// The model id of an SBML reaction id (`R_PFK` → `PFK`).
    static func reaction(fromSBML sid: String) -> String { clip(unescape(sid), prefix: "R_") }

    /// The model id of an SBML gene product id (`G_b0001` → `b0001`); COBRApy also
    /// maps its `__SBML_DOT__` spelling back to `.`.
    static func gene(fromSBML sid: String) -> String {
        let dotted = contains(sid, "__SBML_DOT__") ? sid.replacing("__SBML_DOT__", with: ".") : sid
        return clip(unescape(dotted), prefix: "G_")
    }

    /// Whether `text` holds `pattern`, compared as UTF-8 bytes (Foundation's `contains`
    /// goes through `NSString`, which showed in the reader's profile).
    private static func contains(_ text: String, _ pattern: StaticString) -> Bool {
        let needle = UnsafeBufferPointer(start: pattern.utf8Start, count: pattern.utf8CodeUnitCount)
        let utf8 = text.utf8
        guard let first = needle.first, utf8.count >= needle.count else { return false }
        var start = utf8.startIndex
        while let candidate = utf8[start...].firstIndex(of: first) {
            if utf8[candidate...].starts(with: needle) { return true }
            start = utf8.index(after: candidate)
        }
        return false
    }

    /// The SBML species id of a metabolite id.
    static func metabolite(toSBML id: String) -> String { "M_" + escape(id) }

    /// The SBML reaction id of a reaction id.
    static func reaction(toSBML id: String) -> String { "R_" + escape(id) }

    /// The SBML gene product id of a gene id.
    static func gene(toSBML id: String) -> String { "G_" + escape(id) }

    /// An SBML SId for a compartment or other element without a BiGG prefix.
    static func plain(toSBML id: String) -> String {
        let escaped = escape(id)
        // An SId must not start with a digit.
        if let first = escaped.utf8.first, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first) { return "_" + escaped }
        return escaped
    }

    private static func clip(_ sid: String, prefix: String) -> String {
        sid.hasPrefix(prefix) ? String(sid.dropFirst(prefix.count)) : sid
    }

    /// Replaces every `__<decimal>__` by the character with that code.
    static func unescape(_ sid: String) -> String {
        // Native strings are contiguous UTF-8; the copy is only for bridged ones.
        let unescaped = sid.utf8.withContiguousStorageIfAvailable(unescape) ?? Array(sid.utf8).withUnsafeBufferPointer(unescape)
        return unescaped ?? sid
    }

    /// The unescaped id, or `nil` when `bytes` hold no `__<decimal>__` escape.
    private static func unescape(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard bytes.count >= 5 else { return nil }
        var output: String?
        var index = 0
        var literalStart = 0
        while index + 4 < bytes.count {
            if bytes[index] == UInt8(ascii: "_"), bytes[index + 1] == UInt8(ascii: "_") {
                var end = index + 2
                var code: UInt32 = 0
                while end < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[end]), code < 0x110000 {
                    code = code * 10 + UInt32(bytes[end] - UInt8(ascii: "0"))
                    end += 1
                }
                if end > index + 2, end + 1 < bytes.count, bytes[end] == UInt8(ascii: "_"), bytes[end + 1] == UInt8(ascii: "_"),
                   let scalar = Unicode.Scalar(code) {
                    var text = output ?? ""
                    text += String(decoding: UnsafeBufferPointer(rebasing: bytes[literalStart..<index]), as: UTF8.self)
                    text.unicodeScalars.append(scalar)
                    output = text
                    index = end + 2
                    literalStart = index
                    continue
                }
            }
            index += 1
        }
        guard var text = output else { return nil }
        text += String(decoding: UnsafeBufferPointer(rebasing: bytes[literalStart...]), as: UTF8.self)
        return text
    }

    /// Replaces every character outside `[0-9A-Za-z_]` by `__<code>__`.
    static func escape(_ id: String) -> String {
        func allowed(_ scalar: Unicode.Scalar) -> Bool {
            switch scalar {
            case "0"..."9", "a"..."z", "A"..."Z", "_": return true
            default: return false
            }
        }
        if id.unicodeScalars.allSatisfy(allowed) { return id }
        var output = ""
        for scalar in id.unicodeScalars {
            if allowed(scalar) { output.unicodeScalars.append(scalar) } else { output += "__\(scalar.value)__" }
        }
        return output
    }

    /// `parseIdentifiersURI(_:)` over the raw bytes of an attribute value, without making
    /// a string of the whole URI. Values with entities or non-ASCII bytes take the string path.
    static func parseIdentifiersURI(bytes: UnsafeBufferPointer<UInt8>) -> (namespace: String, identifier: String)? {
        let https: StaticString = "https://identifiers.org/"
        let http: StaticString = "http://identifiers.org/"
        guard !bytes.contains(where: { $0 >= 0x80 || $0 == UInt8(ascii: "&") }) else {
            return parseIdentifiersURI(String(decoding: bytes, as: UTF8.self))
        }
        let start: Int
        if bytes.starts(with: UnsafeBufferPointer(start: https.utf8Start, count: https.utf8CodeUnitCount)) {
            start = https.utf8CodeUnitCount
        } else if bytes.starts(with: UnsafeBufferPointer(start: http.utf8Start, count: http.utf8CodeUnitCount)) {
            start = http.utf8CodeUnitCount
        } else {
            return nil
        }
        // The provider is the shortest non-empty prefix followed by ':' or '/'.
        guard start + 1 < bytes.count,
              let separator = bytes[(start + 1)...].firstIndex(where: { $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: "/") }),
              separator + 1 < bytes.count else { return nil }
        let provider = UnsafeBufferPointer(rebasing: bytes[start..<separator])
        let identifier = String(decoding: UnsafeBufferPointer(rebasing: bytes[(separator + 1)...]), as: UTF8.self)
        let hasLower = provider.contains { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0) }
        let hasUpper = provider.contains { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) }
        if hasUpper && !hasLower {
            let name = String(decoding: provider, as: UTF8.self)
            return (name.lowercased(), name + ":" + identifier)
        }
        return (String(decoding: provider, as: UTF8.self), identifier)
    }

    /// Parses an identifiers.org URI the way COBRApy does: `http(s)://identifiers.org/<provider>[/:]<id>`,
    /// where an upper-case provider (`CHEBI:1`) becomes the lower-cased namespace and
    /// stays part of the identifier. Anything else yields `nil`.
    static func parseIdentifiersURI(_ uri: String) -> (namespace: String, identifier: String)? {
        let rest: Substring
        if uri.hasPrefix("https://identifiers.org/") {
            rest = uri.dropFirst("https://identifiers.org/".count)
        } else if uri.hasPrefix("http://identifiers.org/") {
            rest = uri.dropFirst("http://identifiers.org/".count)
        } else {
            return nil
        }
        // The provider is the shortest non-empty prefix followed by ':' or '/'.
        guard let separator = rest.dropFirst().firstIndex(where: { $0 == ":" || $0 == "/" }) else { return nil }
        let provider = String(rest[..<separator])
        let identifier = String(rest[rest.index(after: separator)...])
        guard !identifier.isEmpty else { return nil }
        if provider == provider.uppercased() && provider != provider.lowercased() {
            return (provider.lowercased(), "\(provider):\(identifier)")
        }
        return (provider, identifier)
    }
}
