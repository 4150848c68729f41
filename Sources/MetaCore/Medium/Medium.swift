import OrderedCollections

/// The growth medium: which exchange reactions may take up their metabolite, and how fast.
///
/// This is COBRApy's `model.medium`: a map from exchange reaction id to the *maximum
/// uptake rate*, a number ≥ 0 in mmol/gDW/h (`inf` for unlimited). For an exchange written
/// `glc__D_e <=>` (coefficient −1, negative flux is uptake) the rate is `-lowerBound`; for
/// the rarer orientation `<=> glc__D_e` (coefficient +1) it is `upperBound`.
///
/// Reading a medium from a model lists every exchange whose bounds allow uptake. Applying
/// a medium sets the uptake bound of each listed exchange and closes uptake through every
/// other exchange, leaving secretion open — so the model grows on exactly this medium.
///
/// ```swift
/// var medium = Medium(model: model)          // e.g. EX_glc__D_e: 10, EX_o2_e: 1000, …
/// try medium.setUptake(0, for: "EX_o2_e")    // anaerobic
/// let anaerobic = try medium.apply(to: model)
/// ```
public struct Medium: Hashable, Sendable {
    /// Exchange id → maximum uptake rate (≥ 0, possibly infinite), in the order listed.
    public private(set) var uptakes: OrderedDictionary<String, Double>
    /// Where the medium was read from; errors found later (in `apply(to:)`) point there.
    public private(set) var source: MediumSource
    /// The line (file) or entry (inline form) each exchange was read from.
    private var positions: [String: Int]

    /// An empty medium: applying it closes every uptake.
    public init() {
        uptakes = [:]
        source = .program
        positions = [:]
    }

    /// A medium from exchange id → maximum uptake pairs, in order.
    ///
    /// - Throws: `MediumError` for a negative or NaN rate or an exchange listed twice.
    public init(_ uptakes: KeyValuePairs<String, Double>) throws(MediumError) {
        self.init()
        for (exchange, rate) in uptakes {
            if self.uptakes[exchange] != nil {
                throw MediumError(source: .program, kind: .duplicateExchange(exchange, firstPosition: nil))
            }
            try setUptake(rate, for: exchange)
        }
    }

    /// Builds a medium from already checked entries read from `source`.
    init(entries: [(exchange: String, uptake: Double, position: Int)], source: MediumSource) {
        self.init()
        self.source = source
        for entry in entries {
            uptakes[entry.exchange] = entry.uptake
            positions[entry.exchange] = entry.position
        }
    }

    /// The medium a model currently has: each exchange whose bounds allow uptake, with
    /// its maximum uptake rate, in model order (COBRApy's `model.medium` getter).
    ///
    /// An exchange `A_e <=>` allows uptake when its lower bound is negative; one written
    /// `<=> A_e` when its upper bound is positive.
    public init(model: Model) {
        self.init()
        for reaction in model.exchanges {
            guard let rate = Self.uptakeRate(of: reaction) else { continue }
            uptakes[reaction.id] = rate
        }
    }

    /// The exchanges in the medium, in order.
    public var exchanges: [String] { Array(uptakes.keys) }

    /// The number of exchanges in the medium.
    public var count: Int { uptakes.count }

    /// Whether no exchange is open.
    public var isEmpty: Bool { uptakes.isEmpty }

    /// The maximum uptake rate of `exchange`, or `nil` when it is not in the medium.
    public subscript(exchange: String) -> Double? { uptakes[exchange] }

    /// Adds `exchange` with maximum uptake `rate`, or changes its rate when present.
    ///
    /// - Throws: `MediumError.Kind.invalidUptake` when `rate` is negative or NaN.
    public mutating func setUptake(_ rate: Double, for exchange: String) throws(MediumError) {
        guard rate >= 0 else {
            throw MediumError(source: .program, kind: .invalidUptake(exchange: exchange, value: formatNumber(rate)))
        }
        uptakes[exchange] = rate
        // A rate set in code no longer comes from the file line it was read from.
        positions[exchange] = nil
    }

    /// Removes `exchange` from the medium (applying the medium then closes its uptake).
    public mutating func remove(_ exchange: String) {
        uptakes[exchange] = nil
        positions[exchange] = nil
    }

    /// The line or entry `exchange` was read from, when the medium was read from text.
    public func position(of exchange: String) -> Int? { positions[exchange] }

    /// Two media are equal when they open the same exchanges at the same rates, in the same order;
    /// where they were read from does not matter.
    public static func == (lhs: Medium, rhs: Medium) -> Bool { lhs.uptakes == rhs.uptakes }

    /// Hashes the entries only, consistently with `==`.
    public func hash(into hasher: inout Hasher) { hasher.combine(uptakes) }

    /// The maximum uptake rate an exchange's bounds allow, or `nil` when they allow none.
    static func uptakeRate(of exchange: Reaction) -> Double? {
        guard let coefficient = exchange.stoichiometry.values.first else { return nil }
        if coefficient < 0 { return exchange.lowerBound < 0 ? -exchange.lowerBound : nil }
        if coefficient > 0 { return exchange.upperBound > 0 ? exchange.upperBound : nil }
        return nil
    }
}
