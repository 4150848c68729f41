import Foundation
import MetaCore
import XCTest

final class PathwayLibraryFolderTests: XCTestCase {
    private func write(_ text: String, _ name: String, in folder: URL) throws {
        try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }

    private func route(_ id: String, name: String) -> String {
        "product: {id: succ, name: succinate, formula: C4H4O4, charge: -2}\npathways:\n  - {id: \(id), name: \(name), export: true}\n"
    }

    func testRegularFilesOverrideSeedsAndTablesMerge() throws {
        let folder = try TestModels.temporaryDirectory()
        try write(route("succ_a", name: "seed"), "_seed_succ.yaml", in: folder)
        try write(route("succ_b", name: "seed only"), "_seed_more.yaml", in: folder)
        try write(route("succ_a", name: "curated"), "succ.yaml", in: folder)
        try write("metabolites:\n  - {id: atp, name: seed ATP}\n  - {id: adp, name: ADP}\n", "_seed_metabolites.yaml", in: folder)
        try write("metabolites:\n  - {id: atp, name: ATP}\n", "metabolites.yaml", in: folder)
        try write("not a pathway file", "README.md", in: folder)
        let library = try PathwayLibrary.read(folder: folder.path)
        XCTAssertEqual(library.pathways.map(\.id), ["succ_a", "succ_b"])
        XCTAssertEqual(library.pathways.first?.name, "curated")
        XCTAssertEqual(library.table["atp"]?.name, "ATP")
        XCTAssertEqual(library.table["adp"]?.name, "ADP")
        XCTAssertEqual(library.files.count, 3)
    }

    func testDuplicateIDsAcrossRegularFilesAreAnError() throws {
        let folder = try TestModels.temporaryDirectory()
        try write(route("succ_a", name: "one"), "a.yaml", in: folder)
        try write(route("succ_a", name: "two"), "b.yaml", in: folder)
        XCTAssertThrowsError(try PathwayLibrary.read(folder: folder.path)) { error in
            XCTAssertTrue("\(error)".contains("b.yaml: pathway id 'succ_a' is also defined in a.yaml"), "\(error)")
        }
        try write("pathways: [", "a.yaml", in: folder)
        XCTAssertThrowsError(try PathwayLibrary.read(folder: folder.path)) { error in
            XCTAssertTrue("\(error)".contains("a.yaml:"), "\(error)")
        }
    }
}
