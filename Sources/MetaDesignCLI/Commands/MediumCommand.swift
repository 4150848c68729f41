import ArgumentParser
import MetaCore

/// `metadesign medium show`: the exchanges open for uptake, COBRApy-style.
struct MediumCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "medium",
        abstract: "Show a model's medium (exchange → maximum uptake; negative exchange flux is uptake).",
        subcommands: [Show.self]
    )

    /// `metadesign medium show MODEL`.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the exchanges open for uptake and their limits.")

        @OptionGroup var model: ModelOptions
        @OptionGroup var edits: EditOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            let edited = try edits.apply(to: model.load().model)
            let medium = Medium(model: edited)
            try output.emit(table: medium.table(model: edited), json: medium.json(), csv: medium.csv())
        }
    }
}
