import MetaPlugin

extension Medium {
    /// The uptake cap that stands for "unlimited" (the COBRA convention), in mmol/gDW/h.
    static let unlimitedUptake = 1000.0

    /// A medium written in a chassis plugin: `limited` exchanges at their rates, `unlimited`
    /// ones (water, protons, mineral salts) at 1000 mmol/gDW/h.
    ///
    /// The rates are constants in the plugin, never user input, so a negative one is a plugin
    /// bug; it yields an empty medium, on which ``PluginConformance`` reports no growth.
    static func defined(limited: [(String, Double)], unlimited: [String]) -> Medium {
        var medium = Medium()
        do throws(MediumError) {
            for (exchange, rate) in limited { try medium.setUptake(rate, for: exchange) }
            for exchange in unlimited { try medium.setUptake(unlimitedUptake, for: exchange) }
        } catch {
            return Medium()
        }
        return medium
    }
}

extension BoundOverride {
    /// Opens `reaction` in both directions up to `limit` (a model's own "infinite" bound).
    static func open(_ reaction: String, limit: Double = 1000) -> BoundOverride {
        BoundOverride(reaction: reaction, lower: -limit, upper: limit)
    }

    /// Lets `reaction` run forward only, up to 1000, whatever it was limited to before.
    static func forward(_ reaction: String) -> BoundOverride {
        BoundOverride(reaction: reaction, lower: 0, upper: Medium.unlimitedUptake)
    }

    /// Blocks `reaction`.
    static func blocked(_ reaction: String) -> BoundOverride {
        BoundOverride(reaction: reaction, lower: 0, upper: 0)
    }
}
