import ArgumentParser
import MetaCore

/// Limits for the LP solver, shared by every analysis command.
struct SolverOptions: ParsableArguments {
    @Option(name: .long, help: "Give up on one LP after this many seconds.")
    var timeLimit: Double?

    /// The settings to pass to MetaCore.
    var settings: SolverSettings {
        var settings = SolverSettings()
        if let timeLimit { settings.timeLimit = timeLimit }
        return settings
    }

    func validate() throws {
        if let timeLimit, !(timeLimit > 0 && timeLimit.isFinite) {
            throw ValidationError("--time-limit must be a positive number of seconds")
        }
    }
}
