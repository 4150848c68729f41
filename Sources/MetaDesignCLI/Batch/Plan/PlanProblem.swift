/// One thing wrong with a plan, at a line of its file.
struct PlanProblem: Sendable, Hashable, CustomStringConvertible {
    /// The plan file.
    var file: String
    /// The 1-based line the problem is on (0 when it concerns the whole file).
    var line: Int
    /// What is wrong and, where it helps, what would be right.
    var message: String

    /// `file:line: message`, as compilers write it, so editors can jump to it.
    var description: String { line > 0 ? "\(file):\(line): \(message)" : "\(file): \(message)" }
}

/// A plan that cannot run, with every problem found in it.
struct PlanError: Error, Sendable, CustomStringConvertible {
    /// The problems, in file order.
    var problems: [PlanProblem]

    /// One problem per line, then a count.
    var description: String {
        let sorted = problems.sorted { ($0.file, $0.line) < ($1.file, $1.line) }
        let count = problems.count == 1 ? "1 problem" : "\(problems.count) problems"
        return sorted.map(\.description).joined(separator: "\n") + "\n\(count) in the plan; nothing was run"
    }
}
