/// How `batch run` runs a plan.
struct RunOptions: Sendable {
    /// The result stream (JSON Lines), created or resumed.
    var output: String
    /// Worker threads.
    var jobs: Int
    /// The slice of the plan to run.
    var shard: Shard = .whole
    /// Discard the output's records (even of another plan) and start over.
    var restart = false
    /// Draw the progress bar: `nil` when standard error is a terminal.
    var progress: Bool?
}

/// What a run did.
struct RunSummary: Sendable {
    /// Combinations in this run's shard.
    var inShard: Int
    /// Found already done in the output when the run started.
    var resumed: Int
    /// Evaluated by this run.
    var evaluated: Int
    /// Of those, how many failed (records with an error).
    var failed: Int
    /// Of those, how many were skipped (`unsupported: skip`: the chassis does not offer the
    /// feed or aeration); not counted as failed.
    var skipped = 0
    /// Wall-clock seconds this run spent evaluating.
    var seconds: Double
    /// The signal that stopped the run early (SIGINT, SIGTERM), if one did.
    var interruptedBy: Int32?

    /// Evaluations per second in this run.
    var rate: Double { seconds > 0 ? Double(evaluated) / seconds : 0 }

    /// Whether every combination of the shard is in the output.
    var isComplete: Bool { resumed + evaluated == inShard }
}

/// Why a run could not start or had to stop.
enum BatchRunError: Error, Sendable, CustomStringConvertible {
    /// The output could not be opened, read or written.
    case output(ResultFileError)
    /// The output holds records of another plan.
    case otherPlan(file: String, line: Int, found: String, expected: String)
    /// The output holds records outside this run's shard, or of a plan with another size.
    case otherShard(file: String, line: Int, index: Int, shard: Shard)
    /// A record's key does not match its index in this plan.
    case keyMismatch(file: String, line: Int, found: String, expected: String)

    /// A message saying what to do.
    var description: String {
        switch self {
        case .output(let error):
            return error.description
        case .otherPlan(let file, let line, let found, let expected):
            return "\(file):\(line): this output was written for a different plan (plan sha256 \(found.prefix(12))…, "
                + "this plan is \(expected.prefix(12))…). Refusing to mix results: rerun with --restart to discard "
                + "the output, or write to another file with -o"
        case .otherShard(let file, let line, let index, let shard):
            return "\(file):\(line): combination \(index) does not belong to shard \(shard): this output was written "
                + "with another --shard; use the same --shard, another output, or --restart"
        case .keyMismatch(let file, let line, let found, let expected):
            return "\(file):\(line): record key '\(found)' does not match this plan's '\(expected)' at that index; "
                + "rerun with --restart"
        }
    }
}
