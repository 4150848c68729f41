import Foundation
import MetaCore
import XCTest

final class COBRAJSONWriterTests: XCTestCase {
    func testIJN1463RoundTrip() throws {
        let path = TestModels.path("iJN1463_bigg_input.json.gz")
        let original = try COBRAJSONReader.read(bytes: try FileBytes.read(path: path), file: path).model
        let written = COBRAJSONWriter.write(original)
        // Set METADESIGN_JSON_OUT to keep the file, e.g. to check it with COBRApy.
        if let out = ProcessInfo.processInfo.environment["METADESIGN_JSON_OUT"] {
            try FileBytes.writeAtomically(written, to: out)
        }
        let reread = try COBRAJSONReader.read(bytes: written, file: "written.json")
        XCTAssertEqual(reread.warnings, [])
        assertSame(reread.model, original)
        // Writing is deterministic, so a second round gives the same bytes.
        XCTAssertEqual(COBRAJSONWriter.write(reread.model), written)
    }

    func testHandBuiltModelReadsBackIdentical() throws {
        let model = try Model(
            id: "toy",
            name: "Toy – model \"β\"",
            compartments: [Compartment(id: "c", name: "cytosol"), Compartment(id: "e", name: "")],
            metabolites: [
                Metabolite(id: "glc_e", name: "D-Glucose", compartment: "e", formula: "C6H12O6", charge: 0,
                           annotations: Annotations(["chebi": ["CHEBI:4167", "CHEBI:17634"], "kegg.compound": ["C00031"]])),
                Metabolite(id: "glc_c", name: "α-D-glucose 🧪\n", compartment: "c", formula: nil, charge: -2,
                           notes: ["origin": "hand\\made"]),
                Metabolite(id: "atp_c", compartment: "c", charge: nil),
            ],
            reactions: [
                Reaction(id: "EX_glc_e", name: "exchange", stoichiometry: ["glc_e": -1],
                         lowerBound: -.infinity, upperBound: .infinity),
                Reaction(id: "GLCt", stoichiometry: ["glc_e": -1, "glc_c": 1, "atp_c": -0.1234567890123456789],
                         lowerBound: -1e-7, upperBound: 1e30,
                         gpr: try GPR.parse("b1 and (b2 or b3)"), subsystem: "Transport",
                         annotations: Annotations(["ec-code": ["1.1.1.1"]]), notes: ["confidence": "3"]),
                Reaction(id: "DM_atp", stoichiometry: ["atp_c": -1], lowerBound: 0, upperBound: 5),
            ],
            genes: [Gene(id: "b2", name: "ptsG", annotations: Annotations(["ncbigene": ["945651"]]))],
            objective: Objective(coefficients: ["GLCt": 0.5, "DM_atp": 2], sense: .minimize),
            notes: ["author": "metadesign tests"]
        )
        let written = COBRAJSONWriter.write(model)
        XCTAssertTrue(String(decoding: written, as: UTF8.self).allSatisfy(\.isASCII), "COBRApy writes ASCII only")
        let reread = try COBRAJSONReader.read(bytes: written, file: "toy.json")
        XCTAssertEqual(reread.warnings, [])
        assertSame(reread.model, model)
        XCTAssertEqual(reread.model.genes.map(\.id), ["b2", "b1", "b3"])
    }

    func testLayoutMatchesCOBRApy() throws {
        let model = try Model(
            id: "m",
            compartments: [Compartment(id: "c")],
            metabolites: [Metabolite(id: "a", compartment: "c")],
            reactions: [Reaction(id: "r", stoichiometry: ["a": 1], lowerBound: -.infinity, upperBound: 1000)],
            objective: .reaction("r")
        )
        // `cobra.io.save_json_model`'s layout for this model (COBRApy itself writes `1`
        // and `1000` when the values were Python ints, and leaves out a `None` name).
        let expected = """
        {
        "metabolites":[
        {
        "id":"a",
        "name":"",
        "compartment":"c"
        }
        ],
        "reactions":[
        {
        "id":"r",
        "name":"",
        "metabolites":{
        "a":1.0
        },
        "lower_bound":"-inf",
        "upper_bound":1000.0,
        "gene_reaction_rule":"",
        "objective_coefficient":1.0
        }
        ],
        "genes":[],
        "id":"m",
        "name":"",
        "compartments":{
        "c":""
        },
        "version":"1"
        }
        """
        XCTAssertEqual(String(decoding: COBRAJSONWriter.write(model), as: UTF8.self), expected)
    }

    private func assertSame(_ actual: Model, _ expected: Model, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(actual.id, expected.id, file: file, line: line)
        XCTAssertEqual(actual.name, expected.name, file: file, line: line)
        XCTAssertEqual(actual.compartments, expected.compartments, file: file, line: line)
        XCTAssertEqual(actual.metabolites, expected.metabolites, file: file, line: line)
        XCTAssertEqual(actual.genes, expected.genes, file: file, line: line)
        XCTAssertEqual(actual.objective, expected.objective, file: file, line: line)
        XCTAssertEqual(actual.notes, expected.notes, file: file, line: line)
        XCTAssertEqual(actual.reactions.count, expected.reactions.count, file: file, line: line)
        for (reread, original) in zip(actual.reactions, expected.reactions) where reread != original {
            XCTFail("reaction \(original.id) differs:\n\(reread)\n\(original)", file: file, line: line)
            return
        }
    }
}
