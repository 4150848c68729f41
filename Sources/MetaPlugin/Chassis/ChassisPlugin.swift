/// A production host: an organism's genome-scale model and what it takes to grow it.
///
/// Conform with a small struct that returns a ``ChassisProfile``; the default implementations
/// load the shipped model and set it up for a ``ChassisCondition``. Override them only when the
/// organism needs more than a medium, an oxygen cap, supplements and bound changes.
///
/// Contract:
/// - `loadModel()` returns a fresh model value: callers may change it freely. It optimises the
///   profile's biomass reaction, whatever objective the file names.
/// - `configure(_:for:)` never changes anything but bounds, and leaves its input untouched.
/// - The model grows (FBA optimum > 0) on the default medium and on every listed substrate
///   under aerobic conditions; ``PluginConformance`` checks this.
public protocol ChassisPlugin: Plugin {
    /// The organism, its model and its growth conditions.
    var profile: ChassisProfile { get }

    /// The organism's model as shipped, read afresh, with ``ChassisProfile/modelBoundOverrides``
    /// applied and the biomass reaction as its objective.
    func loadModel() throws(ChassisError) -> Model

    /// `model` with the medium, substrates and aeration of `condition` applied.
    func configure(_ model: Model, for condition: ChassisCondition) throws(ChassisError) -> Model
}

extension ChassisPlugin {
    /// Reads ``ChassisProfile/modelFile`` from the shipped models folder, applies
    /// ``ChassisProfile/modelBoundOverrides`` and makes the biomass reaction the objective
    /// (some files optimise a sink or a protein pseudo-reaction instead).
    public func loadModel() throws(ChassisError) -> Model {
        let profile = self.profile
        let path: String
        do throws(ChassisError) {
            path = try ShippedModels.path(of: profile.modelFile)
        } catch {
            throw ChassisError(chassis: id, kind: error.kind)
        }
        var model: Model
        do {
            model = try ModelIO.read(path: path).model
        } catch {
            throw ChassisError(chassis: id, kind: .modelUnreadable(path: path, reason: "\(error)"))
        }
        do throws(ModelError) {
            model = try model.applying(ModelEdits(bounds: profile.modelBoundOverrides))
            try model.setObjective(.reaction(profile.biomassReaction))
        } catch {
            throw ChassisError(chassis: id, kind: .invalidCondition("\(error)"))
        }
        return model
    }

    /// Sets the medium (the default one, with the requested carbon sources in place of the
    /// default substrate), the aeration's oxygen cap and supplements, then its bound changes.
    public func configure(_ model: Model, for condition: ChassisCondition) throws(ChassisError) -> Model {
        let profile = self.profile
        guard let aeration = profile.condition(for: condition.aeration) else {
            throw ChassisError(
                chassis: id,
                kind: .unsupportedAeration(condition.aeration, available: profile.aerations.map(\.aeration)))
        }
        var medium = profile.defaultMedium ?? Medium(model: model)
        do {
            if !condition.substrates.isEmpty {
                for substrate in profile.substrates { medium.remove(substrate.exchange) }
                for requested in condition.substrates {
                    guard let substrate = profile.substrate(named: requested.name) else {
                        throw ChassisError(
                            chassis: id,
                            kind: .unknownSubstrate(requested.name, available: profile.substrates.map(\.name)))
                    }
                    try medium.setUptake(requested.rate ?? substrate.uptake, for: substrate.exchange)
                }
            }
            medium.remove(profile.oxygenExchange)
            if aeration.oxygenUptake > 0 { try medium.setUptake(aeration.oxygenUptake, for: profile.oxygenExchange) }
            for (exchange, rate) in aeration.supplements.sorted(by: { $0.key < $1.key }) {
                try medium.setUptake(rate, for: exchange)
            }
            let withMedium = try medium.apply(to: model)
            return try withMedium.applying(ModelEdits(bounds: aeration.boundOverrides))
        } catch let error as ChassisError {
            throw error
        } catch {
            throw ChassisError(chassis: id, kind: .invalidCondition("\(error)"))
        }
    }

    /// The shipped model set up for `condition`.
    public func model(for condition: ChassisCondition = ChassisCondition()) throws(ChassisError) -> Model {
        try configure(loadModel(), for: condition)
    }
}
