import MetaPlugin

/// A chassis made from a model file named in a plan, set up like a chassis plugin.
///
/// With `like: ecoli` it borrows that plugin's substrates, aerations and oxygen exchange (for a
/// variant or a smaller model of the same organism, such as e_coli_core); otherwise it offers
/// the substrates the plan maps to exchanges, and aerobic (oxygen uptake up to 1000),
/// microaerobic (2) and anaerobic (0) conditions. The model file's own medium is kept apart
/// from the substrates, as `chassis` plugins without a default medium do.
struct ModelFileChassis: ChassisPlugin {
    /// The plugin-style description (id from the plan; kind chassis).
    let descriptor: PluginDescriptor
    /// The borrowed or generic profile, with `modelFile` set to the file's path.
    let profile: ChassisProfile
    /// The model file.
    let path: String

    /// A chassis for `spec`, borrowing from `like` when given.
    init(_ spec: ModelFileSpec, like: (any ChassisPlugin)?) {
        descriptor = PluginDescriptor(
            id: spec.id, name: "\(spec.id) (model file)", version: "file", summary: "Model file \(spec.path)", kind: .chassis)
        path = spec.path
        var profile = like?.profile ?? Self.genericProfile(spec)
        profile.modelFile = spec.path
        if !spec.substrates.isEmpty {
            let extra = spec.substrates.sorted { $0.key < $1.key }.map { Substrate($0.key, exchange: $0.value) }
            profile.substrates = extra + profile.substrates.filter { spec.substrates[$0.name] == nil }
        }
        if let oxygen = spec.oxygen { profile.oxygenExchange = oxygen }
        self.profile = profile
    }

    /// Reads the model file.
    func loadModel() throws(ChassisError) -> Model {
        do {
            return try ModelIO.read(path: path).model
        } catch {
            throw ChassisError(chassis: id, kind: .modelUnreadable(path: path, reason: (error.line.map { "line \($0): " } ?? "") + error.message))
        }
    }

    private static func genericProfile(_ spec: ModelFileSpec) -> ChassisProfile {
        let unstated = Citation("not stated: a model file given in a batch plan")
        return ChassisProfile(
            organism: spec.id, modelFile: spec.path, modelCitation: unstated, biomassReaction: "",
            maintenanceReaction: nil, oxygenExchange: "EX_o2_e", substrates: [], defaultSubstrate: "",
            aerations: [
                AerationCondition(.aerobic, oxygenUptake: 1000),
                AerationCondition(.microaerobic, oxygenUptake: 2),
                AerationCondition(.anaerobic, oxygenUptake: 0),
            ],
            traits: ChassisTraits(
                safetyStatus: Cited("unknown", unstated), temperature: Cited(0...100, unstated),
                pH: Cited(0...14, unstated), oxygen: Cited(.facultativeAnaerobe, unstated),
                geneticTools: Cited(.limited, unstated)))
    }
}
