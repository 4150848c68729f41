import ArgumentParser
import Foundation
import MetaCore

/// How a command's result is printed.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    /// Human-readable tables.
    case table
    /// One JSON document.
    case json
    /// Comma-separated values with a header row.
    case csv
}

/// Where and in which format a command writes its result.
struct OutputOptions: ParsableArguments {
    @Option(name: .long, help: "Output format: \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: OutputFormat = .table

    @Option(name: [.short, .customLong("output")], help: "Write the result to this file (atomically) instead of stdout.")
    var output: String?

    /// Writes `text` to the output file atomically, or to stdout.
    func emit(_ text: String) throws {
        if let output {
            try FileBytes.writeAtomically(Array(text.utf8), to: output)
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
    }

    /// Writes whichever of the three renderings `--format` asks for.
    func emit(table: @autoclosure () -> String, json: @autoclosure () -> JSONText, csv: @autoclosure () -> String) throws {
        switch format {
        case .table: try emit(table())
        case .json: try emit(json().rendered() + "\n")
        case .csv: try emit(csv())
        }
    }
}
