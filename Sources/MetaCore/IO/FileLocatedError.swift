/// An error about a place in a file, printed the way compilers print them (`file:line: message`)
/// so that editors can jump to the line.
public protocol FileLocatedError: Error, CustomStringConvertible {
    /// The file as given.
    var file: String { get }
    /// The 1-based line of the problem, when known.
    var line: Int? { get }
    /// What is wrong.
    var message: String { get }
}

extension FileLocatedError {
    /// `file:line: message` (or `file: message` when the line is unknown).
    public var description: String {
        if let line { return "\(file):\(line): \(message)" }
        return "\(file): \(message)"
    }
}
