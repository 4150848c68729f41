import MetaCore
import XCTest

final class CrossReferenceTests: XCTestCase {
    func testSpellingsNormaliseToOneValue() {
        let chebi = CrossReference(.chebi, "57292")
        for text in ["chebi:57292", "CHEBI:57292", "chebi:CHEBI:57292", "https://identifiers.org/chebi/CHEBI:57292",
                     "http://identifiers.org/CHEBI:57292"] {
            XCTAssertEqual(CrossReference(parsing: text), chebi, text)
        }
        XCTAssertEqual(CrossReference(parsing: "kegg.compound:c00091"), CrossReference(.kegg, "C00091"))
        XCTAssertEqual(CrossReference(parsing: "metanetx.chemical:MNXM92"), CrossReference(parsing: "metanetx:mnxm92"))
        XCTAssertEqual(CrossReference(parsing: "bigg.metabolite:succoa"), CrossReference(.bigg, "succoa"))
        XCTAssertEqual(CrossReference(parsing: "inchikey:InChIKey=abc-def"), CrossReference(.inchikey, "ABC-DEF"))
        XCTAssertNil(CrossReference(parsing: "pubchem:1234"))
        XCTAssertNil(CrossReference(parsing: "C00091"))
        XCTAssertEqual(chebi.description, "chebi:57292")
    }

    func testModelAnnotationsYieldCrossReferences() {
        var annotations = Annotations()
        annotations.add("CHEBI:57292", in: "chebi")
        annotations.add("C00091", in: "kegg.compound")
        annotations.add("MNXM92", in: "metanetx.chemical")
        annotations.add("META:SUC-COA", in: "biocyc")
        XCTAssertEqual(Set(annotations.crossReferences),
                       [CrossReference(.chebi, "57292"), CrossReference(.kegg, "C00091"), CrossReference(.metanetx, "MNXM92")])
        // What a created metabolite stores reads back as the same cross-reference.
        let xref = CrossReference(.chebi, "57706")
        XCTAssertEqual(CrossReference(namespace: xref.annotation.namespace, identifier: xref.annotation.identifier), xref)
    }

    func testCompartmentKindsFromModelNamesAndIDs() {
        XCTAssertEqual(CompartmentKind(compartment: Compartment(id: "c", name: "")), .cytosol)
        XCTAssertEqual(CompartmentKind(compartment: Compartment(id: "p", name: "peroxisome")), .peroxisome)
        XCTAssertEqual(CompartmentKind(compartment: Compartment(id: "p", name: "periplasm")), .periplasm)
        XCTAssertEqual(CompartmentKind(compartment: Compartment(id: "Extra_organism")), .extracellular)
        XCTAssertEqual(CompartmentKind(compartment: Compartment(id: "C_c", name: "")), .cytosol)
        XCTAssertEqual(CompartmentKind(compartment: Compartment(id: "e0")), .extracellular)
        XCTAssertEqual(CompartmentKind(compartment: Compartment(id: "c", name: "Cytoplasm or Unknown")), .cytosol)
        XCTAssertNil(CompartmentKind(compartment: Compartment(id: "mm", name: "mitochondrial membrane")))
        XCTAssertNil(CompartmentKind(compartment: Compartment(id: "b", name: "Boundary")))
    }
}
