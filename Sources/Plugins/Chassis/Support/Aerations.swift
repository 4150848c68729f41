import MetaPlugin

/// The aeration conditions chassis plugins declare, built the same way for every organism.
///
/// Aerobic means oxygen limited only by the model (an uptake cap of 1000 mmol/gDW/h, the COBRA
/// convention for "unbounded"); microaerobic caps oxygen at a chassis-chosen value, about a
/// quarter of what the model takes up aerobically on its default medium, so that it is really
/// oxygen-limited; anaerobic allows none and adds what the organism needs without oxygen.
enum Aerations {
    /// The oxygen uptake cap that stands for "as much as the model wants".
    static let unlimitedOxygen = Medium.unlimitedUptake

    /// Aerobic and microaerobic, for obligate aerobes (*P. putida*, *A. niger*).
    ///
    /// - Parameters:
    ///   - microaerobicOxygen: the microaerobic oxygen cap in mmol/gDW/h.
    ///   - overrides: bound changes both conditions need.
    static func aerobic(microaerobicOxygen: Double, overrides: [BoundOverride] = []) -> [AerationCondition] {
        [
            AerationCondition(.aerobic, oxygenUptake: unlimitedOxygen, boundOverrides: overrides),
            AerationCondition(.microaerobic, oxygenUptake: microaerobicOxygen, boundOverrides: overrides),
        ]
    }

    /// Aerobic, microaerobic and anaerobic, for facultative anaerobes.
    ///
    /// - Parameters:
    ///   - microaerobicOxygen: the microaerobic oxygen cap in mmol/gDW/h.
    ///   - anaerobicSupplements: exchanges opened for uptake without oxygen (sterols, electron acceptors…).
    ///   - anaerobicOverrides: bound changes only the anaerobic condition needs.
    ///   - anaerobicNote: why the supplements and overrides are there.
    static func facultative(
        microaerobicOxygen: Double, anaerobicSupplements: [String: Double] = [:],
        anaerobicOverrides: [BoundOverride] = [], anaerobicNote: String? = nil
    ) -> [AerationCondition] {
        aerobic(microaerobicOxygen: microaerobicOxygen) + [
            AerationCondition(
                .anaerobic, oxygenUptake: 0, supplements: anaerobicSupplements, boundOverrides: anaerobicOverrides,
                note: anaerobicNote),
        ]
    }

    /// Anaerobic first (how lactic acid bacteria grow in practice), then microaerobic and aerobic.
    ///
    /// - Parameters:
    ///   - microaerobicOxygen: the microaerobic oxygen cap in mmol/gDW/h.
    ///   - oxygenOverrides: bound changes that let the model use oxygen at all.
    ///   - oxygenNote: what oxygen does for the organism, shown with both oxygen conditions.
    static func fermentative(
        microaerobicOxygen: Double, oxygenOverrides: [BoundOverride], oxygenNote: String
    ) -> [AerationCondition] {
        [
            AerationCondition(.anaerobic, oxygenUptake: 0),
            AerationCondition(
                .microaerobic, oxygenUptake: microaerobicOxygen, boundOverrides: oxygenOverrides, note: oxygenNote),
            AerationCondition(.aerobic, oxygenUptake: unlimitedOxygen, boundOverrides: oxygenOverrides, note: oxygenNote),
        ]
    }
}
