import ArgumentParser
import MetaCore

/// `metadesign sample`: uniform random flux distributions by OptGP or ACHR.
struct SampleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sample",
        abstract: "Draw random flux distributions uniformly from the flux space (OptGP or ACHR hit-and-run).",
        discussion: """
            Samples are reproducible: the same model, --seed, --method and --jobs give the same
            numbers (the default seed is 0). OptGP runs one chain per job; ACHR one chain.
            Constrain the space first with --bound (e.g. a minimum growth) or --medium.
            Examples:
              metadesign sample models/e_coli_core.xml.gz --samples 1000 --format csv -o samples.csv
              metadesign sample models/e_coli_core.xml.gz --samples 500 --seed 7 --method achr
              metadesign sample models/iML1515.xml.gz --samples 100 --bound BIOMASS_Ec_iML1515_core_75p37M=0.5:1000
            """
    )

    @OptionGroup var model: ModelOptions
    @OptionGroup var edits: EditOptions

    @Option(name: .long, help: "How many samples to draw.")
    var samples: Int

    @Option(name: .long, help: "Seed of the random number generator (0 … 2^64 − 1).")
    var seed: UInt64 = 0

    @Option(name: .long, help: "Steps between returned samples.")
    var thinning = 100

    @Option(name: .long, help: "Sampler: \(SamplingOptions.Method.allCases.map(\.rawValue).joined(separator: " or ")).")
    var method: SamplingOptions.Method = .optgp

    @OptionGroup var parallel: ParallelOptions
    @OptionGroup var solver: SolverOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var timing: TimingOptions

    func validate() throws {
        guard samples >= 1 else { throw ValidationError("--samples must be at least 1") }
        guard thinning >= 1 else { throw ValidationError("--thinning must be at least 1") }
    }

    func run() throws {
        let result = try timing.measure(load: { try edits.apply(to: model.load().model) }) { (edited: Model) throws -> FluxSamples in
            let options = SamplingOptions(samples: samples, thinning: thinning, seed: seed, method: method, jobs: parallel.jobs)
            let progress = ProgressReporter(total: edited.reactions.count + samples, label: "sampling")
            defer { progress.finish() }
            return try FluxSampling.sample(edited, options: options, settings: solver.settings,
                                           progress: { progress.advance(by: $0) })
        }
        try output.emit(table: result.table(), json: result.json(), csv: result.csv())
    }
}

extension SamplingOptions.Method: ExpressibleByArgument {}
