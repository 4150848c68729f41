/// Why a model file could not be read: names the file and, where known, the line.
public struct ModelReadError: Error, Hashable, Sendable, FileLocatedError {
    /// The path of the file as given.
    public var file: String
    /// The 1-based line the problem was found on, when the format has lines.
    public var line: Int?
    /// What is wrong.
    public var message: String

    /// Creates an error.
    public init(file: String, line: Int? = nil, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }
}
