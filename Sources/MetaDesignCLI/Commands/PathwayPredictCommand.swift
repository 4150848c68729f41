import ArgumentParser
import Foundation
import MetaCore
import MetaPlugin

/// `metadesign predict`: the shortest sets of universal-model reactions that let a chassis make a product.
struct PathwayPredictCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "predict",
        abstract: "Predict the shortest heterologous pathways from a universal model to a product, verified by FBA and ranked by yield.",
        discussion: """
            Method (as cameo's PathwayPredictor): the chassis gains every element-balanced, non-boundary reaction of the universal model that it lacks, each behind a binary switch. A MILP finds the fewest switches that let a cytosolic demand for the product carry at least --min-production; an integer cut then forbids that set and its supersets, and the search repeats. Each set is checked by plain FBA on chassis + set: maximum theoretical yield on the substrate (growth free) and nothing made with every uptake closed.

            The whole search stops after --time-limit seconds; a set found when time ran out is reduced to a minimal one and shown as not proven shortest. The product is a metabolite id without compartment (13ppd), a full id (13ppd_c) or a name. See docs/PathwayPrediction.md. Exits with status 2 when no pathway was verified.

            Examples:
              metadesign predict --chassis ecoli --product 13ppd --substrate glycerol
              metadesign predict --chassis ecoli --product 13ppd --format json
              metadesign predict --chassis ecoli --product 13ppd --save-dir predicted/
              metadesign predict models/e_coli_core.xml.gz --substrate EX_glc__D_e \\
                  --product 13ppd --universe my_universe.json
            """
    )

    @OptionGroup var model: ModelOptions
    @OptionGroup var edits: EditOptions

    @Option(name: .long, help: ArgumentHelp("The product: a metabolite id without compartment (13ppd), a full id or a name.", valueName: "METABOLITE"))
    var product: String

    @Option(name: .long, help: ArgumentHelp("Universal model file (repeatable; earlier files win). Default: the shipped universe_bacteria.xml.gz.", valueName: "FILE"))
    var universe: [String] = []

    @Option(name: .long, help: "The most reactions a pathway may add.")
    var maxSteps = 6

    @Option(name: .long, help: "How many verified pathways to find.")
    var alternatives = 5

    @Option(name: .long, help: "Seconds for the whole search (every MILP and FBA check).")
    var timeLimit: Double = 120

    @Option(name: .long, help: ArgumentHelp("Product flux (mmol/gDW/h) a pathway must reach in the search.", valueName: "FLUX"))
    var minProduction: Double = 0.1

    @Option(name: .long, help: ArgumentHelp("Write each pathway as a pathway file (YAML) into this folder.", valueName: "DIR"))
    var saveDir: String?

    @Flag(name: .long, help: "Print each pathway to stderr as it is found.")
    var verbose = false

    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard (1...50).contains(maxSteps) else { throw ValidationError("--max-steps must be between 1 and 50") }
        guard (1...1000).contains(alternatives) else { throw ValidationError("--alternatives must be between 1 and 1000") }
        guard timeLimit.isFinite, timeLimit > 0 else { throw ValidationError("--time-limit must be a positive number of seconds") }
        guard minProduction.isFinite, minProduction > 0 else { throw ValidationError("--min-production must be a positive flux") }
    }

    func run() throws {
        let chassis = try edits.apply(to: model.load().model)
        let substrates = try model.substrateExchanges()
        guard substrates.count <= 1 else {
            throw ValidationError("predict reports yields on one substrate: give a single --substrate")
        }
        let universes = try loadUniverses()
        let settings = PredictionSettings(
            maximumSteps: maxSteps, alternatives: alternatives, timeLimit: timeLimit, minimumProduction: minProduction,
            maintenanceReaction: try maintenanceReaction(in: chassis))
        let progress: ((String) -> Void)? = verbose ? { line in printError(line) } : nil
        // A PredictionError prints as its one-line description and exits 1.
        let predictor = try PathwayPredictor(host: chassis, universes: universes)
        let prediction = try predictor.predict(product: product, substrate: substrates.first, settings: settings, progress: progress)
        if let saveDir { try save(prediction, to: saveDir) }
        try output.emit(table: prediction.table(), json: prediction.json(), csv: prediction.csv())
        if prediction.verified.isEmpty { throw ExitCode(2) }
    }

    private func loadUniverses() throws -> [Model] {
        let paths = try universe.isEmpty ? [ShippedModels.path(of: "universe_bacteria.xml.gz")] : universe
        return try paths.map { path in
            try ModelIO.read(path: path).model
        }
    }

    /// The chassis' ATP maintenance reaction, or `ATPM` when a model file has one.
    private func maintenanceReaction(in chassis: Model) throws -> String? {
        if let id = model.chassis { return try PluginHost.registry.chassis(id: id).profile.maintenanceReaction }
        return chassis.index(ofReaction: "ATPM") != nil ? "ATPM" : nil
    }

    /// Writes one pathway file per pathway (`predicted_13ppd_1.yaml`, …) into `folder`, creating it.
    private func save(_ prediction: PathwayPrediction, to folder: String) throws {
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw ValidationError("--save-dir \(folder): cannot create the folder (\(error.localizedDescription))")
        }
        for pathway in prediction.pathways {
            let path = (folder as NSString).appendingPathComponent(prediction.fileStem(for: pathway) + ".yaml")
            try FileBytes.writeAtomically(Array(prediction.pathwayFile(for: pathway).utf8), to: path)
        }
    }
}
