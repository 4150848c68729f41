/// Where a medium came from, so that an error can point at the offending text.
public enum MediumSource: Hashable, Sendable, CustomStringConvertible {
    /// A medium file at this path (as given on the command line).
    case file(String)
    /// The inline `--medium EX_a=10,EX_b=20` form; positions count entries, not lines.
    case inline
    /// Built in code or read from a model; there is no text to point at.
    case program

    /// The path, `--medium`, or `medium`.
    public var description: String {
        switch self {
        case .file(let path): return path
        case .inline: return "--medium"
        case .program: return "medium"
        }
    }
}

/// Why a medium could not be read or applied to a model.
///
/// The description has the compiler-style `file:line: message` form for files, so editors
/// can jump to the line, and `--medium, entry 2: message` for the inline form.
public struct MediumError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What is wrong.
    public enum Kind: Hashable, Sendable {
        /// The file could not be read at all (missing, a directory, corrupt gzip…).
        case unreadable(String)
        /// A line (or inline entry) is not of the form `exchange uptake`; carries the text.
        case malformedLine(String)
        /// The uptake is not a number, or is negative or NaN; carries the exchange and the value as written.
        case invalidUptake(exchange: String, value: String)
        /// The exchange is listed twice; carries the position of the first mention when known.
        case duplicateExchange(String, firstPosition: Int?)
        /// The model has no reaction with this id.
        case unknownReaction(String, model: String)
        /// The reaction exists but is not an exchange of the model.
        case notAnExchange(String, externalCompartment: String?)
        /// Setting the uptake would leave the exchange with a lower bound above its upper bound.
        case conflictingBounds(ModelError)
    }

    /// The file, the inline form, or nothing.
    public var source: MediumSource
    /// The 1-based line (file) or entry (inline form) of the problem, when known.
    public var position: Int?
    /// What is wrong.
    public var kind: Kind

    /// Creates an error.
    public init(source: MediumSource, position: Int? = nil, kind: Kind) {
        self.source = source
        self.position = position
        self.kind = kind
    }

    /// `file:line: message`, `--medium, entry N: message` or `medium: message`.
    public var description: String {
        let location: String
        switch (source, position) {
        case (.file(let path), let line?): location = "\(path):\(line)"
        case (.inline, let entry?): location = "--medium, entry \(entry)"
        default: location = source.description
        }
        return "\(location): \(message)"
    }

    private var message: String {
        switch kind {
        case .unreadable(let reason):
            return reason
        case .malformedLine(let text):
            return "expected 'EXCHANGE_ID UPTAKE' (or 'ID: UPTAKE', 'ID=UPTAKE', 'ID,UPTAKE'), found '\(text)'"
        case .invalidUptake(let exchange, let value):
            if let number = Double(value), number < 0 {
                return "uptake of '\(exchange)' is \(value): write the maximum uptake rate as a positive number "
                    + "(\(value.dropFirst()) for a lower bound of \(value)), as COBRApy's model.medium does"
            }
            return "uptake of '\(exchange)' is '\(value)', not a number ≥ 0 (use 'inf' for unlimited)"
        case .duplicateExchange(let id, let first):
            let unit = source == .inline ? "entry" : "line"
            return "'\(id)' is listed twice" + (first.map { " (first on \(unit) \($0))" } ?? "")
        case .unknownReaction(let id, let model):
            return "model '\(model)' has no reaction '\(id)'"
        case .notAnExchange(let id, let compartment):
            let external = compartment.map { " of a metabolite in compartment '\($0)'" } ?? ""
            return "'\(id)' is not an exchange reaction (a boundary reaction\(external)); "
                + "change other reactions' bounds with --bounds instead"
        case .conflictingBounds(let error):
            return error.description
        }
    }
}
