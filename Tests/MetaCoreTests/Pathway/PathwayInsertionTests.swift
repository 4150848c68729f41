import MetaCore
import XCTest

final class PathwayInsertionTests: XCTestCase {
    func testInsertionLeavesTheChassisUntouched() throws {
        let chassis = try PathwayTestSupport.iML1515()
        let before = (chassis.reactions, chassis.metabolites)
        let bdo = try PathwayTestSupport.pathway("bdo_yim2011", in: "14bdo.yaml")
        let insertion = try chassis.inserting(bdo, table: PathwayTestSupport.table)
        XCTAssertEqual(chassis.reactions, before.0)
        XCTAssertEqual(chassis.metabolites, before.1)
        XCTAssertNil(chassis.reaction("SUCD_bdo"))
        XCTAssertEqual(insertion.addedReactions, ["SUCD_bdo", "SUCA_bdo", "CAT2_bdo", "ALD_bdo", "ADH_bdo"])
        XCTAssertEqual(insertion.exportReactions, ["EXPORT_14bdo", "EX_14bdo_e"])
        XCTAssertEqual(insertion.model.reactions.count, chassis.reactions.count + 7)
        XCTAssertEqual(Set(insertion.createdMetabolites), ["4hbutcoa_c", "4hbal_c", "14bdo_c", "14bdo_e"])
        XCTAssertEqual(insertion.heterologousSteps, 5)
        XCTAssertEqual(insertion.productMetabolite, "14bdo_c")
        XCTAssertEqual(insertion.productDrain, "EX_14bdo_e")
        XCTAssertEqual(insertion.model.reaction("EX_14bdo_e").map { [$0.lowerBound, $0.upperBound] }, [0, 1000])
        // iML1515's GHBDHx is the 4-hydroxybutyrate dehydrogenase step, so it is not added twice.
        XCTAssertEqual(insertion.nativeReactions, [
            .init(pathwayReaction: "HBD_bdo", chassisReaction: "GHBDHx", match: .stoichiometry, note: nil),
        ])
        XCTAssertTrue(insertion.balances.allSatisfy { $0.isBalanced && $0.isVerifiable }, "\(insertion.balances)")
        XCTAssertEqual(insertion.model.reaction("SUCD_bdo")?.annotations["ec-code"], ["1.2.1.76"])
    }

    func testNativeProductOnlyGetsWhatIsMissing() throws {
        let chassis = try PathwayTestSupport.iML1515()
        let succinate = try PathwayTestSupport.pathway("succ_native", in: "succinate.yaml")
        let insertion = try chassis.inserting(succinate)
        XCTAssertEqual(insertion.exportReactions, [])
        XCTAssertEqual(insertion.productDrain, "EX_succ_e")
        XCTAssertEqual(insertion.heterologousSteps, 0)
        XCTAssertEqual(insertion.model.reactions.count, chassis.reactions.count)
    }

    /// iJN1463 has succ_e, its exchange and an outer-membrane porin, but its only inner-membrane
    /// succinate transporter (SUCCt2_2pp) takes succinate up: the export must be added.
    func testExportIsAddedWhenTransportersOnlyTakeTheProductUp() throws {
        let chassis = try ModelIO.read(path: TestModels.path("iJN1463.xml.gz")).model
        XCTAssertNotNil(chassis.reaction("EX_succ_e"))
        let succinate = try PathwayTestSupport.pathway("succ_native", in: "succinate.yaml")
        let insertion = try chassis.inserting(succinate)
        XCTAssertEqual(insertion.exportReactions, ["EXPORT_succ"])
        XCTAssertEqual(insertion.productDrain, "EX_succ_e")
        // The file's medium (glucose 6 mmol/gDW/h, aerobic): COBRApy 0.32 + GLPK with the same
        // EXPORT_succ gives a maximum succinate secretion of 9.39525423728813.
        let result = try FBA.optimize(insertion.model, objective: .reaction("EX_succ_e"))
        XCTAssertEqual(try XCTUnwrap(result.objectiveValue), 9.39525423728813, accuracy: 1e-6 * 9.4)
    }

    /// iMA871 (A. niger) has no formulas, no cross-references and no cytosolic proton: its
    /// metabolites are found by name (synonyms), and the route's protons are left out as the
    /// model's own reactions leave them out, without an H or charge imbalance being claimed.
    func testNamesOnlyModelWithoutProtons() throws {
        let chassis = try ModelIO.read(path: TestModels.path("iMA871.xml.gz")).model
        let table = MetaboliteTable([
            PathwayMetabolite(id: "nadh", name: "Nicotinamide adenine dinucleotide - reduced", formula: "C21H27N7O14P2", charge: -2, synonyms: ["NADH"]),
            PathwayMetabolite(id: "nad", name: "Nicotinamide adenine dinucleotide", formula: "C21H26N7O14P2", charge: -1, synonyms: ["NAD(+)"]),
            PathwayMetabolite(id: "h", name: "H+", formula: "H", charge: 1),
            PathwayMetabolite(id: "h2o", name: "Water", formula: "H2O", charge: 0, synonyms: ["H2O"]),
            PathwayMetabolite(id: "glyc", name: "Glycerol", formula: "C3H8O3", charge: 0),
        ])
        let pathway = try PathwayTestSupport.pathway("pdo_glycerol_dha", in: "13pdo.yaml")
        let insertion = try chassis.inserting(pathway, table: table)
        XCTAssertEqual(insertion.omittedProtons, [try XCTUnwrap(MetaboliteReference(parsing: "h_c"))])
        XCTAssertEqual(insertion.metabolite(for: try XCTUnwrap(MetaboliteReference(parsing: "nadh_c"))), "NADH")
        XCTAssertEqual(insertion.metabolite(for: try XCTUnwrap(MetaboliteReference(parsing: "glyc_c"))), "GL")
        XCTAssertEqual(insertion.unbalanced, [])
        let reduction = try XCTUnwrap(insertion.balances.first { $0.reaction == "PDOR_pdo" })
        XCTAssertFalse(reduction.isVerifiable, "charge and hydrogen were not checked")
        XCTAssertEqual(insertion.model.reaction("PDOR_pdo")?.stoichiometry["NADH"], -1)
    }

    /// iMA871 writes its exchanges `<=> SUCCe`: the inserted model turns the product's exchange
    /// round, so production is positive flux.
    func testProductExchangeWrittenBackwardsIsTurnedRound() throws {
        let chassis = try ModelIO.read(path: TestModels.path("iMA871.xml.gz")).model
        XCTAssertEqual(chassis.reaction("1278")?.stoichiometry["SUCCe"], 1)
        let succinate = try PathwayTestSupport.pathway("succ_native", in: "succinate.yaml")
        let insertion = try chassis.inserting(succinate)
        XCTAssertEqual(insertion.productDrain, "1278")
        XCTAssertTrue(insertion.productDrainReversed)
        let exchange = try XCTUnwrap(insertion.model.reaction("1278"))
        XCTAssertEqual(exchange.stoichiometry["SUCCe"], -1)
        XCTAssertEqual([exchange.lowerBound, exchange.upperBound], [-1000, 1000])
        // The same optimum, read with the opposite sign: least flux of the file's exchange.
        let released = try XCTUnwrap(try FBA.optimize(insertion.model, objective: .reaction("1278")).objectiveValue)
        let asWritten = try XCTUnwrap(try FBA.optimize(chassis, objective: .reaction("1278", sense: .minimize)).objectiveValue)
        XCTAssertGreaterThan(released, 1)
        XCTAssertEqual(released, -asWritten, accuracy: 1e-6 * released)
    }

    func testSameIDAndClashes() throws {
        let chassis = try PathwayTestSupport.eColiCore()
        let pgi = try ReactionEquation.parse("g6p_c <=> f6p_c")
        var pathway = Pathway(id: "t", name: "t", product: PathwayMetabolite(id: "f6p"),
                              reactions: [PathwayReaction(id: "PGI", stoichiometry: pgi.stoichiometry, lowerBound: -1000)])
        let insertion = try chassis.inserting(pathway)
        XCTAssertEqual(insertion.nativeReactions.map(\.match), [.identifier])
        XCTAssertTrue(insertion.addedReactions.isEmpty)
        // Same id, different reaction: added under a pathway-qualified id (balance not enforced here).
        pathway.reactions[0].stoichiometry = try ReactionEquation.parse("g6p_c --> 2 f6p_c").stoichiometry
        let renamed = try chassis.inserting(pathway, requireBalance: false)
        XCTAssertEqual(renamed.renamedReactions, ["PGI": "PGI__t"])
        XCTAssertEqual(renamed.addedReactions, ["PGI__t"])
    }

    func testUnbalancedReactionIsRejectedByName() throws {
        let chassis = try PathwayTestSupport.iML1515()
        var pathway = try PathwayTestSupport.pathway("unbalanced_ssa", in: "unbalanced.yaml")
        XCTAssertThrowsError(try chassis.inserting(pathway)) { error in
            guard case .unbalanced(_, let balances) = error as? PathwayError else { return XCTFail("\(error)") }
            XCTAssertEqual(balances.map(\.reaction), ["SUCD_unbalanced"])
            XCTAssertEqual(balances.first?.elementImbalance, ["H": 1])
            XCTAssertEqual(balances.first?.chargeImbalance, 1)
            XCTAssertTrue("\(error)".contains("reaction 'SUCD_unbalanced' is unbalanced (H +1; charge +1)"), "\(error)")
        }
        pathway.reactions[0].balanceWaiver = "test"
        XCTAssertEqual(try chassis.inserting(pathway).balances.first?.isAcceptable, true)
        // Unverifiable is not unbalanced.
        let check = ReactionBalance.check(reaction: "R", stoichiometry: [("a", -1), ("b", 1)], formula: { $0 == "a" ? Formula("C2") : nil },
                                          charge: { _ in 0 })
        XCTAssertTrue(check.isBalanced)
        XCTAssertFalse(check.isVerifiable)
        XCTAssertEqual(check.metabolitesWithoutFormula, ["b"])
    }

    func testFreeLunchIsFoundAndNamed() throws {
        let chassis = try PathwayTestSupport.iML1515()
        let pathway = try PathwayTestSupport.pathway("free_atp", in: "free_lunch.yaml")
        let index = ChassisIndex(chassis)
        let insertion = try chassis.inserting(pathway, table: PathwayTestSupport.table, index: index)
        XCTAssertTrue(insertion.unbalanced.isEmpty)  // balanced, and still impossible
        let check = try FreeLunchCheck.run(insertion, table: PathwayTestSupport.table, index: index)
        XCTAssertFalse(check.passed)
        let atp = try XCTUnwrap(check.tests.first { $0.name == "ATP" })
        XCTAssertFalse(atp.passed)
        XCTAssertEqual(atp.chassisMaximum, 0, accuracy: 1e-9)
        XCTAssertGreaterThan(atp.maximum, 1)
        XCTAssertEqual(atp.responsibleReactions, ["ATPGEN_free"])
        XCTAssertTrue(check.failureSummary.contains("via ATPGEN_free"), check.failureSummary)

        let bdo = try chassis.inserting(try PathwayTestSupport.pathway("bdo_yim2011", in: "14bdo.yaml"), table: PathwayTestSupport.table, index: index)
        let sound = try FreeLunchCheck.run(bdo, table: PathwayTestSupport.table, index: index)
        XCTAssertTrue(sound.passed, sound.failureSummary)
        XCTAssertEqual(sound.tests.map(\.name), ["product 14bdo_c", "ATP", "NADH", "NADPH"])
        XCTAssertEqual(sound.skipped, [])
    }
}
