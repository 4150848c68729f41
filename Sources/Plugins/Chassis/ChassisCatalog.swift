import MetaPlugin

/// The organisms metadesign would like to offer as chassis but cannot, and why; shown by
/// `metadesign chassis list` so nobody mistakes a gap for an oversight.
public struct UnavailableChassis: Sendable, Hashable {
    /// The organism.
    public var organism: String
    /// Why there is no chassis plugin for it.
    public var reason: String

    /// An entry from its organism and reason.
    public init(organism: String, reason: String) {
        self.organism = organism
        self.reason = reason
    }

    /// The organisms without a usable public model here.
    public static let all: [UnavailableChassis] = [
        UnavailableChassis(
            organism: "Trichoderma reesei",
            reason: "no curated genome-scale model in SBML is available offline here; none is shipped"),
    ]
}
