/// Maximum theoretical yields of a product on a substrate.
///
/// The substrate's uptake is fixed at its uptake bound and the product's exchange is
/// maximised, with growth free or held at a fraction of its maximum (computed with the
/// substrate at the same bound). The yield is that product flux divided by the uptake, in
/// mol/mol, C-mol/C-mol and g/g.
///
/// ```swift
/// let result = try Yield.maximum(model, product: "EX_succ_e", substrate: "EX_glc__D_e", growthFraction: 0.1)
/// print(result.molar ?? .nan, result.carbon ?? .nan, result.mass ?? .nan)
/// ```
public enum Yield {
    /// Computes the maximum yield of `product` on `substrate`, both exchange reactions.
    ///
    /// `growthFraction` 0.1 requires growth (the model's single objective reaction, or
    /// `growth`) ≥ 10% of its maximum; `nil` leaves growth free.
    ///
    /// - Throws: `EnvelopeError` for unknown or non-boundary reactions, a substrate that
    ///   cannot be taken up, a fraction outside 0…1 or a solver failure. An infeasible model
    ///   is reported through `YieldResult.status`.
    public static func maximum(
        _ model: Model, product: String, substrate: String, growthFraction: Double? = nil, growth: String? = nil,
        settings: SolverSettings = SolverSettings()
    ) throws(EnvelopeError) -> YieldResult {
        try maximum(model, product: product, substrates: [substrate], growthFraction: growthFraction, growth: growth,
                    settings: settings)
    }

    /// Computes the maximum yield of `product` on a mixture of `substrates` (exchange reactions),
    /// each fixed at its uptake bound.
    ///
    /// The yields divide by the whole feed: mol/mol by the summed uptake, C-mol/C-mol by the
    /// carbon taken up in all substrates, g/g by their summed mass. With one substrate this is
    /// ``maximum(_:product:substrate:growthFraction:growth:settings:)``.
    ///
    /// - Throws: as the single-substrate form, for any substrate; also `.substrateNotTakenUp`
    ///   naming the first substrate that cannot be taken up.
    public static func maximum(
        _ model: Model, product: String, substrates: [String], growthFraction: Double? = nil, growth: String? = nil,
        settings: SolverSettings = SolverSettings()
    ) throws(EnvelopeError) -> YieldResult {
        let session = try YieldSession(model, substrates: substrates, growth: growth, settings: settings)
        return try session.maximum(product: product, growthFraction: growthFraction)
    }
}

/// The outcome of `Yield.maximum`.
public struct YieldResult: Hashable, Sendable {
    /// How the product maximisation (or the growth maximisation before it) ended; the
    /// values below are `nil` unless optimal.
    public var status: SolverStatus
    /// The product's exchange reaction.
    public var product: String
    /// The substrate's exchange reaction (a mixture's joined with `+`).
    public var substrate: String
    /// The uptake rate the substrate was fixed at (positive; a mixture's summed).
    public var substrateUptake: Double
    /// The growth reaction, when growth was constrained.
    public var growthReaction: String?
    /// The required fraction of maximum growth, or `nil` when growth was free.
    public var growthFraction: Double?
    /// The maximum growth at the fixed uptake, when growth was constrained.
    public var maximumGrowth: Double?
    /// The maximum product release rate.
    public var productFlux: Double?
    /// Mol product per mol substrate.
    public var molar: Double?
    /// C-mol product per C-mol substrate; `nil` when a formula is missing or the substrate has no carbon.
    public var carbon: Double?
    /// Gram product per gram substrate; `nil` when a molar mass is unknown.
    public var mass: Double?
}
