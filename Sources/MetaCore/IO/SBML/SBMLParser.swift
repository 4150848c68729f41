/// Recursive-descent reading of an SBML document over the pull tokenizer.
///
/// A struct with `mutating` methods (and the tokenizer a struct inside it), so that exclusive
/// access to the parsing state is checked at compile time rather than on every access.
///
/// Each `read…` method is called on a start tag and consumes that element up to and
/// including its end tag, so unknown elements are skipped whole with `skip()`.
struct SBMLParser {
    var xml: XMLTokenizer
    let file: String
    var document = SBMLDocument()

    /// A parser over `buffer`, which must stay valid while the parser is used.
    init(buffer: UnsafeBufferPointer<UInt8>, file: String) {
        xml = XMLTokenizer(buffer: buffer)
        self.file = file
    }

    // MARK: Errors

    /// The 1-based line of a byte offset, counted only when an error needs it.
    func line(at offset: Int) -> Int {
        SBMLParser.line(at: offset, in: xml.buffer)
    }

    static func line(at offset: Int, in bytes: some Collection<UInt8>) -> Int {
        var count = 1
        for byte in bytes.prefix(max(offset, 0)) where byte == 0x0A { count += 1 }
        return count
    }

    func error(at offset: Int, _ message: String) -> ModelReadError {
        ModelReadError(file: file, line: line(at: offset), message: message)
    }

    func error(_ message: String) -> ModelReadError { error(at: xml.tag.offset, message) }

    // MARK: Navigation

    mutating func next() throws(ModelReadError) -> XMLEvent {
        do {
            return try xml.next()
        } catch {
            throw self.error(at: error.offset, "malformed XML: \(error.message)")
        }
    }

    /// Moves to the next child start tag of the current element; `false` once the element has ended.
    mutating func nextChild() throws(ModelReadError) -> Bool {
        while true {
            switch try next() {
            case .start: return true
            case .end, .endOfDocument: return false
            case .text: continue
            }
        }
    }

    /// Consumes the rest of the current element.
    mutating func skip() throws(ModelReadError) {
        do {
            try xml.skipElement()
        } catch {
            throw self.error(at: error.offset, "malformed XML: \(error.message)")
        }
    }

    /// The decoded text content of the current element; consumes it.
    mutating func text() throws(ModelReadError) -> String {
        do {
            return try xml.readText()
        } catch {
            throw self.error(at: error.offset, "malformed XML: \(error.message)")
        }
    }

    /// Whether the current start tag is `local` (in namespace `namespace`, when given).
    func isElement(_ local: StaticString, _ namespace: XMLNamespace? = nil) -> Bool {
        guard xml.equals(xml.tag.localName, local) else { return false }
        return namespace.map { $0 == xml.tag.namespace } ?? true
    }

    /// The value range of an attribute of the current tag. With a namespace, an attribute in
    /// that namespace is preferred and an unprefixed one accepted, as FBC writers differ.
    func attributeRange(_ local: StaticString, _ namespace: XMLNamespace? = nil) -> Range<Int>? {
        var fallback: Range<Int>?
        for attribute in xml.tag.attributes where xml.equals(attribute.localName, local) {
            guard let namespace else { return attribute.value }
            let actual = xml.namespace(of: attribute)
            if actual == namespace { return attribute.value }
            if actual == .none { fallback = attribute.value }
        }
        return fallback
    }

    /// The decoded value of an attribute of the current tag.
    func attribute(_ local: StaticString, _ namespace: XMLNamespace? = nil) -> String? {
        attributeRange(local, namespace).map { xml.decoded($0) }
    }

    /// A required attribute; its absence is an error on the tag's line.
    func required(_ local: StaticString, _ namespace: XMLNamespace? = nil, of element: String) throws(ModelReadError) -> String {
        guard let value = attribute(local, namespace), !value.isEmpty else {
            throw error("<\(element)> has no '\(local)' attribute")
        }
        return value
    }

    /// A numeric attribute (`INF`, `-inf`, `NaN` included), or `nil` when absent.
    func number(_ local: StaticString, _ namespace: XMLNamespace? = nil, of element: String) throws(ModelReadError) -> Double? {
        guard let text = attribute(local, namespace) else { return nil }
        guard let value = SBMLParser.parseNumber(text) else {
            throw error("<\(element)> attribute '\(local)' is not a number: '\(text)'")
        }
        return value
    }

    /// An integer attribute; integral decimals such as `-1.0` are accepted.
    func integer(_ local: StaticString, _ namespace: XMLNamespace? = nil, of element: String) throws(ModelReadError) -> Int? {
        guard let text = attribute(local, namespace) else { return nil }
        if let value = Int(text.sbmlTrimmed()) { return value }
        if let value = SBMLParser.parseNumber(text), value == value.rounded(), abs(value) < 1e15 { return Int(value) }
        throw error("<\(element)> attribute '\(local)' is not an integer: '\(text)'")
    }

    static func parseNumber(_ text: String) -> Double? {
        let trimmed = text.sbmlTrimmed()
        if let value = Double(trimmed) { return value }
        switch trimmed.lowercased() {
        case "inf", "+inf", "infinity": return .infinity
        case "-inf", "-infinity": return -.infinity
        case "nan": return .nan
        default: return nil
        }
    }

    // MARK: Document

    /// Reads the whole document.
    mutating func parse() throws(ModelReadError) -> SBMLDocument {
        guard !xml.buffer.isEmpty else { throw ModelReadError(file: file, line: 1, message: "file is empty") }
        guard try nextChild() else { throw error(at: 0, "not an SBML document: no root element") }
        guard isElement("sbml") else {
            let name = xml.rawString(xml.tag.qualifiedName)
            throw error("not an SBML document: the root element is <\(name)>, expected <sbml>")
        }
        document.level = try integer("level", of: "sbml") ?? 3
        document.version = try integer("version", of: "sbml") ?? 1
        for attribute in xml.tag.attributes {
            guard xml.equals(attribute.qualifiedName, "xmlns") || attribute.prefixEnd.map({ xml.equals(attribute.qualifiedName.lowerBound..<$0, "xmlns") }) == true else { continue }
            switch XMLNamespace(uri: xml.buffer[attribute.value]) {
            case .fbc:
                document.hasFBC = true
                document.isFBCVersion1 = xml.rawString(attribute.value).hasSuffix("version1")
            case .groups:
                document.hasGroups = true
            default:
                break
            }
        }
        var sawModel = false
        while try nextChild() {
            if isElement("model"), !sawModel {
                sawModel = true
                try readModel()
            } else {
                try skip()
            }
        }
        guard sawModel else { throw error(at: 0, "the SBML document has no <model>") }
        // Anything after the root must be comments or whitespace; the tokenizer checks that.
        while true {
            if case .endOfDocument = try next() { break }
        }
        return document
    }

    private mutating func readModel() throws(ModelReadError) {
        document.modelOffset = xml.tag.offset
        document.modelID = attribute("id") ?? ""
        document.modelName = attribute("name") ?? ""
        // FBC attributes on <model> (fbc:strict) also reveal the package when the root did not declare it.
        if xml.tag.attributes.contains(where: { xml.namespace(of: $0) == .fbc }) { document.hasFBC = true }
        while try nextChild() {
            if isElement("notes") {
                document.modelNotes = try readNotes()
            } else if isElement("listOfCompartments") {
                try readList("compartment") { (parser: inout SBMLParser) throws(ModelReadError) in try parser.readCompartment() }
            } else if isElement("listOfSpecies") {
                try readList("species") { (parser: inout SBMLParser) throws(ModelReadError) in try parser.readSpecies() }
            } else if isElement("listOfParameters") {
                try readList("parameter") { (parser: inout SBMLParser) throws(ModelReadError) in try parser.readParameter() }
            } else if isElement("listOfReactions") {
                try readList("reaction") { (parser: inout SBMLParser) throws(ModelReadError) in try parser.readReaction() }
            } else if isElement("listOfGeneProducts") {
                document.hasFBC = true
                try readList("geneProduct") { (parser: inout SBMLParser) throws(ModelReadError) in try parser.readGeneProduct() }
            } else if isElement("listOfObjectives") {
                document.hasFBC = true
                try readObjectives()
            } else if isElement("listOfFluxBounds") {
                document.hasFBC = true
                document.isFBCVersion1 = true
                try readList("fluxBound") { (parser: inout SBMLParser) throws(ModelReadError) in try parser.readFluxBound() }
            } else if isElement("listOfGroups") {
                document.hasGroups = true
                try readList("group") { (parser: inout SBMLParser) throws(ModelReadError) in try parser.readGroup() }
            } else {
                try skip()
            }
        }
    }

    /// Calls `body` for each child named `element` of a `listOf…`, skipping anything else.
    mutating func readList(_ element: StaticString, _ body: (inout SBMLParser) throws(ModelReadError) -> Void) throws(ModelReadError) {
        while try nextChild() {
            if isElement(element) {
                try body(&self)
            } else {
                try skip()
            }
        }
    }
}

extension String {
    /// The string without leading and trailing ASCII whitespace.
    func sbmlTrimmed() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        if first == startIndex && last == index(before: endIndex) { return self }
        return String(self[first...last])
    }
}
