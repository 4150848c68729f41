import Foundation
import MetaCore
import XCTest

/// SHA-256 against the FIPS 180-4 examples and `sha256sum`.
final class SHA256Tests: XCTestCase {
    func testStandardVectors() {
        XCTAssertEqual(SHA256.hex(of: [UInt8]()), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        XCTAssertEqual(SHA256.hex(of: Array("abc".utf8)), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        XCTAssertEqual(SHA256.hex(of: Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)),
                       "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        XCTAssertEqual(SHA256.hex(of: [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)),
                       "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    func testPiecewiseFeedingEqualsWhole() {
        let bytes = (0..<1000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        var hasher = SHA256()
        for piece in stride(from: 0, to: bytes.count, by: 37) { hasher.update(bytes[piece..<min(piece + 37, bytes.count)]) }
        XCTAssertEqual(hasher.hexDigest(), SHA256.hex(of: bytes))
    }

    func testFileDigestMatchesSha256sum() throws {
        // `sha256sum models/e_coli_core.xml.gz`
        XCTAssertEqual(try SHA256.hex(ofFile: TestModels.path("e_coli_core.xml.gz")),
                       "f9a8b9c66835a420861950f13a93f55e7434ebe2da2e2e62c370b1811bab2f94")
        XCTAssertThrowsError(try SHA256.hex(ofFile: "/no/such/file"))
    }
}
