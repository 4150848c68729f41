@testable import MetaCore
import XCTest

/// The sampler's random numbers: the published reference outputs of xoshiro256** and
/// SplitMix64, and the ranges of the derived draws.
final class SeededGeneratorTests: XCTestCase {
    func testXoshiroMatchesTheReferenceImplementation() {
        // xoshiro256** from state {1, 2, 3, 4} (Blackman & Vigna's reference C code).
        var generator = SeededGenerator(state: (1, 2, 3, 4))
        XCTAssertEqual((0..<4).map { _ in generator.next() }, [11520, 0, 1_509_978_240, 1_215_971_899_390_074_240])
    }

    func testSplitMix64MatchesTheReferenceImplementation() {
        var mixer = SplitMix64(state: 0)
        XCTAssertEqual((0..<3).map { _ in mixer.next() }, [0xE220_A839_7B1D_CDAF, 0x6E78_9E6A_A1B9_65F4, 0x06C4_5D18_8009_454F])
    }

    func testSameSeedAndStreamRepeatDifferentOnesDoNot() {
        var a = SeededGenerator(seed: 7), b = SeededGenerator(seed: 7)
        var c = SeededGenerator(seed: 8), d = SeededGenerator(seed: 7, stream: 1)
        let first = (0..<8).map { _ in a.next() }
        XCTAssertEqual(first, (0..<8).map { _ in b.next() })
        XCTAssertNotEqual(first, (0..<8).map { _ in c.next() })
        XCTAssertNotEqual(first, (0..<8).map { _ in d.next() })
    }

    func testDrawsStayInRangeAndCoverIt() {
        var generator = SeededGenerator(seed: 1)
        var counts = [Int](repeating: 0, count: 5)
        for _ in 0..<10_000 {
            let u = generator.uniform()
            XCTAssertTrue(u >= 0 && u < 1)
            counts[generator.index(below: 5)] += 1
        }
        XCTAssertTrue(counts.allSatisfy { $0 > 1_800 && $0 < 2_200 }, "\(counts)")
        XCTAssertEqual(generator.index(below: 1), 0)
        XCTAssertEqual(generator.index(below: 0), 0)
    }
}
