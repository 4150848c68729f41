/// Everything a chassis plugin declares about its organism: the model, the reactions that
/// matter for design, the medium, the carbon sources, the aerations and the host traits.
public struct ChassisProfile: Sendable, Hashable {
    /// The organism and strain (`Escherichia coli K-12 MG1655`).
    public var organism: String
    /// The model file shipped in `models/` (`iML1515.xml.gz`).
    public var modelFile: String
    /// The publication describing the model.
    public var modelCitation: Citation
    /// The biomass (growth) reaction.
    public var biomassReaction: String
    /// The non-growth ATP maintenance reaction, when the model has one.
    public var maintenanceReaction: String?
    /// The oxygen exchange reaction.
    public var oxygenExchange: String
    /// The default medium; `nil` keeps the medium the model file defines.
    public var defaultMedium: Medium?
    /// Bound changes made to the shipped model before any medium, e.g. releasing fluxes a model
    /// file pins to one experiment's measurements so that other substrates can replace its own.
    public var modelBoundOverrides: [BoundOverride]
    /// The carbon sources the model supports, each verified to support growth.
    public var substrates: [Substrate]
    /// The name of the substrate in the default medium (replaced when another is asked for).
    public var defaultSubstrate: String
    /// The aerations the organism can grow under, with what each needs.
    public var aerations: [AerationCondition]
    /// The aeration used when none is asked for: the first offered (aerobic for most
    /// chassis, anaerobic for the lactic acid bacteria).
    public var naturalAeration: Aeration { aerations.first?.aeration ?? .aerobic }
    /// Traits that matter when choosing a host.
    public var traits: ChassisTraits

    /// A profile with every field given.
    public init(
        organism: String, modelFile: String, modelCitation: Citation, biomassReaction: String,
        maintenanceReaction: String?, oxygenExchange: String, defaultMedium: Medium? = nil,
        modelBoundOverrides: [BoundOverride] = [],
        substrates: [Substrate], defaultSubstrate: String, aerations: [AerationCondition], traits: ChassisTraits
    ) {
        self.organism = organism
        self.modelFile = modelFile
        self.modelCitation = modelCitation
        self.biomassReaction = biomassReaction
        self.maintenanceReaction = maintenanceReaction
        self.oxygenExchange = oxygenExchange
        self.defaultMedium = defaultMedium
        self.modelBoundOverrides = modelBoundOverrides
        self.substrates = substrates
        self.defaultSubstrate = defaultSubstrate
        self.aerations = aerations
        self.traits = traits
    }

    /// The substrate called `name` (case-insensitive), if the chassis lists it.
    public func substrate(named name: String) -> Substrate? {
        substrates.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }
    }

    /// What `aeration` means for this chassis, if it can grow that way.
    public func condition(for aeration: Aeration) -> AerationCondition? {
        aerations.first { $0.aeration == aeration }
    }
}
