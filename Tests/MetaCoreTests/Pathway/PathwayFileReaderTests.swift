import MetaCore
import XCTest

final class PathwayFileReaderTests: XCTestCase {
    func testReadsTheBDOFixture() throws {
        let file = try PathwayFileReader.read(path: PathwayTestSupport.fixture("14bdo.yaml"))
        XCTAssertEqual(file.product.id, "14bdo")
        XCTAssertEqual(file.product.formula, "C4H10O2")
        XCTAssertEqual(file.product.charge, 0)
        XCTAssertEqual(file.product.xrefs, [CrossReference(.chebi, "41189")])
        let bdo = try XCTUnwrap(file.pathways.first)
        XCTAssertEqual(bdo.id, "bdo_yim2011")
        XCTAssertTrue(bdo.export)
        XCTAssertEqual(bdo.references, [Citation("Yim et al. 2011, Nat Chem Biol 7:445", doi: "10.1038/nchembio.580")])
        XCTAssertEqual(bdo.reactions.map(\.id), ["SUCD_bdo", "SUCA_bdo", "HBD_bdo", "CAT2_bdo", "ALD_bdo", "ADH_bdo"])
        XCTAssertEqual(bdo.reactions[0].equation, "succoa_c + nadh_c + h_c --> sucsal_c + coa_c + nad_c")
        XCTAssertEqual(bdo.reactions[0].enzymes, [PathwayEnzyme(ec: "1.2.1.76", gene: "sucD", organism: "Porphyromonas gingivalis")])
        XCTAssertEqual(bdo.metabolites.map(\.id), ["sucsal", "ghb", "4hbutcoa", "4hbal"])
        XCTAssertTrue(bdo.metabolites.allSatisfy(\.isNew))
        XCTAssertEqual(bdo.productReference.description, "14bdo_c")
        XCTAssertEqual(bdo.metaboliteReferences.first?.description, "succoa_c")
    }

    func testNativeRouteAndKineticFields() throws {
        let succinate = try PathwayFileReader.read(path: PathwayTestSupport.fixture("succinate.yaml"))
        XCTAssertTrue(try XCTUnwrap(succinate.pathways.first).isNativeOverproduction)
        let text = """
            product: {id: p, name: P, formula: C3H6O3, charge: 0}
            pathways:
              - id: r1
                name: route
                export: true
                reactions:
                  - id: R1
                    equation: pyr_c + nadh_c + h_c <=> p_c + nad_c
                    bounds: [-10, 20]
                    dg0: -25.1
                    dg0_reference: {text: eQuilibrator 3.0, url: "https://equilibrator.weizmann.ac.il"}
                    balance_waiver: "known: test"
                    enzymes:
                      - ec: 1.1.1.27
                        gene: ldhA
                        kcat: 10.5
                        km: 0.1
                        mw: 36.5
                        reference: {text: "BRENDA", doi: 10.1093/nar/gkaa1025}
            """
        let file = try PathwayFileReader.parse(text, file: "inline.yaml")
        let reaction = try XCTUnwrap(file.pathways.first?.reactions.first)
        XCTAssertEqual([reaction.lowerBound, reaction.upperBound], [-10, 20])
        XCTAssertEqual(reaction.standardGibbsEnergy, -25.1)
        XCTAssertEqual(reaction.standardGibbsEnergyReference?.url, "https://equilibrator.weizmann.ac.il")
        XCTAssertEqual(reaction.balanceWaiver, "known: test")
        XCTAssertEqual(reaction.enzymes.first?.kcat, 10.5)
        XCTAssertEqual(reaction.enzymes.first?.molecularWeight, 36.5)
        XCTAssertEqual(reaction.thermodynamicStep?.standardGibbsEnergy, -25.1)
        XCTAssertEqual(file.pathways.first?.enzymeCapacities.first?.kcat, 10.5)
    }

    /// Every problem names the file and the line, and the pathway and reaction it is in.
    func testErrorsPointAtTheLine() {
        let header = "product: {id: p, name: P, formula: C3H6O3, charge: 0}\npathways:\n"
        let cases: [(String, Int, String)] = [
            ("product: [a\n", 2, "invalid YAML"),
            (header + "  - id: r1\n    name: x\n    export: true\n    reactions:\n      - id: R1\n        equation: a_c + b_c\n", 8,
             "pathway 'r1', reaction 'R1': cannot parse equation 'a_c + b_c': no arrow"),
            (header + "  - id: r1\n    export: true\n", 3, "pathway 'r1': missing required key 'name'"),
            (header + "  - id: r1\n    name: x\n    refrences: []\n", 5, "unknown key 'refrences' in a pathway"),
            (header + "  - id: R 1\n    name: x\n", 3, "pathway 'R 1': the id must use lowercase letters"),
            (header + "  - id: r1\n    name: x\n    export: true\n    metabolites:\n      - id: m\n        formula: C3H(6\n", 8,
             "metabolite 'm': 'C3H(6' is not a chemical formula"),
            (header + "  - id: r1\n    name: x\n    export: true\n    metabolites:\n      - id: m\n        xrefs: [pubchem:1]\n", 8,
             "unknown cross-reference 'pubchem:1'"),
            (header + "  - id: r1\n    name: x\n    export: true\n  - id: r1\n    name: y\n    export: true\n", 6,
             "pathway id 'r1' is used twice (first at line 3)"),
            (header + "  - id: r1\n    name: x\n    export: true\n    reactions:\n      - id: R1\n        equation: a_c --> p_c\n        bounds: [5, 1]\n", 9,
             "lower bound 5 exceeds upper bound 1"),
            (header + "  - id: r1\n    name: x\n", 3, "needs 'export: true'"),
            (header + "  - id: r1\n    name: x\n    export: maybe\n", 5, "'export' must be true or false"),
            (header + "  - id: r1\n    name: x\n    export: true\n    substrates: {a: b}\n", 6, "'substrates' must be a list"),
        ]
        for (text, line, message) in cases {
            XCTAssertThrowsError(try PathwayFileReader.parse(text, file: "bad.yaml"), message) { error in
                let description = "\(error)"
                XCTAssertTrue(description.hasPrefix("bad.yaml:\(line): "), "expected line \(line): \(description)")
                XCTAssertTrue(description.contains(message), "expected '\(message)' in: \(description)")
            }
        }
    }

    func testMissingFileIsAnError() {
        XCTAssertThrowsError(try PathwayFileReader.read(path: "/nonexistent/p.yaml")) { error in
            XCTAssertTrue("\(error)".hasPrefix("/nonexistent/p.yaml: cannot read"), "\(error)")
        }
    }

    /// What the writer produces reads back to the same values.
    func testWriterRoundTrips() throws {
        for name in ["14bdo.yaml", "succinate.yaml", "13pdo.yaml", "free_lunch.yaml"] {
            let file = try PathwayFileReader.read(path: PathwayTestSupport.fixture(name))
            let text = PathwayFileWriter.text(file)
            let again = try PathwayFileReader.parse(text, file: "written.yaml")
            XCTAssertEqual(again.product, file.product, name)
            XCTAssertEqual(again.pathways, file.pathways, "\(name):\n\(text)")
        }
        var odd = try PathwayTestSupport.pathway("bdo_yim2011", in: "14bdo.yaml")
        odd.name = "a: tricky # name, \"quoted\""
        odd.notes = "null"
        odd.substrates = ["glucose", "xylose"]
        odd.metabolites[0].smiles = "[O-]C(=O)CCC=O"
        odd.reactions[0].lowerBound = -.infinity
        odd.reactions[0].standardGibbsEnergy = -12.5
        odd.reactions[0].standardGibbsEnergyReference = Citation("eQuilibrator", url: "https://equilibrator.weizmann.ac.il")
        let again = try PathwayFileReader.parse(PathwayFileWriter.text(odd), file: "odd.yaml")
        XCTAssertEqual(again.pathways, [odd])
    }

    func testMetaboliteTable() throws {
        let text = """
            metabolites:
              - id: atp
                name: ATP
                formula: C10H12N5O13P3
                charge: -4
                xrefs: [chebi:30616, kegg:C00002]
                synonyms: [adenosine triphosphate]
              - id: atp
                name: again
            """
        XCTAssertThrowsError(try MetaboliteTable.parse(text, file: "metabolites.yaml")) { error in
            XCTAssertTrue("\(error)".hasPrefix("metabolites.yaml:8: "), "\(error)")
        }
        let table = try MetaboliteTable.parse(text.components(separatedBy: "\n").prefix(7).joined(separator: "\n"), file: "m.yaml")
        XCTAssertEqual(table["atp"]?.charge, -4)
        XCTAssertEqual(table["atp"]?.synonyms, ["adenosine triphosphate"])
    }
}
