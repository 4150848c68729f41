import MetaCore
import XCTest

/// The public reading API over the line-tracking JSON parser.
final class JSONReadingTests: XCTestCase {
    func testValuesAndLines() throws {
        let node = try JSONNode.parse("{\n\"a\": 1.5,\n\"b\": [true, null, \"x\"],\n\"c\": {\"d\": 7}\n}")
        let object = try XCTUnwrap(node.value.object)
        XCTAssertEqual(object.keys, ["a", "b", "c"])
        XCTAssertEqual(object["a"]?.value.number, 1.5)
        XCTAssertEqual(object["a"]?.line, 2)
        XCTAssertNil(object["a"]?.value.integer)
        XCTAssertEqual(object["b"]?.value.array?.count, 3)
        XCTAssertEqual(object["b"]?.value.array?[0].value.bool, true)
        XCTAssertTrue(object["b"]?.value.array?[1].value.isNull ?? false)
        XCTAssertEqual(object["c"]?.value.object?["d"]?.value.integer, 7)
        XCTAssertEqual(object["c"]?.line, 4)
    }

    func testRoundTripThroughJSONText() throws {
        let text = #"{"z":1,"a":[1.25,"q\"uote",false,null],"m":{}}"#
        XCTAssertEqual(JSONText(try JSONNode.parse(text)).rendered(pretty: false), text)
    }

    func testSyntaxErrorsNameTheLine() {
        XCTAssertThrowsError(try JSONNode.parse("{\n\"a\": 1,\n}")) { error in
            XCTAssertEqual((error as? JSONSyntaxError)?.line, 3)
        }
        XCTAssertThrowsError(try JSONNode.parse(#"{"a": 1"#))
    }
}
