/// The XML namespaces an SBML reader cares about, recognised by URI.
///
/// Versions are folded together (FBC v1 and v2, SBML Levels 2 and 3): the element
/// names the reader looks for differ between them, the namespace test need not.
enum XMLNamespace: Equatable {
    /// No namespace (an unprefixed attribute, or no default namespace in scope).
    case none
    /// SBML core, any level and version.
    case sbml
    /// The SBML flux balance constraints package.
    case fbc
    /// The SBML groups package.
    case groups
    /// RDF, which carries MIRIAM annotations.
    case rdf
    /// BioModels biology qualifiers (`bqbiol:is`…).
    case bqbiol
    /// BioModels model qualifiers (`bqmodel:is`…).
    case bqmodel
    /// XHTML, used in `<notes>`.
    case xhtml
    /// Anything else (MathML, layout, vendor annotations…).
    case other

    /// Classifies a namespace URI.
    init(uri: some Collection<UInt8>) {
        let text = String(decoding: uri, as: UTF8.self)
        if text.hasPrefix("http://www.sbml.org/sbml/level3/version1/fbc") || text.hasPrefix("http://www.sbml.org/sbml/level3/version2/fbc") {
            self = .fbc
        } else if text.contains("sbml.org/sbml/level3/") && text.contains("/groups/") {
            self = .groups
        } else if text.hasPrefix("http://www.sbml.org/sbml/level") {
            // Level 3 packages other than fbc and groups (layout, qual…) are of no interest.
            self = !text.contains("/level3/") || text.hasSuffix("/core") ? .sbml : .other
        } else if text == "http://www.w3.org/1999/02/22-rdf-syntax-ns#" {
            self = .rdf
        } else if text == "http://biomodels.net/biology-qualifiers/" {
            self = .bqbiol
        } else if text == "http://biomodels.net/model-qualifiers/" {
            self = .bqmodel
        } else if text == "http://www.w3.org/1999/xhtml" {
            self = .xhtml
        } else {
            self = .other
        }
    }

    /// Guesses the namespace of an undeclared prefix from its conventional spelling.
    init(conventionalPrefix prefix: some Collection<UInt8>) {
        switch String(decoding: prefix, as: UTF8.self) {
        case "fbc": self = .fbc
        case "groups": self = .groups
        case "rdf": self = .rdf
        case "bqbiol": self = .bqbiol
        case "bqmodel": self = .bqmodel
        case "html", "xhtml": self = .xhtml
        default: self = .other
        }
    }
}
