import OrderedCollections

/// `<notes>` (COBRA `KEY: value` paragraphs) and `<annotation>` (MIRIAM RDF).
extension SBMLParser {
    /// Reads `<notes>` as COBRApy does: every XHTML `<p>` whose text reads `KEY: value`
    /// becomes an entry (keys and values trimmed; a later duplicate key wins; entries
    /// with an empty value are dropped).
    mutating func readNotes() throws(ModelReadError) -> OrderedDictionary<String, String> {
        var notes: OrderedDictionary<String, String> = [:]
        let base = xml.depth
        while xml.depth >= base {
            guard case .start = try next() else { continue }
            guard isElement("p") else { continue }
            let paragraph = try text()
            guard let colon = paragraph.firstIndex(of: ":") else { continue }
            let key = String(paragraph[..<colon]).sbmlTrimmed()
            let value = String(paragraph[paragraph.index(after: colon)...]).sbmlTrimmed()
            notes[key] = value
        }
        return notes.filter { !$0.value.isEmpty }
    }

    /// Adds the identifiers.org resources under any BioModels qualifier (`bqbiol:is`,
    /// `bqbiol:isVersionOf`, `bqmodel:is`…) to `annotations`, as COBRApy keeps them all
    /// regardless of qualifier. Other resources and other annotation content are ignored.
    mutating func readAnnotation(into annotations: inout Annotations) throws(ModelReadError) {
        let base = xml.depth
        var qualifierDepth: Int?
        // Collected here and merged once at the end: an element has a handful of
        // namespaces, so a linear search beats hashing each one per resource.
        var collected = AnnotationCollector()
        while true {
            switch try next() {
            case .start:
                if let depth = qualifierDepth, xml.depth > depth {
                    if isElement("li"), let resource = attributeRange("resource", .rdf),
                       let (namespace, identifier) = SBMLIdentifiers.parseIdentifiersURI(bytes: UnsafeBufferPointer(rebasing: xml.buffer[resource])) {
                        collected.add(identifier, in: namespace)
                    }
                } else if xml.tag.namespace == .bqbiol || xml.tag.namespace == .bqmodel {
                    qualifierDepth = xml.depth
                }
            case .end:
                if xml.depth < base {
                    collected.merge(into: &annotations)
                    return
                }
                if let depth = qualifierDepth, xml.depth < depth { qualifierDepth = nil }
            case .text:
                continue
            case .endOfDocument:
                collected.merge(into: &annotations)
                return
            }
        }
    }
}

/// Namespace → identifiers pairs of one element's annotation, in reading order, kept in
/// a plain array while they are read (see `SBMLParser.readAnnotation(into:)`).
private struct AnnotationCollector {
    private var entries: [(namespace: String, identifiers: [String])] = []

    /// Adds `identifier` under `namespace` unless it is already there (as `Annotations.add`).
    mutating func add(_ identifier: String, in namespace: String) {
        if let index = entries.firstIndex(where: { $0.namespace == namespace }) {
            if !entries[index].identifiers.contains(identifier) { entries[index].identifiers.append(identifier) }
        } else {
            entries.append((namespace, [identifier]))
        }
    }

    /// Adds everything collected to `annotations`, in order, with `Annotations.add`'s semantics:
    /// a new namespace is appended whole, an existing one gets the identifiers it lacks.
    func merge(into annotations: inout Annotations) {
        guard !entries.isEmpty else { return }
        let existing = annotations.entries
        if !entries.contains(where: { existing.keys.contains($0.namespace) }) {
            // The usual case (nothing or only an SBO term before): one allocation of each array.
            var keys = existing.keys.elements
            var values = existing.values.elements
            keys.reserveCapacity(keys.count + entries.count)
            values.reserveCapacity(values.count + entries.count)
            for entry in entries {
                keys.append(entry.namespace)
                values.append(entry.identifiers)
            }
            annotations.entries = OrderedDictionary(uniqueKeys: keys, values: values)
            return
        }
        for entry in entries {
            if let index = annotations.entries.index(forKey: entry.namespace) {
                for identifier in entry.identifiers where !annotations.entries.values[index].contains(identifier) {
                    annotations.entries.values[index].append(identifier)
                }
            } else {
                annotations.entries[entry.namespace] = entry.identifiers
            }
        }
    }
}
