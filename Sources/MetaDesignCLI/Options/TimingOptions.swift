import ArgumentParser
import Foundation

/// `--timings`: how long loading the model and running the analysis took, on stderr.
///
/// Benchmarks compare the analysis alone with COBRApy's analysis call, and the whole
/// process with COBRApy's script; this line lets them separate the two.
struct TimingOptions: ParsableArguments {
    @Flag(name: .long, help: "Print how long loading and the analysis took to stderr.")
    var timings = false

    /// Runs `load`, then `analyse` on its result, and prints `timings: load=…s analysis=…s` when asked.
    func measure<Loaded, Result>(load: () throws -> Loaded, analyse: (Loaded) throws -> Result) throws -> Result {
        let clock = ContinuousClock()
        let start = clock.now
        let loaded = try load()
        let loadedAt = clock.now
        let result = try analyse(loaded)
        if timings {
            printError(String(format: "timings: load=%.4fs analysis=%.4fs", (loadedAt - start).seconds, (clock.now - loadedAt).seconds))
        }
        return result
    }
}
