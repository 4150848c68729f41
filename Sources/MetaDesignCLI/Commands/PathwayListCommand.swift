import ArgumentParser
import MetaPlugin

/// `metadesign pathway list`.
struct PathwayListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the pathways: id, product, number of reactions, references.",
        discussion: """
            Examples:
              metadesign pathway list
              metadesign pathway list --product 14bdo --format json
              metadesign pathway list --pathway-file my_routes.yaml
            """
    )

    @OptionGroup var pathways: PathwayOptions

    @Option(name: .long, help: ArgumentHelp("Only routes to this product (its id, e.g. 14bdo).", valueName: "ID"))
    var product: String?

    @OptionGroup var output: OutputOptions

    func run() throws {
        let entries = try pathways.selected().filter { product == nil || $0.pathway.product.id == product }
        let report = PathwayListReport(entries)
        try output.emit(table: report.table(), json: report.json(), csv: report.csv())
    }
}
