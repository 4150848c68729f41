import ArgumentParser
import Foundation
import MetaCore

extension BatchExport.Format: ExpressibleByArgument {}

/// `metadesign batch export results.jsonl --format csv`: records as a flat table.
struct BatchExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Flatten result records into CSV or TSV: one row per combination, scores as <scorer>.<component> columns.",
        discussion: """
            Rows are in canonical (combination index) order; the envelope is left out.
            Example:
              metadesign batch export results.jsonl --format csv -o results.csv
            """
    )

    @Argument(help: "A result stream (JSON Lines).")
    var input: String

    @Option(name: .long, help: "csv or tsv.")
    var format: BatchExport.Format = .csv

    @Option(name: [.short, .customLong("output")], help: "Write to this file (atomically) instead of stdout.")
    var output: String?

    func run() throws {
        let file = try ResultFile.read(path: input)
        if file.partialTail > 0 { printError("warning: \(input) ends in a partial line (an interrupted run); it is left out") }
        let text = BatchExport.render(file.records, format: format)
        if let output {
            try FileBytes.writeAtomically(Array(text.utf8), to: output)
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
    }
}
