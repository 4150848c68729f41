import ArgumentParser
import Foundation
import MetaPlugin
import PluginScaffold

/// `metadesign plugin new`: scaffold a third-party plugin package.
struct PluginCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plugin",
        abstract: "Start a new plugin of your own (see `plugins list` for the plugins loaded).",
        subcommands: [New.self]
    )

    /// `plugin new NAME --kind K [--output DIR] [--metadesign PATH]`.
    struct New: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create a ready-to-build plugin package: source, C entry points, conformance test, README.",
            discussion: """
                The package depends on the metadesign sources this tool was built from,
                so plugin and tool agree on the plugin ABI. As made, it builds and passes
                its conformance test:
                  metadesign plugin new AcmeYeast --kind chassis
                  cd AcmeYeast && swift test && swift build --product AcmeYeast
                  metadesign --plugin .build/debug/libAcmeYeast.\(PluginLibrary.libraryExtension) plugins list
                Guide: docs/WritingAPlugin.md in the metadesign sources.
                """
        )

        @Argument(help: "Package, module and library name: a Swift identifier such as AcmeYeast (plugin id acme-yeast).")
        var name: String

        @Option(name: .long, help: "The plugin family: chassis, pathway or scorer.")
        var kind: PluginKind

        @Option(name: .long, help: ArgumentHelp("The package folder to create (default: ./NAME); must not exist.", valueName: "DIR"))
        var output: String?

        @Option(name: .long, help: ArgumentHelp(
            "The metadesign source checkout to build against (default: the one this tool was built from).",
            valueName: "PATH"))
        var metadesign: String?

        func run() throws {
            let taken = Set(try PluginHost.registry.plugins.map(\.id))
            let scaffold = try PluginScaffold(
                name: name, kind: kind, metadesignRoot: metadesign ?? PluginScaffold.builtFromRoot, takenIDs: taken)
            let directory = output ?? name
            try scaffold.write(to: directory)
            print(scaffold.nextSteps(in: directory))
        }
    }
}
