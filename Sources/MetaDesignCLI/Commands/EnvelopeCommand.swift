import ArgumentParser
import MetaCore

/// `metadesign envelope`: production envelope (phenotypic phase plane) of a product.
struct EnvelopeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "envelope",
        abstract: "Least and most product flux at evenly spaced values of growth (or another reaction), with yields.",
        discussion: """
            As COBRApy's production_envelope: x runs from its least to its most flux; at each point
            x is fixed and the product minimised and maximised. Yields divide by the carbon sources'
            uptake (default: the medium's exchanges taking up carbon at the FBA optimum).
            Examples:
              metadesign envelope models/e_coli_core.xml.gz --product EX_succ_e
              metadesign envelope models/e_coli_core.xml.gz --product EX_ac_e --format csv -o ac.csv --plot ac.svg
              metadesign envelope models/e_coli_core.xml.gz --product EX_succ_e --bound EX_o2_e=0:1000
            Exits with status 2 when the x range cannot be found (e.g. an infeasible medium).
            """
    )

    @OptionGroup var model: ModelOptions
    @OptionGroup var edits: EditOptions

    @Option(name: .long, help: ArgumentHelp("The product's exchange reaction (y axis).", valueName: "RXN"))
    var product: String

    @Option(name: .long, help: ArgumentHelp("The x-axis reaction (default: the model objective).", valueName: "RXN"))
    var x: String?

    @Option(name: .long, help: "Number of points along x.")
    var points = 20

    @Option(name: .long, help: ArgumentHelp("Also draw the envelope as SVG to this file.", valueName: "FILE"))
    var plot: String?

    @OptionGroup var solver: SolverOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard (1...10_000).contains(points) else { throw ValidationError("--points must be between 1 and 10000") }
    }

    func run() throws {
        let loaded = try model.load()
        let edited = try edits.apply(to: loaded.model)
        let substrates = try model.substrateExchanges()
        let envelope: ProductionEnvelope
        do {
            envelope = try ProductionEnvelope.compute(
                edited, product: product, x: x, carbonSources: substrates.isEmpty ? nil : substrates,
                points: points, settings: solver.settings)
        } catch {
            throw ValidationError(error.description)
        }
        if let plot {
            let svg = envelope.plot(modelName: loaded.model.id).svg()
            try FileBytes.writeAtomically(Array(svg.utf8), to: plot)
        }
        switch output.format {
        case .table: try output.emit(envelope.table())
        case .json: try output.emit(envelope.json().rendered() + "\n")
        case .csv: try output.emit(envelope.csv())
        }
        if envelope.status != .optimal { throw ExitCode(2) }
    }
}
