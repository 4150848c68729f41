import MetaCore
import XCTest

final class MediumFileTests: XCTestCase {
    func parse(_ text: String) throws(MediumError) -> Medium { try Medium(parsing: text, source: .file("m.txt")) }

    func error(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> MediumError? {
        do throws(MediumError) {
            _ = try parse(text)
            XCTFail("expected an error for \(text.debugDescription)", file: file, line: line)
            return nil
        } catch {
            return error
        }
    }

    func testAllLineFormsCommentsAndBlankLines() throws {
        let text = """
            # M9, aerobic
            EX_glc__D_e   10    # glucose
            EX_o2_e: 20

            \tEX_nh4_e = 1000\r
            EX_pi_e,1000
            EX_h2o_e\tinf
            EX_co2_e 0
            """
        let medium = try parse(text)
        XCTAssertEqual(medium.exchanges, ["EX_glc__D_e", "EX_o2_e", "EX_nh4_e", "EX_pi_e", "EX_h2o_e", "EX_co2_e"])
        XCTAssertEqual(medium.uptakes.values.elements, [10, 20, 1000, 1000, .infinity, 0])
        XCTAssertEqual(medium.position(of: "EX_nh4_e"), 5)
        XCTAssertEqual(medium.source, .file("m.txt"))
    }

    func testHeadersAreSkippedOnlyOnTheFirstLine() throws {
        XCTAssertEqual(try parse("exchange,uptake\nEX_a,1\n").exchanges, ["EX_a"])
        XCTAssertEqual(try parse("# comment\nreaction  uptake\nEX_a  1\n").exchanges, ["EX_a"])
        XCTAssertEqual(try parse(",0\nEX_a,1.5\n")["EX_a"], 1.5, "pandas Series.to_csv header")
        XCTAssertEqual(try parse("\u{FEFF}\"exchange\",\"uptake\"\n\"EX_a\",\"2\"\n")["EX_a"], 2, "BOM and quoted CSV")
        XCTAssertEqual(error("EX_a 1\nexchange uptake\n")?.position, 2)
    }

    func testMalformedLinesNameFileAndLine() {
        let cases: [(String, Int)] = [
            ("EX_a 1\nEX_b\n", 2),
            ("EX_a 1 2\n", 1),
            ("EX_a,1,2\n", 1),
            ("EX a: 1\n", 1),
            ("EX_a:\n", 1),
            ("\n\n=5\n", 3),
        ]
        for (text, line) in cases {
            guard let error = error(text) else { continue }
            XCTAssertEqual(error.position, line, text.debugDescription)
            guard case .malformedLine = error.kind else { XCTFail("\(error)"); continue }
            XCTAssertTrue(error.description.hasPrefix("m.txt:\(line): expected"), error.description)
        }
    }

    func testInvalidRates() throws {
        let negative = error("EX_a 1\nEX_glc__D_e -10\n")
        XCTAssertEqual(negative?.kind, .invalidUptake(exchange: "EX_glc__D_e", value: "-10"))
        XCTAssertEqual(negative?.position, 2)
        XCTAssertTrue(negative?.description.contains("positive number (10 for a lower bound of -10)") ?? false,
                      negative?.description ?? "")
        XCTAssertEqual(error("EX_a nan\n")?.kind, .invalidUptake(exchange: "EX_a", value: "nan"))
        XCTAssertEqual(error("EX_a ten\n")?.kind, .invalidUptake(exchange: "EX_a", value: "ten"))
        XCTAssertEqual(error("EX_a -inf\n")?.kind, .invalidUptake(exchange: "EX_a", value: "-inf"))
        XCTAssertEqual(try parse("EX_a -0\n")["EX_a"]?.sign, .plus)
    }

    func testDuplicatesAreErrors() {
        let duplicate = error("EX_a 1\n# x\nEX_a: 2\n")
        XCTAssertEqual(duplicate?.kind, .duplicateExchange("EX_a", firstPosition: 1))
        XCTAssertEqual(duplicate?.description, "m.txt:3: 'EX_a' is listed twice (first on line 1)")
    }

    func testInlineForm() throws {
        let medium = try Medium(inline: "EX_glc__D_e=10, EX_o2_e:20,")
        XCTAssertEqual(medium.exchanges, ["EX_glc__D_e", "EX_o2_e"])
        XCTAssertEqual(medium["EX_o2_e"], 20)
        XCTAssertEqual(medium.source, .inline)
        XCTAssertThrowsError(try Medium(inline: "EX_a=1,EX_b 2")) { error in
            XCTAssertEqual("\(error)", "--medium, entry 2: expected 'EXCHANGE_ID UPTAKE' (or 'ID: UPTAKE', 'ID=UPTAKE', 'ID,UPTAKE'), found 'EX_b 2'")
        }
        XCTAssertThrowsError(try Medium(inline: "EX_a=1,EX_a=2")) { error in
            XCTAssertEqual("\(error)", "--medium, entry 2: 'EX_a' is listed twice (first on entry 1)")
        }
    }

    func testReadingFilesIncludingGzip() throws {
        let directory = try TestModels.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let medium = try Medium(["EX_glc__D_e": 10, "EX_o2_e": .infinity, "EX_pi_e": 0.5])
        for name in ["m.txt", "m.txt.gz", "m.csv"] {
            let path = directory.appendingPathComponent(name).path
            let text = name.hasSuffix("csv") ? medium.csv() : medium.fileText(comment: "written by a test\nsecond line")
            try FileBytes.writeAtomically(Array(text.utf8), to: path)
            let read = try Medium(contentsOf: path)
            XCTAssertEqual(read, medium, name)
            XCTAssertEqual(read.source, .file(path))
        }
        XCTAssertThrowsError(try Medium(contentsOf: directory.appendingPathComponent("missing.txt").path)) { error in
            XCTAssertTrue("\(error)".hasSuffix("missing.txt: no such file"), "\(error)")
        }
    }

    func testRendering() throws {
        let model = try MediumTests.tinyModel()
        let table = model.medium.table(model: model)
        XCTAssertEqual(table, """
            exchange  metabolite  name   max uptake
            EX_glc_e  glc_e       GLC_E          10
            EX_o2_e   o2_e        O2_E         1000
            EX_nh4_e  nh4_e       NH4_E           5
            EX_pi_e   pi_e        PI_E          inf

            4 exchanges open for uptake

            """)
        XCTAssertEqual(model.medium.fileText(), "EX_glc_e  10\nEX_o2_e   1000\nEX_nh4_e  5\nEX_pi_e   inf\n")
        XCTAssertEqual(model.medium.json().rendered(pretty: false),
                       #"{"EX_glc_e":10,"EX_o2_e":1000,"EX_nh4_e":5,"EX_pi_e":null}"#)
        XCTAssertEqual(model.medium.csv(), "exchange,uptake\nEX_glc_e,10\nEX_o2_e,1000\nEX_nh4_e,5\nEX_pi_e,inf\n")
    }
}
