import MetaCore
import XCTest

final class MetaboliteResolverTests: XCTestCase {
    private func reference(_ text: String) throws -> MetaboliteReference { try XCTUnwrap(MetaboliteReference(parsing: text)) }

    private func route(metabolites: [PathwayMetabolite], equation: String) throws -> Pathway {
        let parsed = try ReactionEquation.parse(equation)
        return Pathway(id: "t", name: "test", product: PathwayMetabolite(id: "prod", name: "product", formula: "C3H6O3", charge: 0),
                       metabolites: metabolites, reactions: [PathwayReaction(id: "R_t", stoichiometry: parsed.stoichiometry)])
    }

    func testEColiCoreByIDCrossReferenceCreationAndFailure() throws {
        let model = try PathwayTestSupport.eColiCore()
        let resolver = MetaboliteResolver(model: model, index: ChassisIndex(model), table: PathwayTestSupport.table)
        let pathway = try route(
            metabolites: [
                PathwayMetabolite(id: "reduced_nad", xrefs: [CrossReference(.chebi, "57945")]),
                PathwayMetabolite(id: "sucsal", name: "succinate semialdehyde", formula: "C4H5O3", charge: -1, isNew: true),
            ],
            equation: "reduced_nad_c + sucsal_c + mystery_c --> prod_c")
        guard case .found(let byID) = resolver.resolve(try reference("nadh_c"), in: pathway) else { return XCTFail("nadh_c") }
        XCTAssertEqual(byID.metabolite, "nadh_c")
        XCTAssertEqual(byID.method, .identifier)
        guard case .found(let byXref) = resolver.resolve(try reference("reduced_nad_c"), in: pathway) else { return XCTFail("xref") }
        XCTAssertEqual(byXref.metabolite, "nadh_c")
        XCTAssertEqual(byXref.method, .crossReference(CrossReference(.chebi, "57945")))
        guard case .create(let created, _) = resolver.resolve(try reference("sucsal_c"), in: pathway) else { return XCTFail("new") }
        XCTAssertEqual(created.id, "sucsal_c")
        XCTAssertEqual(created.compartment, "c")
        XCTAssertEqual(created.formula, "C4H5O3")
        guard case .create(let product, _) = resolver.resolve(try reference("prod_e"), in: pathway) else { return XCTFail("product") }
        XCTAssertEqual(product.compartment, "e")
        guard case .unresolved(let missing) = resolver.resolve(try reference("mystery_c"), in: pathway) else { return XCTFail("unresolved") }
        XCTAssertEqual(missing.tried.first, "id 'mystery_c'")
        XCTAssertTrue(missing.tried.contains("bigg:mystery in c"), "\(missing)")
        XCTAssertTrue(missing.description.contains("not declared"), "\(missing)")
        // e_coli_core has no mitochondrion.
        guard case .unresolved(let noCompartment) = resolver.resolve(try reference("nadh_m")) else { return XCTFail("m") }
        XCTAssertTrue(noCompartment.tried.last?.contains("no mitochondrion compartment") ?? false, "\(noCompartment)")
    }

    /// Older BiGG models (iYO844, iNF517) write `ala_L_c` where BiGG now writes `ala__L_c`.
    func testOlderBiGGSpellings() throws {
        let model = try Model(
            id: "old", compartments: [Compartment(id: "c")],
            metabolites: [Metabolite(id: "ala_L_c", compartment: "c"), Metabolite(id: "glu-L[c]", compartment: "c")],
            reactions: [])
        let resolver = MetaboliteResolver(model: model, index: ChassisIndex(model), table: MetaboliteTable())
        guard case .found(let alanine) = resolver.resolve(try reference("ala__L_c")) else { return XCTFail("ala") }
        XCTAssertEqual(alanine.metabolite, "ala_L_c")
        guard case .found(let glutamate) = resolver.resolve(try reference("glu__L_c")) else { return XCTFail("glu") }
        XCTAssertEqual(glutamate.metabolite, "glu-L[c]")
    }

    /// iBT721 puts every metabolite in one compartment, "No Compartment", and spells the
    /// compartment in the id (`pyr_LSQBKTc_RSQBKT`); its 1,3-propanediol has the formula `X`.
    func testCompartmentTagsInIDsOfTheRealIBT721() throws {
        let model = try ModelIO.read(path: TestModels.path("iBT721.xml.gz")).model
        XCTAssertEqual(model.compartments.map(\.id), ["default"])
        let index = ChassisIndex(model)
        XCTAssertEqual(index.compartments[.cytosol], "default")
        XCTAssertEqual(index.compartments[.extracellular], "default")
        let resolver = MetaboliteResolver(model: model, index: index, table: MetaboliteTable())
        guard case .found(let pyruvate) = resolver.resolve(try reference("pyr_c")) else { return XCTFail("pyr_c") }
        XCTAssertEqual(pyruvate.metabolite, "pyr_LSQBKTc_RSQBKT")
        guard case .found(let outside) = resolver.resolve(try reference("ac_e")) else { return XCTFail("ac_e") }
        XCTAssertEqual(outside.metabolite, "ac_LSQBKTe_RSQBKT")
        // A cytosolic id is not an extracellular one.
        XCTAssertNotEqual(resolver.resolve(try reference("nadh_e")), .found(MetaboliteResolution(
            reference: try reference("nadh_e"), metabolite: "nadh_LSQBKTc_RSQBKT", method: .identifier)))
        // New metabolites take the model's spelling, and the lone `X` gives way to the declared formula.
        let pathway = try PathwayTestSupport.pathway("pdo_glycerol_dha", in: "13pdo.yaml")
        let inserted = try model.inserting(pathway)
        XCTAssertTrue(inserted.model.metabolite("13ppd_LSQBKTe_RSQBKT") != nil, "\(inserted.model.metabolites.suffix(3).map(\.id))")
        XCTAssertEqual(inserted.unbalanced, [], "the declared C3H6O2 and C3H8O2 stand in for X")
    }

    func testTagParsing() {
        XCTAssertEqual(CompartmentKind(taggedMetaboliteID: "alac__S_LSQBKTc_RSQBKT"), .cytosol)
        XCTAssertEqual(CompartmentKind(taggedMetaboliteID: "glc_D[e]"), .extracellular)
        XCTAssertEqual(CompartmentKind(taggedMetaboliteID: "glc_D_LPAREN_e_RPAREN_"), .extracellular)
        XCTAssertNil(CompartmentKind(taggedMetaboliteID: "pyr_c"))
        XCTAssertNil(CompartmentKind(taggedMetaboliteID: "[c]"))
        XCTAssertNil(CompartmentKind(taggedMetaboliteID: "x[abc]"))
        XCTAssertEqual(CompartmentKind.tagging("13ppd", letter: "e", like: "pyr_LSQBKTc_RSQBKT"), "13ppd_LSQBKTe_RSQBKT")
        XCTAssertNil(CompartmentKind.tagging("13ppd", letter: "e", like: "pyr_c"))
    }

    func testInsertionListsEveryUnresolvedMetabolite() throws {
        let model = try PathwayTestSupport.eColiCore()
        let pathway = try route(metabolites: [], equation: "foo_c + bar_c --> prod_c")
        XCTAssertThrowsError(try model.inserting(pathway)) { error in
            guard case .unresolvedMetabolites(_, let missing) = error as? PathwayError else { return XCTFail("\(error)") }
            XCTAssertEqual(missing.map(\.reference.description), ["foo_c", "bar_c"])
        }
    }

    /// yeast-GEM names metabolites s_0001… and carries no cross-references but SMILES: names
    /// (with a compatible formula) find them; its `p` is the peroxisome.
    func testYeastGEMByNameAndCompartmentNames() throws {
        let model = try PathwayTestSupport.yeastGEM()
        let index = ChassisIndex(model)
        XCTAssertEqual(index.compartments[.cytosol], "c")
        XCTAssertEqual(index.compartments[.peroxisome], "p")
        XCTAssertNil(index.compartments[.periplasm])
        XCTAssertEqual(index.compartments[.endoplasmicReticulum], "er")
        XCTAssertFalse(index.recordsCharges)
        let table = PathwayTestSupport.table.merging(MetaboliteTable([
            PathwayMetabolite(id: "glyc", name: "glycerol", formula: "C3H8O3", charge: 0),
            PathwayMetabolite(id: "h2o", name: "H2O", formula: "H2O", charge: 0),
        ]))
        let resolver = MetaboliteResolver(model: model, index: index, table: table)
        for (text, expected) in [("nadh_c", "s_1203"), ("nad_c", "s_1198"), ("h_c", "s_0794"), ("glyc_c", "s_0765")] {
            guard case .found(let found) = resolver.resolve(try reference(text)) else { return XCTFail(text) }
            XCTAssertEqual(model.metabolite(found.metabolite)?.compartment, "c", text)
            XCTAssertEqual(found.metabolite, expected, text)
        }
        // yeast-GEM's only annotation is SMILES: an exact SMILES match finds the species first.
        let annotated = try XCTUnwrap(model.metabolite("s_0434")?.annotations["smiles"].first)  // "SMILES:C1=NC(=C2…"
        let atp = String(annotated.dropFirst("SMILES:".count))
        let bySmiles = MetaboliteResolver(model: model, index: index, table: MetaboliteTable([PathwayMetabolite(id: "energy", smiles: atp)]))
        guard case .found(let smiles) = bySmiles.resolve(try reference("energy_c")) else { return XCTFail("SMILES") }
        XCTAssertEqual(smiles.metabolite, "s_0434")
        XCTAssertEqual(smiles.method, .smiles(atp))
        guard case .found(let peroxisomal) = resolver.resolve(try reference("nadh_x")) else { return XCTFail("nadh_x") }
        XCTAssertEqual(model.metabolite(peroxisomal.metabolite)?.compartment, "p")
        // A name with the wrong formula is not a match.
        let wrong = MetaboliteResolver(model: model, index: index, table: MetaboliteTable([PathwayMetabolite(id: "x", name: "NADH", formula: "C5H5")]))
        guard case .unresolved = wrong.resolve(try reference("x_c")) else { return XCTFail("formula guard") }

        let pdo = try PathwayTestSupport.pathway("pdo_glycerol_dha", in: "13pdo.yaml")
        let insertion = try model.inserting(pdo, table: table, index: index)
        XCTAssertEqual(insertion.addedReactions, ["GLYCDH_pdo", "PDOR_pdo"])
        XCTAssertEqual(Set(insertion.createdMetabolites), ["3hppnl_c", "13ppd_c", "13ppd_e"])
        XCTAssertEqual(insertion.model.reaction("PDOR_pdo")?.stoichiometry["s_1203"], -1)
        XCTAssertTrue(insertion.balances.allSatisfy(\.isBalanced), "\(insertion.balances)")
    }
}
