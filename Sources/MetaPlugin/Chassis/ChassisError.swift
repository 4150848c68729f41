/// Why a chassis could not provide a model for a condition.
public struct ChassisError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong.
    public enum Kind: Sendable, Hashable {
        /// The model file is in none of the places searched.
        case modelNotFound(file: String, searched: [String])
        /// The model file exists but could not be read.
        case modelUnreadable(path: String, reason: String)
        /// The chassis lists no substrate of that name.
        case unknownSubstrate(String, available: [String])
        /// The organism cannot grow under that aeration (or the plugin does not model it).
        case unsupportedAeration(Aeration, available: [Aeration])
        /// The medium or bound changes do not fit the model (a plugin bug, usually).
        case invalidCondition(String)
    }

    /// The chassis id (empty when not yet known).
    public var chassis: String
    /// What went wrong.
    public var kind: Kind

    /// An error for chassis `chassis`.
    public init(chassis: String, kind: Kind) {
        self.chassis = chassis
        self.kind = kind
    }

    /// A one-line message naming the chassis and what to do.
    public var description: String {
        let prefix = chassis.isEmpty ? "" : "chassis '\(chassis)': "
        switch kind {
        case .modelNotFound(let file, let searched):
            return prefix + "model file \(file) not found (looked in \(searched.joined(separator: ", "))); "
                + "set METADESIGN_MODELS to the folder holding it"
        case .modelUnreadable(let path, let reason):
            return prefix + "cannot read \(path): \(reason)"
        case .unknownSubstrate(let name, let available):
            return prefix + "no substrate '\(name)'; available: \(available.joined(separator: ", "))"
        case .unsupportedAeration(let aeration, let available):
            return prefix + "cannot grow \(aeration.rawValue); available: "
                + available.map(\.rawValue).joined(separator: ", ")
        case .invalidCondition(let message):
            return prefix + message
        }
    }
}
