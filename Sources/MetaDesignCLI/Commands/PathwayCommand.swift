import ArgumentParser

/// `metadesign pathway list|show|validate|evaluate`: heterologous routes to products.
struct PathwayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pathway",
        abstract: "List, show, validate and evaluate pathways (routes to products) in a chassis.",
        discussion: """
            Pathways come from the built-in library and pathway plugins, or from YAML pathway files
            (--pathway-file; format in docs/PathwayFiles.md).
            Examples:
              metadesign pathway list
              metadesign pathway show bdo_yim2011
              metadesign pathway validate --chassis ecoli
              metadesign pathway evaluate --chassis ecoli --pathway bdo_yim2011 --substrate glucose --aeration aerobic
            """,
        subcommands: [
            PathwayListCommand.self, PathwayShowCommand.self, PathwayValidateCommand.self, PathwayEvaluateCommand.self,
            PathwayPredictCommand.self, PathwayRankCommand.self,
        ],
        defaultSubcommand: PathwayListCommand.self
    )
}
