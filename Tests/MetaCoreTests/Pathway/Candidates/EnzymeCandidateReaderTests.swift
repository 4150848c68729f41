import Foundation
import MetaCore
import XCTest

/// The candidate-enzyme file reader: the shipped example, and malformed files reported as
/// `FILE:LINE: message`.
final class EnzymeCandidateReaderTests: XCTestCase {
    private let example = TestModels.root.appendingPathComponent("examples/enzymes/bdo_candidates.yaml").path

    func testReadsTheShippedExample() throws {
        let file = try EnzymeCandidateReader.read(path: example)
        XCTAssertEqual(file.pathway, "bdo_yim2011_akg")
        XCTAssertEqual(file.steps.map(\.step), ["OGDC", "4HBALR"])
        let ogdc = file.candidates(for: "OGDC")
        XCTAssertEqual(ogdc.map(\.name), ["Kgd (sucA ortholog)", "Kgd-evo (hypothetical evolved variant)", "OGDC-anox (hypothetical oxygen-sensitive alternative)"])
        let kgd = try XCTUnwrap(ogdc.first)
        XCTAssertEqual(kgd.ec, "4.1.1.71")
        XCTAssertEqual(kgd.kcat, 1.82)
        XCTAssertEqual(kgd.molecularWeight, 135.9)
        XCTAssertEqual(kgd.cofactor, EnzymeCandidate.Cofactor.none)
        XCTAssertEqual(kgd.expressionHosts, ["Escherichia coli"])
        XCTAssertFalse(kgd.hypothetical)
        XCTAssertEqual(kgd.reference?.url, "https://sabiork.h-its.org/")
        // The sMOMENT cost MW / (3600 kcat), g enzyme/gDW per mmol/gDW/h.
        XCTAssertEqual(try XCTUnwrap(kgd.proteinCost), 135.9 / (3600 * 1.82), accuracy: 1e-15)
        XCTAssertTrue(ogdc[1].hypothetical)
        XCTAssertTrue(ogdc[2].oxygenSensitive)
        let yqhD = try XCTUnwrap(file.candidates(for: "4HBALR").first)
        XCTAssertNil(yqhD.kcat)
        XCTAssertNil(yqhD.proteinCost, "no kcat: no cost")
        XCTAssertEqual(yqhD.cofactor, .nadph)
        XCTAssertEqual(file.candidates(for: "4HBALR").last?.cofactor, .nadh)
        XCTAssertEqual(kgd.line, 8, "the line of the enzyme's first key")
        XCTAssertTrue(file.candidates(for: "NOPE").isEmpty)
    }

    private static let good = """
        pathway: demo
        steps:
          - step: S1
            enzymes:
              - name: A
                kcat: 10
                mw: 50
                cofactor: NADH
        """

    /// `good` with `old` replaced by `new`; the error must name `file` and the line holding `marker`.
    private func assertError(replacing old: String, with new: String, marker: String, mentions: String,
                             line: UInt = #line) {
        let text = Self.good.replacingOccurrences(of: old, with: new)
        XCTAssertNotEqual(text, Self.good, "the replacement must change the text", line: line)
        let expectedLine = text.components(separatedBy: "\n").firstIndex { $0.contains(marker) }.map { $0 + 1 }
        XCTAssertThrowsError(try EnzymeCandidateReader.parse(text, file: "candidates.yaml"), line: line) { error in
            guard let error = error as? PathwayFileError else { return XCTFail("not a PathwayFileError: \(error)", line: line) }
            XCTAssertEqual(error.file, "candidates.yaml", line: line)
            XCTAssertEqual(error.line, expectedLine, "\(error)", line: line)
            XCTAssertTrue(error.description.hasPrefix("candidates.yaml:\(expectedLine ?? -1): "), "\(error)", line: line)
            XCTAssertTrue(error.message.contains(mentions), "\(error)", line: line)
        }
    }

    func testTheGoodTextParses() throws {
        let file = try EnzymeCandidateReader.parse(Self.good, file: "candidates.yaml")
        XCTAssertEqual(file.candidates(for: "S1").first?.proteinCost ?? 0, 50 / 36_000, accuracy: 1e-15)
        XCTAssertEqual(file.candidates(for: "S1").first?.line, 5, "the line of `- name: A`")
    }

    func testMalformedFilesNameFileAndLine() {
        assertError(replacing: "mw: 50", with: "mw: 50\n        kcatt: 3", marker: "kcatt", mentions: "kcatt")
        assertError(replacing: "kcat: 10", with: "kcat: -1", marker: "kcat: -1", mentions: "positive")
        assertError(replacing: "mw: 50", with: "mw: 0", marker: "mw: 0", mentions: "positive")
        assertError(replacing: "cofactor: NADH", with: "cofactor: FADH", marker: "cofactor", mentions: "FADH")
        assertError(replacing: "kcat: 10", with: "kcat: fast", marker: "kcat: fast", mentions: "kcat")
        assertError(replacing: "  - step: S1\n", with: "  - stepp: S1\n", marker: "stepp", mentions: "stepp")
    }

    func testSyntaxErrorsAndEmptyListsAreLocated() {
        XCTAssertThrowsError(try EnzymeCandidateReader.parse("steps:\n  - step: S1\n    enzymes: [\n", file: "broken.yaml")) { error in
            let error = error as? PathwayFileError
            XCTAssertEqual(error?.file, "broken.yaml")
            XCTAssertNotNil(error?.line, "\(String(describing: error))")
        }
        XCTAssertThrowsError(try EnzymeCandidateReader.parse("steps:\n  - step: S1\n    enzymes: []\n", file: "empty.yaml")) { error in
            XCTAssertEqual((error as? PathwayFileError)?.file, "empty.yaml")
            XCTAssertTrue("\(error)".contains("lists no enzymes"), "\(error)")
        }
        XCTAssertThrowsError(try EnzymeCandidateReader.parse("steps: []\n", file: "none.yaml")) { error in
            XCTAssertTrue("\(error)".hasPrefix("none.yaml"), "\(error)")
        }
    }

    func testAFileOnDiskIsNamedInItsErrors() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("candidates-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("bad.yaml").path
        try Self.good.replacingOccurrences(of: "mw: 50", with: "mw: -5").write(toFile: path, atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try EnzymeCandidateReader.read(path: path)) { error in
            XCTAssertEqual("\(error)".components(separatedBy: ": ").first, "\(path):7", "\(error)")
        }
        XCTAssertThrowsError(try EnzymeCandidateReader.read(path: folder.appendingPathComponent("missing.yaml").path)) { error in
            XCTAssertTrue("\(error)".contains("missing.yaml"), "\(error)")
            XCTAssertNil((error as? PathwayFileError)?.line)
        }
    }
}
