import XCTest
@testable import MetaCore

/// Broken input gives a `ModelReadError` naming the file and the offending line, never a crash.
final class SBMLBadInputTests: XCTestCase {
    /// A small valid FBC v2 document; `reactions`, `extraSpecies` and `objective` are spliced in.
    private func document(reactions: String, extraSpecies: String = "", objective: String = "R_A") -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <sbml xmlns="http://www.sbml.org/sbml/level3/version1/core" xmlns:fbc="http://www.sbml.org/sbml/level3/version1/fbc/version2" level="3" version="1" fbc:required="false">
          <model id="m" fbc:strict="true">
            <listOfCompartments><compartment id="c" constant="true"/></listOfCompartments>
            <listOfSpecies>
              <species id="M_a_c" compartment="c" hasOnlySubstanceUnits="false" boundaryCondition="false" constant="false"/>
        \(extraSpecies)
            </listOfSpecies>
            <listOfParameters>
              <parameter id="lb" value="-1000" constant="true"/>
              <parameter id="ub" value="1000" constant="true"/>
              <parameter id="bad" value="NaN" constant="true"/>
            </listOfParameters>
            <listOfReactions>
              <reaction id="R_A" reversible="true" fbc:lowerFluxBound="lb" fbc:upperFluxBound="ub">
                <listOfReactants><speciesReference species="M_a_c" stoichiometry="1" constant="true"/></listOfReactants>
              </reaction>
        \(reactions)
            </listOfReactions>
            <fbc:listOfObjectives fbc:activeObjective="obj">
              <fbc:objective fbc:id="obj" fbc:type="maximize">
                <fbc:listOfFluxObjectives>
                  <fbc:fluxObjective fbc:reaction="\(objective)" fbc:coefficient="1"/>
                </fbc:listOfFluxObjectives>
              </fbc:objective>
            </fbc:listOfObjectives>
          </model>
        </sbml>
        """
    }

    private func read(_ text: String) throws(ModelReadError) -> LoadedModel {
        try SBMLReader.read(bytes: Array(text.utf8), file: "bad.xml")
    }

    private func assertFails(_ text: String, line: Int?, containing fragment: String,
                             file: StaticString = #filePath, sourceLine: UInt = #line) {
        do {
            _ = try read(text)
            XCTFail("expected an error", file: file, line: sourceLine)
        } catch {
            XCTAssertEqual(error.file, "bad.xml", file: file, line: sourceLine)
            XCTAssertEqual(error.line, line, "\(error)", file: file, line: sourceLine)
            XCTAssertTrue(error.message.contains(fragment), "\(error)", file: file, line: sourceLine)
        }
    }

    /// Line 18 of `document` is the first line of `reactions`.
    private let spliceLine = 18

    func testTheValidBaseDocumentReads() throws {
        let model = try read(document(reactions: "")).model
        XCTAssertEqual(model.reactions.map(\.id), ["A"])
        XCTAssertEqual(model.objective.coefficients, ["A": 1])
    }

    func testEmptyInput() {
        assertFails("", line: 1, containing: "empty")
    }

    func testGarbageBytes() {
        let garbage = String(decoding: [0x00, 0xFF, 0x13, 0x37, 0x42], as: UTF8.self)
        assertFails(garbage, line: 1, containing: "outside the root")
        assertFails("<?xml version=\"1.0\"?>\n<sbml>\n<model id=\"m\">\u{01}<\u{02}", line: 3, containing: "invalid character")
    }

    func testTruncatedXML() throws {
        let text = document(reactions: "")
        let truncated = String(text.prefix(text.count / 2))
        do {
            _ = try read(truncated)
            XCTFail("expected an error")
        } catch {
            XCTAssertTrue(error.message.contains("malformed XML"), "\(error)")
            XCTAssertNotNil(error.line)
        }
        // Cut after a complete line: the open elements are reported at the end of the file.
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        assertFails(lines.prefix(17).joined(separator: "\n"), line: 17, containing: "unexpected end of file")
    }

    func testMismatchedTags() {
        assertFails("<sbml>\n  <model>\n  </listOfSpecies>\n</sbml>", line: 3, containing: "mismatched")
    }

    func testUnterminatedAttribute() {
        assertFails("<sbml level=\"3>\n  <model id=\"m\"/>\n</sbml>", line: 1, containing: "unterminated")
    }

    func testRootMustBeSBML() {
        assertFails("<?xml version=\"1.0\"?>\n<html><body/></html>", line: 2, containing: "expected <sbml>")
    }

    func testUndeclaredSpecies() {
        let reaction = """
              <reaction id="R_B" reversible="false">
                <listOfProducts><speciesReference species="M_nope_c"/></listOfProducts>
              </reaction>
        """
        assertFails(document(reactions: reaction), line: spliceLine + 1, containing: "undeclared species 'M_nope_c'")
    }

    func testUnknownCompartment() {
        let species = """
              <species id="M_b_x" compartment="x" hasOnlySubstanceUnits="false" boundaryCondition="false" constant="false"/>
        """
        assertFails(document(reactions: "", extraSpecies: species), line: 7, containing: "undeclared compartment 'x'")
    }

    func testDuplicateReactionID() {
        let reaction = """
              <reaction id="R_A" reversible="false"/>
        """
        assertFails(document(reactions: reaction), line: spliceLine, containing: "duplicate reaction id 'A'")
    }

    func testNaNBound() {
        let reaction = """
              <reaction id="R_B" reversible="false" fbc:lowerFluxBound="bad" fbc:upperFluxBound="ub"/>
        """
        assertFails(document(reactions: reaction), line: spliceLine, containing: "NaN")
    }

    func testReversedBounds() {
        let reaction = """
              <reaction id="R_B" reversible="false" fbc:lowerFluxBound="ub" fbc:upperFluxBound="lb"/>
        """
        assertFails(document(reactions: reaction), line: spliceLine, containing: "exceeds upper bound")
    }

    func testUnparsableGPRInNotes() {
        let text = """
        <sbml xmlns="http://www.sbml.org/sbml/level2" level="2" version="1">
          <model id="m">
            <listOfCompartments><compartment id="c"/></listOfCompartments>
            <listOfSpecies><species id="M_a_c" compartment="c"/></listOfSpecies>
            <listOfReactions>
              <reaction id="R_A">
                <notes><html:p xmlns:html="http://www.w3.org/1999/xhtml">GENE_ASSOCIATION: (b0001 and</html:p></notes>
                <listOfReactants><speciesReference species="M_a_c"/></listOfReactants>
              </reaction>
            </listOfReactions>
          </model>
        </sbml>
        """
        assertFails(text, line: 6, containing: "cannot parse gene rule")
    }

    func testEmptyFBCAssociation() {
        let reaction = """
              <reaction id="R_B" reversible="false">
                <fbc:geneProductAssociation><fbc:and/></fbc:geneProductAssociation>
              </reaction>
        """
        assertFails(document(reactions: reaction), line: spliceLine + 1, containing: "empty fbc:and")
    }

    func testObjectiveOnUnknownReaction() {
        assertFails(document(reactions: "", objective: "R_nope"), line: 23, containing: "undeclared reaction 'R_nope'")
    }

    func testEntitiesCommentsCDATAAndSingleQuotes() throws {
        let text = """
        <?xml version='1.0'?>
        <!DOCTYPE sbml [ <!ENTITY x "y"> ]>
        <!-- a comment with <tags> -->
        <sbml xmlns='http://www.sbml.org/sbml/level3/version1/core' xmlns:f='http://www.sbml.org/sbml/level3/version1/fbc/version2' level='3' version='1'>
          <model id='m' name='A &amp; B &lt;&#65;&#x42;&gt; &quot;q&quot; &apos;s&apos;'>
            <listOfCompartments><compartment id='c'/></listOfCompartments>
            <listOfSpecies><species id='M_a_c' compartment='c' f:charge='-2' f:chemicalFormula='C2H3'/></listOfSpecies>
            <listOfReactions>
              <reaction id='R_A' reversible='true'>
                <notes><body xmlns="http://www.w3.org/1999/xhtml"><p><![CDATA[KEY: <v>]]></p></body></notes>
                <listOfReactants><speciesReference species='M_a_c'/></listOfReactants>
              </reaction>
            </listOfReactions>
          </model>
        </sbml>
        """
        let model = try read(text).model
        XCTAssertEqual(model.name, "A & B <AB> \"q\" 's'")
        // FBC found through its namespace URI under an unusual prefix.
        XCTAssertEqual(model.metabolite("a_c")?.charge, -2)
        XCTAssertEqual(model.metabolite("a_c")?.formula, "C2H3")
        let reaction = try XCTUnwrap(model.reaction("A"))
        XCTAssertEqual(reaction.notes["KEY"], "<v>")
        // No bounds: COBRApy's defaults, whatever the reversibility.
        XCTAssertEqual(reaction.lowerBound, -1000)
        XCTAssertEqual(reaction.upperBound, 1000)
    }
}
