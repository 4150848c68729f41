import MetaCore
import XCTest

/// Each bad input must throw `ModelReadError` naming the file and the line of the problem.
final class COBRAJSONErrorTests: XCTestCase {
    /// A valid document, one item per line as COBRApy writes it; cases edit single lines.
    private let lines = [
        #"{"#,                                                                          // 1
        #""metabolites":["#,                                                           // 2
        #"{"id":"a","name":"A","compartment":"c","charge":0,"formula":"C"},"#,        // 3
        #"{"id":"b","name":"B","compartment":"c"}"#,                                  // 4
        #"],"#,                                                                         // 5
        #""reactions":["#,                                                             // 6
        #"{"id":"r1","name":"","metabolites":{"a":-1,"b":1},"#,                       // 7
        #""lower_bound":-10,"upper_bound":10,"gene_reaction_rule":"g1 or g2"},"#,     // 8
        #"{"id":"r2","name":"","metabolites":{"b":-1},"#,                             // 9
        #""lower_bound":0,"upper_bound":"inf","gene_reaction_rule":"","objective_coefficient":1}"#, // 10
        #"],"#,                                                                         // 11
        #""genes":[{"id":"g1","name":""},{"id":"g2","name":""}],"#,                    // 12
        #""id":"m","compartments":{"c":"cytosol"},"version":"1""#,                      // 13
        #"}"#,                                                                          // 14
    ]

    private func document(replacing replacements: [Int: String] = [:]) -> String {
        lines.enumerated().map { replacements[$0.offset + 1] ?? $0.element }.joined(separator: "\n")
    }

    func testBaseDocumentIsValid() throws {
        let model = try COBRAJSONReader.read(bytes: Array(document().utf8), file: "base.json").model
        XCTAssertEqual(model.reactions.count, 2)
        XCTAssertEqual(model.genes.map(\.id), ["g1", "g2"])
    }

    func testSyntaxErrors() {
        expectError("", line: 1, "empty")
        expectError("   \n\n  ", line: 3, "empty")
        expectError("\u{1F}\u{8B}\u{08}garbage", line: 1, "invalid JSON")
        expectError(lines[0..<7].joined(separator: "\n"), line: 7, "truncated")
        expectError(document() + "\n}", line: 15, "after the end")
        expectError(document(replacing: [8: #""lower_bound":-10,"upper_bound":10 "gene_reaction_rule":""},"#]), line: 8, "expected ',' or '}'")
        expectError(document(replacing: [4: #"{"id":"b","name":"B,"#]), line: 4, "line break")
        expectError(document(replacing: [4: #"{"id":"b","name":"\x","compartment":"c"}"#]), line: 4, "escape")
        expectError(document(replacing: [4: #"{"id":"b","name":"\ud800","compartment":"c"}"#]), line: 4, "surrogate")
        expectError(document(replacing: [3: #"{"id":"a","name":"A","compartment":"c","charge":01},"#]), line: 3, "leading zeros")
        expectError(document(replacing: [3: #"{"id":"a","name":"A","compartment":"c","charge":-},"#]), line: 3, "digit")
        expectError(document(replacing: [3: #"{"id":"a","name":"A","compartment":"c",},"#]), line: 3, "quoted key")
        expectError(String(repeating: "[", count: 100_000), line: 1, "nest")
        // A stray Latin-1 byte inside a string is not UTF-8.
        var latin1 = Array(document().utf8)
        latin1.insert(0xE9, at: latin1.firstIndex(of: UInt8(ascii: "B")) ?? 0)
        expectError(latin1, line: 4, "UTF-8")
    }

    func testWrongTypesAndValues() {
        expectError(document(replacing: [8: #""lower_bound":"abc","upper_bound":10,"gene_reaction_rule":""},"#]), line: 8, "lower_bound")
        expectError(document(replacing: [8: #""lower_bound":NaN,"upper_bound":10,"gene_reaction_rule":""},"#]), line: 8, "NaN")
        expectError(document(replacing: [8: #""lower_bound":"nan","upper_bound":10,"gene_reaction_rule":""},"#]), line: 8, "NaN")
        expectError(document(replacing: [8: #""lower_bound":null,"upper_bound":10,"gene_reaction_rule":""},"#]), line: 8, "null")
        expectError(document(replacing: [8: #""lower_bound":10,"upper_bound":-10,"gene_reaction_rule":""},"#]), line: 8, "exceeds")
        expectError(document(replacing: [7: #"{"id":"r1","name":"","metabolites":{"a":"x","b":1},"#]), line: 7, "coefficient")
        expectError(document(replacing: [7: #"{"id":"r1","name":"","metabolites":[],"#]), line: 7, "must be an object")
        expectError(document(replacing: [3: #"{"id":"a","name":"A","compartment":"c","charge":"minus"},"#]), line: 3, "charge")
        expectError(document(replacing: [3: #"{"id":"a","name":7,"compartment":"c"},"#]), line: 3, "\"name\" must be a string")
        expectError(document(replacing: [10: #""lower_bound":0,"upper_bound":1,"gene_reaction_rule":"","objective_coefficient":"1"}"#]), line: 10, "objective_coefficient")
        expectError(document(replacing: [13: #""id":"m","compartments":["c"],"version":"1""#]), line: 13, "compartments")
        expectError(document(replacing: [2: #""metabolites":{"a":1},"x":["#]), line: 2, "must be an array")
        expectError("[1, 2]", line: 1, "must be an object")
        expectError(#"{"metabolites": []}"#, line: 1, "reactions")
    }

    func testMissingAndDuplicateIDs() {
        expectError(document(replacing: [4: #"{"name":"B","compartment":"c"}"#]), line: 4, "no \"id\"")
        expectError(document(replacing: [4: #"{"id":"","name":"B","compartment":"c"}"#]), line: 4, "empty")
        expectError(document(replacing: [4: #"{"id":4,"name":"B","compartment":"c"}"#]), line: 4, "must be a string")
        expectError(document(replacing: [4: #"{"id":"a","name":"B","compartment":"c"}"#]), line: 4, "duplicate metabolite id 'a'")
        expectError(document(replacing: [9: #"{"id":"r1","name":"","metabolites":{"b":-1},"#]), line: 9, "duplicate reaction id 'r1'")
        expectError(document(replacing: [12: #""genes":[{"id":"g1","name":""},{"id":"g1","name":""}],"#]), line: 12, "duplicate gene id 'g1'")
    }

    func testReferencesAndRules() {
        expectError(document(replacing: [9: #"{"id":"r2","name":"","metabolites":{"zzz":-1},"#]), line: 9, "undeclared metabolite 'zzz'")
        expectError(document(replacing: [8: #""lower_bound":-10,"upper_bound":10,"gene_reaction_rule":"g1 and (g2 or"},"#]), line: 8, "gene rule")
    }

    /// Every truncation and thousands of byte corruptions must be refused or read, never crash,
    /// and a refusal must point at a line inside the document.
    func testTruncationsAndCorruptionsNeverCrash() {
        let base = Array(document().utf8)
        let lineCount = lines.count
        func check(_ bytes: [UInt8]) {
            do {
                _ = try COBRAJSONReader.read(bytes: bytes, file: "fuzz.json")
            } catch {
                XCTAssertTrue((1...lineCount + 1).contains(error.line ?? 0), "\(error)")
            }
        }
        for length in 0..<base.count { check(Array(base[0..<length])) }
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: state >> 33)
        }
        let replacements: [UInt8] = Array(#"{}[]",:0-e.\u"#.utf8) + [0x00, 0x0A, 0xFF, 0xC3, 0xED]
        for _ in 0..<5_000 {
            var bytes = base
            for _ in 0...(next() % 3) {
                bytes[next() % bytes.count] = replacements[next() % replacements.count]
            }
            check(bytes)
        }
    }

    func testErrorsNameTheFile() {
        do {
            _ = try COBRAJSONReader.read(bytes: Array("{".utf8), file: "/data/broken.json")
            XCTFail("no error")
        } catch {
            XCTAssertEqual(error.file, "/data/broken.json")
            XCTAssertTrue(error.description.hasPrefix("/data/broken.json:1: "), error.description)
        }
    }

    private func expectError(_ json: String, line: Int, _ fragment: String, file: StaticString = #filePath, testLine: UInt = #line) {
        expectError(Array(json.utf8), line: line, fragment, file: file, testLine: testLine)
    }

    private func expectError(_ bytes: [UInt8], line: Int, _ fragment: String, file: StaticString = #filePath, testLine: UInt = #line) {
        do {
            let loaded = try COBRAJSONReader.read(bytes: bytes, file: "bad.json")
            XCTFail("expected an error containing '\(fragment)', got a model with \(loaded.model.reactions.count) reactions", file: file, line: testLine)
        } catch {
            XCTAssertEqual(error.file, "bad.json", file: file, line: testLine)
            XCTAssertEqual(error.line, line, "\(error)", file: file, line: testLine)
            XCTAssertTrue(error.message.contains(fragment), "'\(error.message)' lacks '\(fragment)'", file: file, line: testLine)
        }
    }
}
