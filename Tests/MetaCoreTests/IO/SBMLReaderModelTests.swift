import XCTest
@testable import MetaCore

/// Every shipped SBML model loads with COBRApy 0.32's counts and values (see models/MANIFEST).
final class SBMLReaderModelTests: XCTestCase {
    /// file → (reactions, metabolites, genes) as `cobra.io.read_sbml_model` reports them.
    /// `iNF517_MODEL1310300000` is the exception: COBRApy cannot read it; the counts are libSBML's.
    static let expectedCounts: [(file: String, reactions: Int, metabolites: Int, genes: Int)] = [
        ("e_coli_core.xml.gz", 95, 72, 137),
        ("textbook.xml.gz", 95, 72, 137),
        ("iJO1366.xml.gz", 2583, 1805, 1367),
        ("iML1515.xml.gz", 2712, 1877, 1516),
        ("iMM904.xml.gz", 1577, 1228, 905),
        ("yeast-GEM_9.0.2.xml.gz", 4131, 2806, 1161),
        ("iYO844.xml.gz", 1478, 1220, 844),
        ("ec_iYO844_lvn_MODEL2504110001.xml.gz", 1270, 1011, 847),
        ("iCGB21FR.xml.gz", 1539, 1042, 805),
        ("iNF517.xml.gz", 754, 650, 516),
        ("iNF517_MODEL1310300000.xml.gz", 754, 650, 517),
        ("iBT721.xml.gz", 778, 662, 724),
        ("iMA871.xml.gz", 1400, 1900, 0),
        ("iJN1463.xml.gz", 2929, 2155, 1462),
        ("universe_bacteria.xml.gz", 5532, 2861, 0),
    ]

    func testEveryModelLoadsWithCOBRApyCounts() throws {
        for expected in Self.expectedCounts {
            let model = try ModelIO.read(path: TestModels.path(expected.file)).model
            XCTAssertEqual(model.reactions.count, expected.reactions, expected.file)
            XCTAssertEqual(model.metabolites.count, expected.metabolites, expected.file)
            XCTAssertEqual(model.genes.count, expected.genes, expected.file)
            if expected.file == "iML1515.xml.gz" {
                XCTAssertEqual(model.objective.summary, "max BIOMASS_Ec_iML1515_core_75p37M")
            }
        }
    }

    func testEColiCoreValuesMatchCOBRApy() throws {
        let loaded = try ModelIO.read(path: TestModels.path("e_coli_core.xml.gz"))
        XCTAssertEqual(loaded.warnings, [])
        let model = loaded.model
        XCTAssertEqual(model.id, "e_coli_core")
        let pfk = try XCTUnwrap(model.reaction("PFK"))
        XCTAssertEqual(pfk.lowerBound, 0)
        XCTAssertEqual(pfk.upperBound, 1000)
        XCTAssertEqual(pfk.gpr?.description, "b3916 or b1723")
        XCTAssertEqual(pfk.name, "Phosphofructokinase")
        // e_coli_core uses the groups package, so the subsystem comes from group membership.
        XCTAssertEqual(pfk.subsystem, "Glycolysis/Gluconeogenesis")
        XCTAssertEqual(pfk.stoichiometry, ["atp_c": -1, "f6p_c": -1, "adp_c": 1, "fdp_c": 1, "h_c": 1])
        XCTAssertEqual(pfk.annotations["sbo"], ["SBO:0000375"])
        XCTAssertEqual(pfk.annotations["ec-code"], ["2.7.1.11"])
        XCTAssertEqual(pfk.annotations["rhea"], ["16109", "16110", "16111", "16112"])

        let glucose = try XCTUnwrap(model.metabolite("glc__D_e"))
        XCTAssertEqual(glucose.formula, "C6H12O6")
        XCTAssertEqual(glucose.charge, 0)
        XCTAssertEqual(glucose.compartment, "e")
        XCTAssertEqual(glucose.annotations["chebi"], ["CHEBI:12965", "CHEBI:17634", "CHEBI:20999", "CHEBI:4167"])
        XCTAssertEqual(glucose.annotations["kegg.compound"], ["C00031"])

        XCTAssertEqual(model.objective.coefficients, ["BIOMASS_Ecoli_core_w_GAM": 1])
        XCTAssertEqual(model.objective.sense, .maximize)
        XCTAssertEqual(model.compartments.map(\.id), ["e", "c"])
        XCTAssertEqual(model.gene("b1241")?.annotations["uniprot"], ["P0A9Q7"])
        XCTAssertNotNil(model.reaction("EX_glc__D_e"))
    }

    func testLevel2LegacyIYO844() throws {
        let model = try ModelIO.read(path: TestModels.path("iYO844.xml.gz")).model
        // COBRApy adds an exchange per boundary species, ahead of the file's reactions.
        let exchange = try XCTUnwrap(model.reactions.first)
        XCTAssertEqual(exchange.id, "EX_2ddglcn_b")
        XCTAssertEqual(exchange.stoichiometry, ["2ddglcn_b": -1])
        XCTAssertEqual(exchange.lowerBound, -1000)
        XCTAssertEqual(exchange.upperBound, 1000)
        XCTAssertEqual(exchange.annotations["sbo"], ["SBO:0000627"])
        XCTAssertEqual(model.reactions.filter { $0.id.hasPrefix("EX_") && $0.id.hasSuffix("_b") }.count, 228)
        XCTAssertNotNil(model.metabolite("2ddglcn_b"), "the boundary species stays in the model")

        // Bounds and objective from kineticLaw parameters, GPR and subsystem from notes.
        let reaction = try XCTUnwrap(model.reaction("23CN2P1"))
        XCTAssertEqual(reaction.lowerBound, -999999)
        XCTAssertEqual(reaction.upperBound, 999999)
        XCTAssertEqual(reaction.gpr?.description, "BG12930")
        XCTAssertEqual(reaction.subsystem, "S_Nucleotides_and_nucleic_acids")
        XCTAssertEqual(model.objective.coefficients, ["BS_Biomass_10": 1])
        // Level 2 core charge attribute; COBRApy reads no formula from the species name.
        let metabolite = try XCTUnwrap(model.metabolite("10fthf_c"))
        XCTAssertEqual(metabolite.charge, -2)
        XCTAssertNil(metabolite.formula)
        XCTAssertEqual(model.gene("BG12930")?.name, "BG12930")
    }

    func testLevel2LegacyINF517() throws {
        let model = try ModelIO.read(path: TestModels.path("iNF517.xml.gz")).model
        XCTAssertEqual(model.objective.coefficients, ["biomass_LLA": 1])
        XCTAssertEqual(model.reactions.first?.subsystem, "Exchange")
    }

    func testToolboxGeneIndexIsKeptWithAWarning() throws {
        let loaded = try ModelIO.read(path: TestModels.path("iNF517_MODEL1310300000.xml.gz"))
        XCTAssertNotNil(loaded.model.gene("x(375)"))
        XCTAssertEqual(loaded.warnings.count, 1)
        XCTAssertTrue(loaded.warnings[0].contains("x(375)"), loaded.warnings[0])
        XCTAssertTrue(loaded.warnings[0].contains("COBRA Toolbox gene ind"), loaded.warnings[0])
    }
}
