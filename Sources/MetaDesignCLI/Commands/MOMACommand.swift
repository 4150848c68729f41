import ArgumentParser
import MetaCore

/// `metadesign moma`: linear MOMA of a knockout against the wild type's FBA fluxes.
struct MOMACommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "moma",
        abstract: "Linear MOMA: the knockout's flux distribution closest (Σ|v − v_wt|) to the wild type's FBA optimum.",
        discussion: """
            As COBRApy's moma(model, solution=model.optimize(), linear=True). The distance is unique;
            the growth reported is that of one closest flux distribution.
            Examples:
              metadesign moma models/e_coli_core.xml.gz --knockout b1761
              metadesign moma models/e_coli_core.xml.gz --knockout PGI --format csv -o pgi.csv
              metadesign moma models/e_coli_core.xml.gz --knockout b1761,b4025 --bound EX_o2_e=0:1000
            Exits with status 2 when the knockout is infeasible.
            """
    )

    @OptionGroup var model: ModelOptions

    /// `--knockout` is the perturbation; `--medium` and `--bound` set the conditions of both
    /// the wild type and the knockout.
    @OptionGroup var edits: EditOptions

    @OptionGroup var solver: SolverOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard !splitList(edits.knockout).isEmpty else { throw ValidationError("name at least one gene or reaction with --knockout") }
    }

    func run() throws {
        var conditions = edits
        conditions.knockout = []
        let wildType = try conditions.apply(to: model.load().model)
        let result: MOMAResult
        do {
            result = try MOMA.linear(model: wildType, knockouts: splitList(edits.knockout), settings: solver.settings)
        } catch {
            throw ValidationError(error.description)
        }
        try output.emit(table: result.table(), json: result.json(), csv: result.csv())
        if result.status != .optimal { throw ExitCode(2) }
    }
}
