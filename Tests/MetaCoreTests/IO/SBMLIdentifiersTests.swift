import XCTest
@testable import MetaCore

/// The byte-level fast paths of `SBMLIdentifiers` agree with the string versions (COBRApy's rules).
final class SBMLIdentifiersTests: XCTestCase {
    func testIdentifiersURIOverBytesMatchesTheStringParser() {
        let uris = [
            "http://identifiers.org/bigg.metabolite/glc__D", "https://identifiers.org/CHEBI:4167",
            "https://identifiers.org/chebi/CHEBI:4167", "http://identifiers.org/ec-code/1.1.1.1",
            "https://identifiers.org/kegg.compound/C00031", "http://identifiers.org/SEED:cpd00027",
            "http://identifiers.org/", "http://identifiers.org/x", "http://identifiers.org/ab", "http://identifiers.org/ab/",
            "http://identifiers.org/:x", "http://identifiers.org//x", "https://example.org/chebi/1",
            "http://identifiers.org/Uniprot/P0A6T1", "http://identifiers.org/HMDB/HMDB00122",
            "http://identifiers.org/inchi_key/WQZGKKKJIJFFOK-GASJEMHNSA-N", "http://identifiers.org/caf\u{E9}/1",
        ]
        for uri in uris {
            let expected = SBMLIdentifiers.parseIdentifiersURI(uri)
            let bytes = Array(uri.utf8)
            let actual = bytes.withUnsafeBufferPointer { SBMLIdentifiers.parseIdentifiersURI(bytes: $0) }
            XCTAssertEqual(actual?.namespace, expected?.namespace, uri)
            XCTAssertEqual(actual?.identifier, expected?.identifier, uri)
        }
        XCTAssertEqual(SBMLIdentifiers.parseIdentifiersURI("https://identifiers.org/CHEBI:4167")?.namespace, "chebi")
        XCTAssertEqual(SBMLIdentifiers.parseIdentifiersURI("https://identifiers.org/CHEBI:4167")?.identifier, "CHEBI:4167")
    }

    func testUnescapingAndPrefixes() {
        XCTAssertEqual(SBMLIdentifiers.metabolite(fromSBML: "M_glc__D_e"), "glc__D_e")
        XCTAssertEqual(SBMLIdentifiers.reaction(fromSBML: "R_EX_glc__45__D__40__e__41__"), "EX_glc-D(e)")
        XCTAssertEqual(SBMLIdentifiers.reaction(fromSBML: "R___45__"), "-")
        XCTAssertEqual(SBMLIdentifiers.unescape("a__99999999999__b"), "a__99999999999__b")
        XCTAssertEqual(SBMLIdentifiers.unescape("a__55296__b"), "a__55296__b")  // a surrogate is no character
        XCTAssertEqual(SBMLIdentifiers.unescape("__0045__"), "-")
        XCTAssertEqual(SBMLIdentifiers.gene(fromSBML: "G_b0001__SBML_DOT__1"), "b0001.1")
        XCTAssertEqual(SBMLIdentifiers.gene(fromSBML: "G_b0001"), "b0001")
        XCTAssertEqual(SBMLIdentifiers.gene(fromSBML: "G___SBML_DOT"), "__SBML_DOT")
    }
}
