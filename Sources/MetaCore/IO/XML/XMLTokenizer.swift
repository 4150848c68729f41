/// A malformed-XML report: what is wrong and the byte offset where it was found.
///
/// Offsets rather than lines keep the hot path free of newline counting; the reader
/// turns an offset into a line only when it reports an error.
struct XMLSyntaxError: Error {
    var offset: Int
    var message: String
}

/// One step of the pull tokenizer.
enum XMLEvent {
    /// A start tag; its name and attributes are in `XMLTokenizer.tag` until the next call.
    /// A self-closing tag yields `.start` and then `.end`.
    case start
    /// The end of the innermost open element.
    case end
    /// Character data (with entities still encoded) or a CDATA section (raw).
    case text(Range<Int>, isCDATA: Bool)
    /// The end of the document, after the root element closed.
    case endOfDocument
}

/// A pull tokenizer over UTF-8 bytes: elements, attributes, text, comments, CDATA,
/// processing instructions and DOCTYPE, with namespace resolution.
///
/// Names and values are byte ranges into `buffer`; strings are made only when the
/// reader asks for one, which keeps a 10 MB document to a few allocations per element.
///
/// A struct driven through `mutating` methods, so that its state is checked for exclusive
/// access at compile time: as a class, every read of `position` or `tag` cost a runtime
/// exclusivity check, a fifth of the reading time of a genome-scale model.
/// The bytes are a raw buffer that belongs to the caller, who keeps it alive while the
/// tokenizer is in use (`SBMLReader` parses inside `withUnsafeBufferPointer`), so a 10 MB
/// document is neither copied nor reference-counted.
struct XMLTokenizer {
    /// The document, read without reference counting or exclusivity checks.
    let buffer: UnsafeBufferPointer<UInt8>
    private(set) var position = 0
    /// The current start tag (valid after `.start`, until the next call).
    private(set) var tag = XMLTag()
    /// Open elements: qualified-name ranges, for matching end tags.
    private var open: [Range<Int>] = []
    /// In-scope namespace declarations; `depth` is the element depth that declared them.
    private var bindings: [NamespaceBinding] = []
    /// Namespace URIs already classified, by the range of their first occurrence: SBML files
    /// redeclare the same few namespaces on every `<rdf:RDF>`, thousands of times.
    private var classifiedURIs: [(uri: Range<Int>, namespace: XMLNamespace)] = []
    private var pendingEnd = false
    private var rootSeen = false

    /// A tokenizer over `buffer`, which must stay valid as long as the tokenizer is used.
    init(buffer: UnsafeBufferPointer<UInt8>) {
        self.buffer = buffer
        if buffer.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }  // UTF-8 byte-order mark
        tag.attributes.reserveCapacity(16)
        open.reserveCapacity(32)
        bindings.reserveCapacity(32)
    }

    /// The current element depth (1 inside the root element).
    var depth: Int { open.count }

    /// Advances to the next event.
    mutating func next() throws(XMLSyntaxError) -> XMLEvent {
        if pendingEnd {
            pendingEnd = false
            closeElement()
            return .end
        }
        while true {
            guard position < buffer.count else {
                if let innermost = open.last {
                    throw XMLSyntaxError(offset: buffer.count, message:
                        "unexpected end of file: <\(string(innermost))> is not closed (truncated file?)")
                }
                if !rootSeen { throw XMLSyntaxError(offset: buffer.count, message: "no root element: the file holds no XML elements") }
                return .endOfDocument
            }
            if buffer[position] != UInt8(ascii: "<") {
                let start = position
                position = scan(from: position) { $0 != UInt8(ascii: "<") }
                if open.isEmpty {
                    if let bad = (start..<position).first(where: { !Self.isSpace(buffer[$0]) }) {
                        throw XMLSyntaxError(offset: bad, message: "text outside the root element (not an XML document, or garbage bytes)")
                    }
                    continue
                }
                return .text(start..<position, isCDATA: false)
            }
            // buffer[position] == "<"
            let start = position
            guard position + 1 < buffer.count else {
                throw XMLSyntaxError(offset: start, message: "unexpected end of file inside a tag")
            }
            switch buffer[position + 1] {
            case UInt8(ascii: "?"):
                position = try skip(past: "?>", from: position + 2, what: "processing instruction")
            case UInt8(ascii: "!"):
                if matches("<!--", at: position) {
                    position = try skip(past: "-->", from: position + 4, what: "comment")
                } else if matches("<![CDATA[", at: position) {
                    let contentStart = position + 9
                    position = try skip(past: "]]>", from: contentStart, what: "CDATA section")
                    if open.isEmpty { throw XMLSyntaxError(offset: start, message: "CDATA outside the root element") }
                    return .text(contentStart..<(position - 3), isCDATA: true)
                } else if matches("<!DOCTYPE", at: position) {
                    try skipDoctype()
                } else {
                    throw XMLSyntaxError(offset: start, message: "unknown markup '<!'")
                }
            case UInt8(ascii: "/"):
                try readEndTag()
                return .end
            default:
                try readStartTag()
                return .start
            }
        }
    }

    /// Skips the rest of the element whose start tag was just returned, including its children.
    mutating func skipElement() throws(XMLSyntaxError) {
        let target = depth - 1
        while depth > target {
            if case .endOfDocument = try next() { return }
        }
    }

    /// The concatenated, entity-decoded text inside the element whose start tag was just
    /// returned, ignoring child tags; consumes the element.
    mutating func readText() throws(XMLSyntaxError) -> String {
        let target = depth - 1
        var result = ""
        while depth > target {
            switch try next() {
            case .text(let range, let isCDATA):
                result += isCDATA ? rawString(range) : decoded(range)
            case .endOfDocument:
                return result
            default:
                break
            }
        }
        return result
    }

    // MARK: Strings

    /// The bytes in `range` as a string, without entity decoding.
    func rawString(_ range: Range<Int>) -> String {
        String(decoding: buffer[range], as: UTF8.self)
    }

    private func string(_ range: Range<Int>) -> String { rawString(range) }

    /// The bytes in `range` as a string with the XML entities and character references decoded.
    /// An unknown entity is kept as written.
    func decoded(_ range: Range<Int>) -> String {
        guard let firstAmpersand = buffer[range].firstIndex(of: UInt8(ascii: "&")) else { return rawString(range) }
        var output: [UInt8] = []
        output.reserveCapacity(range.count)
        output.append(contentsOf: buffer[range.lowerBound..<firstAmpersand])
        var index = firstAmpersand
        while index < range.upperBound {
            let byte = buffer[index]
            guard byte == UInt8(ascii: "&"),
                  let semicolon = buffer[index..<min(range.upperBound, index + 12)].firstIndex(of: UInt8(ascii: ";")),
                  let replacement = entity(buffer[(index + 1)..<semicolon]) else {
                output.append(byte)
                index += 1
                continue
            }
            output.append(contentsOf: replacement)
            index = semicolon + 1
        }
        return String(decoding: output, as: UTF8.self)
    }

    private func entity(_ name: Slice<UnsafeBufferPointer<UInt8>>) -> [UInt8]? {
        switch Array(name) {
        case Array("amp".utf8): return [UInt8(ascii: "&")]
        case Array("lt".utf8): return [UInt8(ascii: "<")]
        case Array("gt".utf8): return [UInt8(ascii: ">")]
        case Array("quot".utf8): return [UInt8(ascii: "\"")]
        case Array("apos".utf8): return [UInt8(ascii: "'")]
        default:
            guard name.first == UInt8(ascii: "#") else { return nil }
            let digits = name.dropFirst()
            let isHex = digits.first == UInt8(ascii: "x") || digits.first == UInt8(ascii: "X")
            let text = String(decoding: isHex ? digits.dropFirst() : digits, as: UTF8.self)
            guard let value = UInt32(text, radix: isHex ? 16 : 10), let scalar = Unicode.Scalar(value) else { return nil }
            return Array(String(Character(scalar)).utf8)
        }
    }

    /// Whether the bytes in `range` spell `text`.
    func equals(_ range: Range<Int>, _ text: StaticString) -> Bool {
        guard range.count == text.utf8CodeUnitCount else { return false }
        let pointer = text.utf8Start
        var offset = 0
        for index in range {
            if buffer[index] != pointer[offset] { return false }
            offset += 1
        }
        return true
    }

    // MARK: Lexing

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        // Letters, digits, '_', ':', '-', '.', and any non-ASCII byte (UTF-8 names).
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: ":"),
             UInt8(ascii: "-"), UInt8(ascii: "."), 0x80...0xFF:
            return true
        default:
            return false
        }
    }

    private static func isNameStart(_ byte: UInt8) -> Bool {
        Self.isNameByte(byte) && byte != UInt8(ascii: "-") && byte != UInt8(ascii: ".")
            && !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }

    private func matches(_ text: StaticString, at index: Int) -> Bool {
        let count = text.utf8CodeUnitCount
        guard index + count <= buffer.count else { return false }
        return equals(index..<(index + count), text)
    }

    /// The position just after the first `terminator` at or after `from`.
    private func skip(past terminator: StaticString, from: Int, what: String) throws(XMLSyntaxError) -> Int {
        let first = terminator.utf8Start[0]
        var index = from
        while index < buffer.count {
            if buffer[index] == first, matches(terminator, at: index) { return index + terminator.utf8CodeUnitCount }
            index += 1
        }
        throw XMLSyntaxError(offset: from, message: "unterminated \(what)")
    }

    private mutating func skipDoctype() throws(XMLSyntaxError) {
        let start = position
        var index = position + 9
        var bracketDepth = 0
        while index < buffer.count {
            switch buffer[index] {
            case UInt8(ascii: "["): bracketDepth += 1
            case UInt8(ascii: "]"): bracketDepth -= 1
            case UInt8(ascii: ">") where bracketDepth <= 0:
                position = index + 1
                return
            default: break
            }
            index += 1
        }
        throw XMLSyntaxError(offset: start, message: "unterminated DOCTYPE")
    }

    private mutating func skipSpace() {
        position = scan(from: position, while: Self.isSpace)
    }

    /// The first index at or after `start` whose byte fails `predicate` (or the end).
    private func scan(from start: Int, while predicate: (UInt8) -> Bool) -> Int {
        let buffer = self.buffer
        var index = start
        while index < buffer.count, predicate(buffer[index]) { index += 1 }
        return index
    }

    /// The name starting at `start`, or `nil` when no name starts there.
    private func name(at start: Int) -> Range<Int>? {
        guard start < buffer.count, Self.isNameStart(buffer[start]) else { return nil }
        return start..<scan(from: start, while: Self.isNameByte)
    }

    /// The error for a missing name at `offset`; `context` says what the name is.
    ///
    /// Built only on failure: the messages interpolate the element name, and making them
    /// up front (or capturing them in a closure) cost an allocation or a copy per attribute.
    private func missingName(at offset: Int, in context: String) -> XMLSyntaxError {
        guard offset < buffer.count else { return XMLSyntaxError(offset: offset, message: "unexpected end of file in \(context)") }
        return XMLSyntaxError(offset: offset, message: "invalid character '\(printable(buffer[offset]))' in \(context)")
    }

    private func printable(_ byte: UInt8) -> String {
        (0x21...0x7E).contains(byte) ? String(UnicodeScalar(byte)) : "\\x" + String(byte, radix: 16)
    }

    private mutating func readStartTag() throws(XMLSyntaxError) {
        let start = position
        if open.isEmpty && rootSeen {
            throw XMLSyntaxError(offset: start, message: "a second root element after the document ended")
        }
        position += 1
        guard let name = name(at: position) else { throw missingName(at: position, in: "element name") }
        position = name.upperBound
        tag.offset = start
        tag.qualifiedName = name
        tag.attributes.removeAll(keepingCapacity: true)
        var selfClosing = false
        while true {
            let beforeSpace = position
            skipSpace()
            guard position < buffer.count else {
                throw XMLSyntaxError(offset: start, message: "unexpected end of file inside the tag <\(string(name))>")
            }
            let byte = buffer[position]
            if byte == UInt8(ascii: ">") { position += 1; break }
            if byte == UInt8(ascii: "/") {
                guard position + 1 < buffer.count, buffer[position + 1] == UInt8(ascii: ">") else {
                    throw XMLSyntaxError(offset: position, message: "expected '/>' in the tag <\(string(name))>")
                }
                position += 2
                selfClosing = true
                break
            }
            if position == beforeSpace {
                throw XMLSyntaxError(offset: position, message: "expected whitespace, '>' or '/>' in the tag <\(string(name))>, found '\(printable(byte))'")
            }
            guard let attributeName = self.name(at: position) else {
                throw missingName(at: position, in: "an attribute name of <\(string(name))>")
            }
            position = attributeName.upperBound
            skipSpace()
            guard position < buffer.count, buffer[position] == UInt8(ascii: "=") else {
                throw XMLSyntaxError(offset: attributeName.lowerBound, message: "attribute '\(string(attributeName))' has no '=value'")
            }
            position += 1
            skipSpace()
            guard position < buffer.count, buffer[position] == UInt8(ascii: "\"") || buffer[position] == UInt8(ascii: "'") else {
                throw XMLSyntaxError(offset: attributeName.lowerBound, message: "value of attribute '\(string(attributeName))' is not quoted")
            }
            let quote = buffer[position]
            position += 1
            let valueStart = position
            // A '<' inside a value means the closing quote is missing.
            position = scan(from: position) { $0 != quote && $0 != UInt8(ascii: "<") }
            if position < buffer.count, buffer[position] == UInt8(ascii: "<") {
                throw XMLSyntaxError(offset: attributeName.lowerBound, message: "unterminated value of attribute '\(string(attributeName))'")
            }
            guard position < buffer.count else {
                throw XMLSyntaxError(offset: attributeName.lowerBound, message: "unterminated value of attribute '\(string(attributeName))'")
            }
            let colon = prefixEnd(attributeName)
            tag.attributes.append(XMLAttribute(qualifiedName: attributeName, prefixEnd: colon,
                                               localName: colon.map { ($0 + 1)..<attributeName.upperBound } ?? attributeName,
                                               value: valueStart..<position))
            position += 1
        }
        open.append(name)
        rootSeen = true
        bindNamespaces()
        resolveNames()
        if selfClosing { pendingEnd = true }
    }

    private mutating func readEndTag() throws(XMLSyntaxError) {
        let start = position
        position += 2
        guard let name = name(at: position) else { throw missingName(at: position, in: "end tag name") }
        position = name.upperBound
        skipSpace()
        guard position < buffer.count, buffer[position] == UInt8(ascii: ">") else {
            throw XMLSyntaxError(offset: start, message: "malformed end tag </\(string(name))>")
        }
        position += 1
        guard let innermost = open.last else {
            throw XMLSyntaxError(offset: start, message: "end tag </\(string(name))> without a start tag")
        }
        guard sameBytes(innermost, name) else {
            throw XMLSyntaxError(offset: start, message: "mismatched tags: <\(string(innermost))> closed by </\(string(name))>")
        }
        closeElement()
    }

    private mutating func closeElement() {
        let closingDepth = open.count
        open.removeLast()
        while let last = bindings.last, last.depth >= closingDepth { bindings.removeLast() }
    }

    // MARK: Namespaces

    private func prefixEnd(_ name: Range<Int>) -> Int? {
        var index = name.lowerBound
        while index < name.upperBound {
            if buffer[index] == UInt8(ascii: ":") { return index }
            index += 1
        }
        return nil
    }

    private func sameBytes(_ first: Range<Int>, _ second: Range<Int>) -> Bool {
        guard first.count == second.count else { return false }
        var offset = 0
        while offset < first.count {
            if buffer[first.lowerBound + offset] != buffer[second.lowerBound + offset] { return false }
            offset += 1
        }
        return true
    }

    private mutating func bindNamespaces() {
        for attribute in tag.attributes {
            let name = attribute.qualifiedName
            if equals(name, "xmlns") {
                bindings.append(NamespaceBinding(prefix: nil, namespace: classify(uri: attribute.value), depth: open.count))
            } else if let colon = attribute.prefixEnd, equals(name.lowerBound..<colon, "xmlns") {
                bindings.append(NamespaceBinding(prefix: (colon + 1)..<name.upperBound, namespace: classify(uri: attribute.value), depth: open.count))
            }
        }
    }

    /// The namespace of the URI at `uri`, classified once per distinct URI.
    private mutating func classify(uri: Range<Int>) -> XMLNamespace {
        for known in classifiedURIs where sameBytes(known.uri, uri) { return known.namespace }
        let namespace = XMLNamespace(uri: buffer[uri])
        // A file with ever-new URIs would make the list a slow search; stop caching then.
        if classifiedURIs.count < 32 { classifiedURIs.append((uri, namespace)) }
        return namespace
    }

    /// Resolves the element's namespace. Attributes are resolved only when asked
    /// (`namespace(of:)`): most are looked up by local name and never need one.
    private mutating func resolveNames() {
        let name = tag.qualifiedName
        if let colon = prefixEnd(name) {
            tag.namespace = namespace(forPrefix: name.lowerBound..<colon)
            tag.localName = (colon + 1)..<name.upperBound
        } else {
            tag.namespace = bindings.last(where: { $0.prefix == nil })?.namespace ?? .none
            tag.localName = name
        }
    }

    /// The namespace of an attribute of the current tag; `.none` for an unprefixed one.
    /// Valid, like `tag`, until the next call of `next()`.
    func namespace(of attribute: XMLAttribute) -> XMLNamespace {
        guard let colon = attribute.prefixEnd else { return .none }
        return namespace(forPrefix: attribute.qualifiedName.lowerBound..<colon)
    }

    /// The namespace a prefix is bound to; an unbound prefix is judged by its usual spelling
    /// (`fbc`, `rdf`, `bqbiol`…), so slightly broken files still read.
    private func namespace(forPrefix prefix: Range<Int>) -> XMLNamespace {
        for binding in bindings.reversed() {
            if let bound = binding.prefix, sameBytes(bound, prefix) { return binding.namespace }
        }
        return XMLNamespace(conventionalPrefix: buffer[prefix])
    }
}

/// A start tag: qualified and local names, namespace and attributes (byte ranges).
struct XMLTag {
    var offset = 0
    var qualifiedName: Range<Int> = 0..<0
    var localName: Range<Int> = 0..<0
    var namespace: XMLNamespace = .none
    var attributes: [XMLAttribute] = []
}

/// One attribute of a start tag (its namespace: `XMLTokenizer.namespace(of:)`).
struct XMLAttribute {
    var qualifiedName: Range<Int>
    /// The position of the prefix's colon, if the name has a prefix.
    var prefixEnd: Int?
    var localName: Range<Int>
    var value: Range<Int>
}

/// A namespace declaration in scope; `depth` is the depth of the element that made it.
private struct NamespaceBinding {
    var prefix: Range<Int>?
    var namespace: XMLNamespace
    var depth: Int
}
