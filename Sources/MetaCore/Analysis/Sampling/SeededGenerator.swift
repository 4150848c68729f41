/// A seedable pseudo-random number generator: xoshiro256** (Blackman & Vigna, 2018),
/// seeded through SplitMix64.
///
/// Swift's `SystemRandomNumberGenerator` cannot be seeded, and the standard library's
/// `random(in:using:)` helpers may change their algorithm between toolchains. Flux
/// sampling must give the same numbers for the same seed on every toolchain, so it draws
/// only through `uniform()` and `index(below:)`, whose arithmetic is fixed here.
///
/// ```swift
/// var generator = SeededGenerator(seed: 42)
/// let u = generator.uniform()          // in [0, 1)
/// let i = generator.index(below: 10)   // in 0..<10
/// ```
public struct SeededGenerator: RandomNumberGenerator, Sendable, Hashable {
    private var s0: UInt64
    private var s1: UInt64
    private var s2: UInt64
    private var s3: UInt64

    /// Creates a generator whose whole sequence is determined by `seed`.
    ///
    /// `stream` picks one of many independent sequences for the same seed (one per
    /// sampling chain); the pair is hashed through SplitMix64 so that neighbouring seeds
    /// and streams give unrelated sequences.
    public init(seed: UInt64, stream: UInt64 = 0) {
        // SplitMix64 spreads any seed (even 0) over the 256-bit state; four consecutive
        // SplitMix64 outputs are never all zero, the one state xoshiro cannot leave.
        var mixer = SplitMix64(state: seed ^ SplitMix64.mix(stream &+ 0x6A09_E667_F3BC_C909))
        s0 = mixer.next()
        s1 = mixer.next()
        s2 = mixer.next()
        s3 = mixer.next()
    }

    /// A generator in exactly this xoshiro256** state (not all zero), for checking the
    /// algorithm against its published reference outputs.
    init(state: (UInt64, UInt64, UInt64, UInt64)) {
        (s0, s1, s2, s3) = state
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        let result = Self.rotate(s1 &* 5, 7) &* 9
        let shifted = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= shifted
        s3 = Self.rotate(s3, 45)
        return result
    }

    /// A uniformly distributed number in [0, 1) with 53 random bits.
    public mutating func uniform() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// A uniformly distributed integer in `0..<bound` (Lemire's multiply-and-reject, unbiased);
    /// 0 when `bound` is not positive.
    public mutating func index(below bound: Int) -> Int {
        guard bound > 1 else { return 0 }
        let limit = UInt64(bound)
        var product = next().multipliedFullWidth(by: limit)
        if product.low < limit {
            let threshold = (0 &- limit) % limit
            while product.low < threshold { product = next().multipliedFullWidth(by: limit) }
        }
        return Int(product.high)
    }

    private static func rotate(_ value: UInt64, _ count: UInt64) -> UInt64 {
        (value << count) | (value >> (64 - count))
    }
}

/// SplitMix64 (Steele, Lea & Flood, 2014): a tiny generator used only to expand seeds.
struct SplitMix64 {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return Self.mix(state)
    }

    /// SplitMix64's output function: a bijective 64-bit mixer.
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
