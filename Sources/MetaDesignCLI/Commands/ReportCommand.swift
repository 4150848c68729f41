import ArgumentParser
import MetaCore

/// `metadesign report results.jsonl -o report.html`: one self-contained HTML report of a batch.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write a self-contained HTML report of batch results: ranking, yield heatmap, envelopes, scores, plan and provenance.",
        discussion: """
            The page needs no network: styles, the sorting script and the plots (SVG) are inline.
            The plan and provenance come from RESULTS.manifest.json when it is there.
            Example:
              metadesign report results.jsonl -o report.html
            """
    )

    @Argument(help: "A result stream (JSON Lines) from `batch run` or `batch merge`.")
    var input: String

    @Option(name: [.short, .customLong("output")], help: "The HTML file to write (atomically).")
    var output: String

    @Option(name: .long, help: "The report's title (default: the plan's name).")
    var title: String?

    func run() throws {
        let file = try ResultFile.read(path: input)
        if file.partialTail > 0 { printError("warning: \(input) ends in a partial line (an interrupted run); it is left out") }
        let data = ReportData(records: file.records, manifest: RunManifest.read(for: input), source: input)
        let html = HTMLReport(data: data, title: title).render()
        try FileBytes.writeAtomically(Array(html.utf8), to: output)
        printError("report of \(file.records.count) records written to \(output)")
    }
}
