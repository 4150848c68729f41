import ArgumentParser
import MetaPlugin

/// `metadesign plugins list`: the plugins of this run.
struct PluginsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plugins",
        abstract: "List the plugins available: built-in, compiled in, and loaded with --plugin.",
        subcommands: [List.self],
        defaultSubcommand: List.self
    )

    /// `plugins list [--kind K]`.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List plugins, optionally of one kind (chassis, pathway, scorer).",
            discussion: """
                Examples:
                  metadesign plugins list
                  metadesign plugins list --kind chassis --format json
                  metadesign --plugin Examples/HelloPlugin/.build/debug/libHelloPlugin.so plugins list
                """
        )

        @Option(name: .long, help: "Only plugins of this kind: chassis, pathway or scorer.")
        var kind: PluginKind?

        @OptionGroup var output: OutputOptions

        func run() throws {
            let registry = try PluginHost.registry
            let plugins = kind.map(registry.plugins(ofKind:)) ?? registry.plugins
            let report = PluginListReport(plugins.map(\.descriptor))
            try output.emit(table: report.table(), json: report.json(), csv: report.csv())
        }
    }
}

extension PluginKind: ExpressibleByArgument {}
