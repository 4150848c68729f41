import ArgumentParser
import MetaCore

/// `metadesign model`: inspect and convert model files.
struct ModelCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "model",
        abstract: "Inspect and convert model files.",
        subcommands: [Info.self, Convert.self]
    )

    /// `metadesign model info MODEL`.
    struct Info: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Counts, compartments, objective, exchanges and medium, blocked reactions, GPR statistics."
        )

        @OptionGroup var model: ModelOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            let info = ModelInfo(try model.load())
            switch output.format {
            case .table: try output.emit(info.text())
            case .json: try output.emit(info.json().rendered() + "\n")
            case .csv: throw ValidationError("model info has no CSV form; use --format table or json")
            }
        }
    }

    /// `metadesign model convert IN OUT`.
    struct Convert: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Convert between SBML and COBRA JSON; the format follows OUT's extension (.xml, .json, optionally .gz).",
            discussion: "SBML is written as Level 3 Version 1 with FBC v2, readable by COBRApy and libSBML."
        )

        @Argument(help: "The model to read.")
        var input: String

        @Argument(help: "The file to write (atomically).")
        var output: String

        func validate() throws {
            guard ModelFormat(path: output) != nil else {
                throw ValidationError("cannot tell the format of '\(output)': use .xml, .sbml or .json (optionally .gz)")
            }
        }

        func run() throws {
            let loaded = try ModelIO.read(path: input)
            try ModelIO.write(loaded.model, to: output)
            let model = loaded.model
            printError("wrote \(output): \(model.reactions.count) reactions, \(model.metabolites.count) metabolites, \(model.genes.count) genes")
        }
    }
}
