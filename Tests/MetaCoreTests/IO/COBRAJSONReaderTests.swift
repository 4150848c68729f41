import Foundation
import MetaCore
import XCTest

final class COBRAJSONReaderTests: XCTestCase {
    /// Expected values come from COBRApy 0.32 `load_json_model` on the same file.
    func testIJN1463LoadsLikeCOBRApy() throws {
        let path = TestModels.path("iJN1463_bigg_input.json.gz")
        let bytes = try FileBytes.read(path: path)
        let start = Date()
        let loaded = try COBRAJSONReader.read(bytes: bytes, file: path)
        print("iJN1463 JSON: read in \(Int(Date().timeIntervalSince(start) * 1000)) ms (\(bytes.count) bytes)")
        let model = loaded.model

        XCTAssertEqual(model.id, "iJN1463")
        XCTAssertEqual(model.reactions.count, 2929)
        XCTAssertEqual(model.metabolites.count, 2155)
        XCTAssertEqual(model.genes.count, 1462)
        XCTAssertEqual(model.metabolites.first?.id, "10fthf_c")
        XCTAssertEqual(model.reactions.first?.id, "13DAMPPabcpp")
        XCTAssertEqual(model.reactions.last?.id, "UND2ONEtpp")
        XCTAssertEqual(model.genes.first?.id, "PP_s0001")
        XCTAssertEqual(model.genes.last?.id, "PP_4138")
        XCTAssertEqual(model.objective, .reaction("BiomassKT2440_WT3"))

        let pdh = try XCTUnwrap(model.reaction("PDH"))
        XCTAssertEqual(pdh.lowerBound, 0)
        XCTAssertEqual(pdh.upperBound, 999999)
        XCTAssertEqual(pdh.gpr?.description, "(PP_0339 and PP_0338 and PP_4187) or (PP_0339 and PP_0338 and PP_5366)")
        XCTAssertEqual(pdh.subsystem, "S_Glycolysis")
        let pgi = try XCTUnwrap(model.reaction("PGI"))
        XCTAssertEqual(pgi.lowerBound, -999999)
        XCTAssertEqual(pgi.gpr?.description, "PP_1808 or PP_4701")
        XCTAssertEqual(pgi.notes["PROTEIN ASSOCIATION"], "( Pgi-1 ) or ( Pgi-2 )")
        XCTAssertEqual(model.reaction("EX_glc__D_e")?.lowerBound, -6)
        XCTAssertEqual(model.reaction("BiomassKT2440_WT3")?.stoichiometry["atp_c"], -46.918883)

        let folate = try XCTUnwrap(model.metabolite("10fthf_c"))
        XCTAssertEqual(folate.formula, "C20H21N7O7")
        XCTAssertEqual(folate.charge, -2)
        XCTAssertEqual(folate.compartment, "Cytosol")
        XCTAssertEqual(folate.annotations["chebi"], ["15637"])
        XCTAssertEqual(folate.annotations["kegg.compound"], ["C00234"])
        // The file writes this charge as -4.0 and this note as a one-element list of two ids.
        let pentenoyl = try XCTUnwrap(model.metabolite("pt3coa_c"))
        XCTAssertEqual(pentenoyl.charge, -4)
        XCTAssertEqual(pentenoyl.notes["original_bigg_ids"], "pt2coa; pt2coa_c")

        // Two metabolites have compartment "" in the file; Model needs a real id.
        XCTAssertEqual(model.metabolite("acmtsoxin_e")?.compartment, "unassigned")
        XCTAssertEqual(model.compartments.map(\.id), ["Cytosol", "Extra_organism", "Periplasm", "unassigned"])
        XCTAssertEqual(loaded.warnings.filter { $0.contains("no compartment") }.count, 2)
        XCTAssertEqual(model.notes["text"], "Added Detect Reactions and corrected metabolite names\n Added Levulinic Acid Catabolism")
    }

    func testCOBRApyInfinityStringsAndPythonLiterals() throws {
        let json = """
        {"metabolites":[{"id":"a","name":"","compartment":"c"}],
        "reactions":[
        {"id":"r1","name":"","metabolites":{"a":-1},"lower_bound":"-inf","upper_bound":"inf","gene_reaction_rule":""},
        {"id":"r2","name":"","metabolites":{"a":1},"lower_bound":-Infinity,"upper_bound":Infinity,"gene_reaction_rule":"","objective_coefficient":2.5e-1},
        {"id":"r3","name":"","metabolites":{"a":1.5E+2}}
        ],"genes":[],"id":"m","compartments":{"c":"cytosol"},"version":"1"}
        """
        let model = try read(json).model
        XCTAssertEqual(model.reaction("r1")?.lowerBound, -.infinity)
        XCTAssertEqual(model.reaction("r1")?.upperBound, .infinity)
        XCTAssertEqual(model.reaction("r2")?.lowerBound, -.infinity)
        XCTAssertEqual(model.reaction("r2")?.upperBound, .infinity)
        XCTAssertEqual(model.objective.coefficients, ["r2": 0.25])
        // Bounds left out take COBRApy's defaults.
        XCTAssertEqual(model.reaction("r3")?.lowerBound, 0)
        XCTAssertEqual(model.reaction("r3")?.upperBound, 1000)
        XCTAssertEqual(model.reaction("r3")?.stoichiometry["a"], 150)
        XCTAssertEqual(model.compartments, [Compartment(id: "c", name: "cytosol")])
    }

    func testAnnotationShapes() throws {
        let json = """
        {"metabolites":[
        {"id":"a","name":"","compartment":"c","annotation":{"chebi":["CHEBI:1","CHEBI:2"],"kegg.compound":"C1"}},
        {"id":"b","name":"","compartment":"c","annotation":[["KEGG Compound","http://identifiers.org/kegg.compound/C00031"],["CHEBI","http://identifiers.org/chebi/CHEBI:17634"]]},
        {"id":"d","name":"","compartment":"c","annotation":{"sbo":[["SBO term","https://identifiers.org/sbo/SBO:0000247"]]}}
        ],"reactions":[],"genes":[],"id":"m","compartments":{"c":""}}
        """
        let model = try read(json).model
        XCTAssertEqual(model.metabolite("a")?.annotations.entries, ["chebi": ["CHEBI:1", "CHEBI:2"], "kegg.compound": ["C1"]])
        XCTAssertEqual(model.metabolite("b")?.annotations.entries, ["kegg.compound": ["C00031"], "chebi": ["CHEBI:17634"]])
        XCTAssertEqual(model.metabolite("d")?.annotations.entries, ["sbo": ["SBO:0000247"]])
    }

    func testStringEscapesAndUnicode() throws {
        let json = #"""
        {"metabolites":[{"id":"a\u005fb","name":"\u03b1-D-glucose \ud83e\uddea \"q\" \\ \/ tab\t","compartment":"c","formula":"C6H12O6"}],
        "reactions":[],"id":"m","compartments":{"c":"Zytosol – ü"}}
        """#
        let model = try read(json).model
        let metabolite = try XCTUnwrap(model.metabolite("a_b"))
        XCTAssertEqual(metabolite.name, "α-D-glucose 🧪 \"q\" \\ / tab\t")
        XCTAssertEqual(model.compartments.first?.name, "Zytosol – ü")
    }

    func testUndeclaredCompartmentIsAddedWithWarning() throws {
        let json = """
        {"metabolites":[{"id":"a","name":"","compartment":"x"}],"reactions":[],"id":"m","compartments":{"c":""}}
        """
        let loaded = try read(json)
        XCTAssertEqual(loaded.model.compartments.map(\.id), ["c", "x"])
        XCTAssertTrue(loaded.warnings.contains { $0.contains("'x'") && $0.contains("not declared") }, "\(loaded.warnings)")
    }

    func testObjectiveDirectionIsHonoured() throws {
        let json = """
        {"metabolites":[{"id":"a","name":"","compartment":"c"}],
        "reactions":[{"id":"r","name":"","metabolites":{"a":1},"objective_coefficient":1}],
        "id":"m","compartments":{"c":""},"objective_direction":"min"}
        """
        XCTAssertEqual(try read(json).model.objective, .reaction("r", sense: .minimize))
    }

    private func read(_ json: String) throws -> LoadedModel {
        try COBRAJSONReader.read(bytes: Array(json.utf8), file: "test.json")
    }
}
