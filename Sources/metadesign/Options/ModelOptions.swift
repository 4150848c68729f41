import ArgumentParser
import Foundation
import MetaCore

/// The model a command works on.
struct ModelOptions: ParsableArguments {
    @Argument(help: "Model file: SBML (.xml, .sbml) or COBRA JSON (.json), optionally gzipped.")
    var model: String

    @Flag(name: .long, help: "Print the reader's warnings about the model to stderr.")
    var warnings = false

    /// Reads the model, reporting reader warnings on stderr when asked.
    func load() throws -> LoadedModel {
        let loaded = try ModelIO.read(path: model)
        if warnings {
            for warning in loaded.warnings { printError("warning: \(model): \(warning)") }
        }
        return loaded
    }
}

/// Prints a line to standard error.
func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}

extension Duration {
    /// The duration in seconds, as a floating-point number.
    var seconds: Double {
        let (whole, fraction) = components
        return Double(whole) + Double(fraction) / 1e18
    }
}
