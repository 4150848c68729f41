import OrderedCollections

extension COBRAJSONDecoder {
    /// An `annotation` field in any of the shapes found in the wild:
    ///
    /// - `{"chebi": "CHEBI:1"}` — one identifier as a string (BiGG downloads);
    /// - `{"chebi": ["CHEBI:1", "CHEBI:2"]}` — a list (COBRApy from SBML);
    /// - `{"chebi": [["CHEBI:1", "https://identifiers.org/chebi/CHEBI:1"]]}` and a bare
    ///   list of `[label, url]` pairs — BiGG's older export.
    ///
    /// Of a pair the identifier is taken from an identifiers.org URL when there is one,
    /// otherwise the first element is kept.
    func annotations(_ element: JSONObject, context: @autoclosure () -> String) throws(ModelReadError) -> Annotations {
        guard let node = element["annotation"] else { return Annotations() }
        var annotations = Annotations()
        switch node.value {
        case .null:
            break
        case .object(let object):
            for (namespace, value) in object.members {
                for identifier in try identifiers(value, context: "\(context()): annotation \"\(namespace)\"") {
                    annotations.add(identifier, in: namespace)
                }
            }
        case .array(let pairs):
            for pair in pairs {
                let parts = try identifiers(pair, context: "\(context()): annotation")
                guard let label = parts.first else { continue }
                if let url = parts.dropFirst().first, let parsed = Annotations.parseIdentifiersURI(url) {
                    annotations.add(parsed.identifier, in: parsed.namespace)
                } else if parts.count >= 2 {
                    annotations.add(parts[1], in: label)
                } else if let parsed = Annotations.parseIdentifiersURI(label) {
                    annotations.add(parsed.identifier, in: parsed.namespace)
                } else {
                    throw fail(pair.line, "\(context()): annotation \"\(label)\" is neither a [name, url] pair nor an identifiers.org URL")
                }
            }
        default:
            throw fail(node.line, "\(context()): \"annotation\" must be an object, not \(node.value.kindName)")
        }
        return annotations
    }

    /// The identifiers of one annotation value: a string, a number, or a (nested) list of them.
    private func identifiers(_ node: JSONNode, context: @autoclosure () -> String) throws(ModelReadError) -> [String] {
        switch node.value {
        case .string(let text):
            return [text]
        case .number(let number):
            return [formatNumber(number)]
        case .null:
            return []
        case .array(let elements):
            var result: [String] = []
            for element in elements {
                if case .array(let pair) = element.value {
                    // An inner [label, url] pair names one identifier.
                    let parts = try identifiers(JSONNode(value: .array(pair), line: element.line), context: context())
                    if let url = parts.dropFirst().first, let parsed = Annotations.parseIdentifiersURI(url) {
                        result.append(parsed.identifier)
                    } else if let first = parts.first {
                        result.append(first)
                    }
                } else {
                    result += try identifiers(element, context: context())
                }
            }
            return result
        default:
            throw fail(node.line, "\(context()) must be a string or a list of strings, not \(node.value.kindName)")
        }
    }
}
