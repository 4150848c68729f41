import ArgumentParser
import MetaCore

/// Changes applied to the model before any analysis: medium, bound overrides, knockouts.
struct EditOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Set the medium: a file (lines 'EX_id rate') or inline 'EX_a=10,EX_b=5'; other uptakes close.", valueName: "FILE_OR_LIST"))
    var medium: String?

    @Option(name: .long, help: ArgumentHelp("Override a reaction's bounds (repeatable); empty side = unbounded.", valueName: "RXN=LB:UB"))
    var bound: [String] = []

    @Option(name: .long, help: ArgumentHelp("Knock out a gene (via GPR) or a reaction (repeatable).", valueName: "GENE_OR_RXN"))
    var knockout: [String] = []

    func validate() throws {
        for text in bound where BoundOverride(parsing: text) == nil {
            throw ValidationError("--bound '\(text)' is not RXN=LB:UB (e.g. EX_glc__D_e=-10:1000)")
        }
    }

    /// `model` with the medium, then knockouts, then bound overrides applied.
    func apply(to model: Model) throws -> Model {
        var model = model
        if let medium {
            let parsed = medium.contains("=") && !FileBytes.isFile(medium)
                ? try Medium(inline: medium)
                : try Medium(contentsOf: medium)
            model = try parsed.apply(to: model)
        }
        let overrides = bound.compactMap(BoundOverride.init(parsing:))
        return try model.applying(ModelEdits(bounds: overrides, knockouts: knockout))
    }
}

/// How many worker threads a long analysis uses.
struct ParallelOptions: ParsableArguments {
    @Option(name: .long, help: "Worker threads (default: all cores).")
    var jobs: Int = defaultJobCount

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
    }
}

/// Splits `A,B C` style list options into ids.
func splitList(_ values: [String]) -> [String] {
    values.flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
}
