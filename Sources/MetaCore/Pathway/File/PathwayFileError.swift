/// Why a pathway file (or the shared metabolite table) could not be read.
///
/// The description has the compiler-style `file:line: message` form, so editors can jump to
/// the line; the message names the pathway and reaction the problem is in.
public struct PathwayFileError: Error, Sendable, Hashable, FileLocatedError {
    /// The file as given.
    public var file: String
    /// The 1-based line of the problem, when known.
    public var line: Int?
    /// What is wrong, and where in the file's structure.
    public var message: String

    /// An error at `line` of `file`.
    public init(file: String, line: Int?, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }
}
