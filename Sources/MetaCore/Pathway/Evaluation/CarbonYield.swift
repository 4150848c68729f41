/// Carbon yields (C-mol product per C-mol substrate) above 1: the product holds more carbon
/// than the substrate supplied, so carbon from outside it reaches the product — CO2 fixed by a
/// carboxylase (real: succinate's reductive branch reaches 8/7) or other medium components
/// such as a rich medium's amino acids (then the substrate yield overstates the route).
public enum CarbonYield {
    /// Rounding allowed above 1 before a yield counts as drawing on carbon outside the feed.
    public static let tolerance = 1e-6

    /// Whether `value` exceeds the substrate's carbon; `nil` (unknown) does not.
    public static func exceedsFeed(_ value: Double?) -> Bool { (value ?? 0) > 1 + tolerance }
}
