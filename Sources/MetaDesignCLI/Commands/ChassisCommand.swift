import ArgumentParser
import ChassisPlugins
import MetaPlugin

/// `metadesign chassis list|show`: the production hosts on offer.
struct ChassisCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chassis",
        abstract: "List the chassis organisms, or show one with its substrates, aerations and cited traits.",
        subcommands: [List.self, Show.self],
        defaultSubcommand: List.self
    )

    /// `chassis list`.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List every chassis with its model, substrates and aerations.",
            discussion: "Organisms without a usable public model are listed as not available, with the reason."
        )

        @OptionGroup var output: OutputOptions

        func run() throws {
            let report = ChassisReport(
                try PluginHost.registry.chassis,
                unavailable: UnavailableChassis.all.map { ($0.organism, $0.reason) })
            try output.emit(table: report.table(), json: report.json(), csv: report.csv())
        }
    }

    /// `chassis show ID`.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show one chassis: model, key reactions, substrates, aerations, cited traits.",
            discussion: "Example:\n  metadesign chassis show ecoli"
        )

        @Argument(help: "The chassis id (see `metadesign chassis list`).")
        var id: String

        @OptionGroup var output: OutputOptions

        func run() throws {
            let chassis = try PluginHost.registry.chassis(id: id)
            let entry = ChassisReport.Entry(chassis)
            try output.emit(
                table: ChassisReport.text(of: entry), json: ChassisReport.json(of: entry), csv: ChassisReport([chassis]).csv())
        }
    }
}
