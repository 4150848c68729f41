/// A value stated in the literature, with its source.
public struct Cited<Value: Sendable & Hashable>: Sendable, Hashable {
    /// The value.
    public var value: Value
    /// Where it is stated.
    public var citation: Citation

    /// A value with its citation.
    public init(_ value: Value, _ citation: Citation) {
        self.value = value
        self.citation = citation
    }
}

/// How an organism relates to oxygen.
public enum OxygenRequirement: String, Sendable, Hashable, CaseIterable, Codable {
    /// Needs oxygen to grow (e.g. *P. putida*, *A. niger*).
    case obligateAerobe = "obligate aerobe"
    /// Grows with or without oxygen, respiring when it can (e.g. *E. coli*, yeast).
    case facultativeAnaerobe = "facultative anaerobe"
    /// Ferments whether or not oxygen is present, tolerating it (e.g. lactic acid bacteria).
    case aerotolerantAnaerobe = "aerotolerant anaerobe"
}

/// How mature the genetic toolbox for an organism is.
public enum GeneticTools: String, Sendable, Hashable, CaseIterable, Codable {
    /// Routine genome editing, many plasmids and promoters, high-throughput methods.
    case extensive
    /// Established editing and expression systems, fewer parts.
    case established
    /// Possible but slow or strain-specific.
    case limited
}

/// Traits that matter when picking a production host, each cited.
public struct ChassisTraits: Sendable, Hashable {
    /// Regulatory status for food and feed use: `GRAS (FDA)`, `QPS (EFSA)`, or `none` …
    public var safetyStatus: Cited<String>
    /// Growth temperature range in °C.
    public var temperature: Cited<ClosedRange<Double>>
    /// pH range tolerated in culture.
    public var pH: Cited<ClosedRange<Double>>
    /// The organism's oxygen requirement.
    public var oxygen: Cited<OxygenRequirement>
    /// How mature its genetic tools are.
    public var geneticTools: Cited<GeneticTools>
    /// Anything else worth knowing (e.g. native product tolerance, secreted enzymes).
    public var notes: [Cited<String>]

    /// Traits with every field given.
    public init(
        safetyStatus: Cited<String>, temperature: Cited<ClosedRange<Double>>, pH: Cited<ClosedRange<Double>>,
        oxygen: Cited<OxygenRequirement>, geneticTools: Cited<GeneticTools>, notes: [Cited<String>] = []
    ) {
        self.safetyStatus = safetyStatus
        self.temperature = temperature
        self.pH = pH
        self.oxygen = oxygen
        self.geneticTools = geneticTools
        self.notes = notes
    }
}
