import ArgumentParser
import MetaCore

/// `metadesign pathway show`.
struct PathwayShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one pathway: product, references, metabolites, reactions and enzymes.",
        discussion: """
            --yaml prints the route as a pathway file: the quickest start for a route of your own.
            Examples:
              metadesign pathway show bdo_yim2011
              metadesign pathway show bdo_yim2011 --yaml > my_bdo.yaml
            """
    )

    @Argument(help: "The pathway id (or use --pathway / --pathway-file).")
    var id: String?

    @OptionGroup var pathways: PathwayOptions

    @Flag(name: .long, help: "Print the pathway as pathway-file YAML.")
    var yaml = false

    @OptionGroup var output: OutputOptions

    func run() throws {
        var selection = pathways
        if let id { selection.pathway.append(id) }
        let pathway = try selection.single()
        if yaml { return try output.emit(PathwayFileWriter.text(pathway)) }
        let csv = (["reaction,equation"] + pathway.reactions.map { "\(csvField($0.id)),\(csvField($0.equation))" }).joined(separator: "\n") + "\n"
        try output.emit(table: pathway.text(), json: pathway.json(), csv: csv)
    }
}
