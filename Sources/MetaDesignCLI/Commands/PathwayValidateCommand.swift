import ArgumentParser
import MetaCore

/// `metadesign pathway validate`.
struct PathwayValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check pathways in a chassis: metabolites resolve, reactions balance, no free lunch.",
        discussion: """
            Every added reaction must balance elements and charge (unless it carries a
            balance_waiver), and with every uptake closed the chassis with the pathway must not make
            the product, ATP, NADH or NADPH. Problems name the reaction.
            Without --pathway or --pathway-file, every built-in pathway is checked.
            Examples:
              metadesign pathway validate --chassis ecoli
              metadesign pathway validate --chassis ecoli --pathway-file my_routes.yaml
              metadesign pathway validate models/e_coli_core.xml.gz --pathway bdo_yim2011 --format json
            Exits with status 1 when a pathway is invalid.
            """
    )

    @OptionGroup var model: ModelOptions
    @OptionGroup var pathways: PathwayOptions
    @OptionGroup var solver: SolverOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let chassis = try model.load().model
        let selection = try pathways.selected()
        let table = try pathways.table()
        let index = ChassisIndex(chassis)
        let label = model.chassis ?? chassis.id
        let results = selection.map {
            PathwayValidation.run($0.pathway, in: chassis, chassis: label, table: table, index: index, settings: solver.settings)
        }
        let invalid = results.filter { !$0.isValid }.count
        let summary = "\(results.count - invalid) valid, \(invalid) invalid\n"
        try output.emit(
            table: results.map { $0.text() }.joined() + summary, json: .array(results.map { $0.json() }),
            csv: ([PathwayValidation.csvHeader] + results.map { $0.csvRow() }).joined(separator: "\n") + "\n")
        if invalid > 0 { throw ExitCode(1) }
    }
}
