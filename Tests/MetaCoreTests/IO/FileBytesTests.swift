import Foundation
import XCTest
@testable import MetaCore

/// `FileBytes.read` inflates gzip files in one pass (`GzipInflater`) with `gzread`'s
/// semantics: concatenated members are read one after another, trailing non-gzip bytes
/// are ignored, and a truncated stream is an error naming the file.
final class FileBytesTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("FileBytesTests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    /// Text that compresses well, like SBML, and is long enough to need several inflate calls.
    private let text: [UInt8] = Array((0..<20_000).map { "<species id=\"M_m\($0)_c\" compartment=\"c\"/>\n" }.joined().utf8)

    private func gzip(_ bytes: [UInt8], name: String) throws -> [UInt8] {
        let path = folder.appendingPathComponent(name).path
        try FileBytes.writeAtomically(bytes, to: path)
        return try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
    }

    private func write(_ bytes: [UInt8], name: String) throws -> String {
        let path = folder.appendingPathComponent(name).path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    func testPlainAndGzipFilesReadTheSame() throws {
        let plain = try write(text, name: "plain.xml")
        let compressed = try gzip(text, name: "once.xml.gz")
        XCTAssertLessThan(compressed.count, text.count / 10)
        XCTAssertEqual(try FileBytes.read(path: plain), text)
        XCTAssertEqual(try FileBytes.read(path: folder.appendingPathComponent("once.xml.gz").path), text)
    }

    func testConcatenatedMembersAndTrailingBytes() throws {
        // The trailer of the last member states only its own size, so the buffer must grow.
        let first = try gzip(text, name: "a.gz")
        let second = try gzip(Array("tail".utf8), name: "b.gz")
        XCTAssertEqual(try FileBytes.read(path: write(first + second, name: "both.gz")), text + Array("tail".utf8))
        XCTAssertEqual(try FileBytes.read(path: write(first + Array("junk\n".utf8), name: "junk.gz")), text)
    }

    func testTruncatedAndCorruptGzipAreErrors() throws {
        let compressed = try gzip(text, name: "whole.gz")
        let truncated = try write(Array(compressed.prefix(compressed.count / 2)), name: "truncated.xml.gz")
        XCTAssertThrowsError(try FileBytes.read(path: truncated)) { error in
            XCTAssertEqual("\(error)", "\(truncated): cannot read (corrupt or truncated gzip?): unexpected end of file")
        }
        let corrupt = try write([0x1F, 0x8B, 0x63] + Array(repeating: 0x20, count: 40), name: "corrupt.gz")
        XCTAssertThrowsError(try FileBytes.read(path: corrupt)) { error in
            XCTAssertTrue("\(error)".hasPrefix("\(corrupt): cannot read (corrupt or truncated gzip?)"), "\(error)")
        }
    }

    func testEmptyAndMissingFiles() throws {
        XCTAssertEqual(try FileBytes.read(path: write([], name: "empty.xml")), [])
        let missing = folder.appendingPathComponent("missing.xml").path
        XCTAssertThrowsError(try FileBytes.read(path: missing)) { XCTAssertEqual("\($0)", "\(missing): no such file") }
    }
}
