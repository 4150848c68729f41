import XCTest
@testable import MetaCore

/// SBML → `SBMLWriter` → `SBMLReader` keeps everything the model holds.
final class SBMLRoundTripTests: XCTestCase {
    func testEColiCoreRoundTrip() throws {
        try assertRoundTrip("e_coli_core.xml.gz")
    }

    func testIML1515RoundTrip() throws {
        try assertRoundTrip("iML1515.xml.gz")
    }

    func testLevel2InputRoundTripsThroughLevel3() throws {
        try assertRoundTrip("iYO844.xml.gz")
    }

    func testWrittenFileIsEscapedAndPrefixed() throws {
        let model = try Model(
            id: "tiny", name: "A & B <test>",
            compartments: [Compartment(id: "c", name: "cytosol")],
            metabolites: [Metabolite(id: "a-b_c", name: "\"quoted\" & <odd>", compartment: "c", formula: "C2", charge: -1)],
            reactions: [Reaction(id: "EX_a-b_c", stoichiometry: ["a-b_c": -1], lowerBound: -.infinity, upperBound: 7.5,
                                 gpr: try GPR.parse("g.1 and (g2 or g3)"), subsystem: "Ex & change",
                                 notes: ["NOTE": "x < y"])],
            objective: .reaction("EX_a-b_c", sense: .minimize))
        let bytes = SBMLWriter.write(model)
        let text = String(decoding: bytes, as: UTF8.self)
        XCTAssertTrue(text.contains("id=\"M_a__45__b_c\""))
        XCTAssertTrue(text.contains("id=\"R_EX_a__45__b_c\""))
        XCTAssertTrue(text.contains("fbc:geneProduct=\"G_g__46__1\""))
        XCTAssertTrue(text.contains("name=\"&quot;quoted&quot; &amp; &lt;odd&gt;\""))
        let back = try SBMLReader.read(bytes: bytes, file: "tiny.xml").model
        XCTAssertEqual(back.name, "A & B <test>")
        XCTAssertEqual(back.metabolites.first?.id, "a-b_c")
        XCTAssertEqual(back.metabolites.first?.name, "\"quoted\" & <odd>")
        let reaction = try XCTUnwrap(back.reaction("EX_a-b_c"))
        XCTAssertEqual(reaction.lowerBound, -.infinity)
        XCTAssertEqual(reaction.upperBound, 7.5)
        XCTAssertEqual(reaction.gpr?.description, "g.1 and (g2 or g3)")
        XCTAssertEqual(reaction.subsystem, "Ex & change")
        XCTAssertEqual(reaction.notes["NOTE"], "x < y")
        XCTAssertEqual(back.objective, .reaction("EX_a-b_c", sense: .minimize))
    }

    /// Namespace order is not preserved when an SBO term comes from an RDF resource rather than `sboTerm`.
    private func unordered(_ annotations: Annotations) -> [String: [String]] {
        Dictionary(uniqueKeysWithValues: annotations.entries.map { ($0.key, $0.value) })
    }

    private func assertRoundTrip(_ file: String) throws {
        let original = try ModelIO.read(path: TestModels.path(file)).model
        let bytes = SBMLWriter.write(original)
        let copy = try SBMLReader.read(bytes: bytes, file: "written-\(file)").model

        XCTAssertEqual(copy.id, original.id)
        XCTAssertEqual(copy.compartments, original.compartments)
        XCTAssertEqual(copy.objective, original.objective)
        XCTAssertEqual(copy.metabolites.map(\.id), original.metabolites.map(\.id))
        XCTAssertEqual(copy.reactions.map(\.id), original.reactions.map(\.id))
        XCTAssertEqual(copy.genes.map(\.id), original.genes.map(\.id))
        for (a, b) in zip(copy.metabolites, original.metabolites) {
            XCTAssertEqual(a.formula, b.formula, a.id)
            XCTAssertEqual(a.charge, b.charge, a.id)
            XCTAssertEqual(a.name, b.name, a.id)
            XCTAssertEqual(a.compartment, b.compartment, a.id)
            XCTAssertEqual(unordered(a.annotations), unordered(b.annotations), a.id)
        }
        for (a, b) in zip(copy.reactions, original.reactions) {
            XCTAssertEqual(a.lowerBound, b.lowerBound, a.id)
            XCTAssertEqual(a.upperBound, b.upperBound, a.id)
            XCTAssertEqual(a.gpr?.description, b.gpr?.description, a.id)
            XCTAssertEqual(a.stoichiometry, b.stoichiometry, a.id)
            XCTAssertEqual(a.subsystem, b.subsystem, a.id)
            XCTAssertEqual(unordered(a.annotations), unordered(b.annotations), a.id)
        }
        for (a, b) in zip(copy.genes, original.genes) {
            XCTAssertEqual(unordered(a.annotations), unordered(b.annotations), a.id)
        }
    }
}
