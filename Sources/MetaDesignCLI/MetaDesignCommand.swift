import ArgumentParser
import MetaCore

/// The `metadesign` command: constraint-based analysis and strain design from the shell.
struct MetaDesignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "metadesign",
        abstract: "Metabolic and strain design: FBA and friends on SBML and COBRA JSON models.",
        discussion: """
            Models may be SBML (Level 2 COBRA style, Level 3 FBC v1/v2) or COBRA JSON, gzipped or not.
            Flux sign convention as in COBRApy: negative exchange flux is uptake.
            Wherever a MODEL is expected, `--chassis ID [--substrate S] [--aeration A]` may stand in.
            Plugins built as dynamic libraries load with `--plugin PATH` (repeatable)
            or from the folders in METADESIGN_PLUGIN_PATH. `metadesign plugin new`
            starts one of your own (guide: docs/WritingAPlugin.md).
            """,
        version: MetaDesignVersion.string,
        subcommands: [
            FBACommand.self, PFBACommand.self, FVACommand.self, DeleteCommand.self, MediumCommand.self,
            ModelCommand.self,
            EnvelopeCommand.self,
            YieldCommand.self,
            MOMACommand.self,
            PluginsCommand.self,
            PluginCommand.self,
            ChassisCommand.self,
            PathwayCommand.self,
            BatchCommand.self,
            ReportCommand.self,
            EnzymeCommand.self,

            SampleCommand.self,
        ]
    )
}
