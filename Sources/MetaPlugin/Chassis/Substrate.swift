/// A carbon source a chassis can grow on, and the exchange reaction that takes it up.
public struct Substrate: Sendable, Hashable {
    /// The name users type: `glucose`, `xylose`, `glycerol`, `sucrose`, …
    public var name: String
    /// The model's exchange reaction for it (`EX_glc__D_e`, `r_1714`, …).
    public var exchange: String
    /// The default maximum uptake in mmol/gDW/h when this substrate is the sole carbon source.
    public var uptake: Double
    /// The substrate's molecular formula (for mass and carbon yields when the model lacks one).
    public var formula: String?

    /// A substrate with its exchange, default uptake and (optionally) formula.
    public init(_ name: String, exchange: String, uptake: Double = 10, formula: String? = nil) {
        self.name = name
        self.exchange = exchange
        self.uptake = uptake
        self.formula = formula
    }
}

/// One substrate of a feed and its uptake rate (nil: the substrate's default).
public struct SubstrateUptake: Sendable, Hashable {
    /// The substrate's name, as listed by the chassis.
    public var name: String
    /// The maximum uptake in mmol/gDW/h; `nil` uses the substrate's default.
    public var rate: Double?

    /// A substrate of a feed at `rate` (or its default).
    public init(_ name: String, rate: Double? = nil) {
        self.name = name
        self.rate = rate
    }
}

/// The growth condition a chassis model is set up for: what it eats and how much oxygen it gets.
public struct ChassisCondition: Sendable, Hashable {
    /// The carbon sources; empty keeps the chassis' default medium as it is.
    public var substrates: [SubstrateUptake]
    /// The aeration.
    public var aeration: Aeration

    /// A condition from a feed (possibly a mixture) and an aeration.
    public init(substrates: [SubstrateUptake] = [], aeration: Aeration = .aerobic) {
        self.substrates = substrates
        self.aeration = aeration
    }

    /// A single carbon source at its default uptake, or the default medium when `nil`.
    public init(substrate: String?, aeration: Aeration = .aerobic) {
        self.init(substrates: substrate.map { [SubstrateUptake($0)] } ?? [], aeration: aeration)
    }
}
