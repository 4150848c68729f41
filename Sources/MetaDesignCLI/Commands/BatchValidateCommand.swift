import ArgumentParser

/// `metadesign batch validate PLAN`: check a plan completely before any work starts.
struct BatchValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a plan: every problem (unknown chassis, pathway, substrate, aeration or scorer, unreadable files, bad values) at once.",
        discussion: """
            Problems are printed as FILE:LINE: MESSAGE, one per line; the exit status is 1 when
            there is any. A valid plan prints what it will run: the combinations, the evaluation,
            the chassis with their models, and the plan's sha256.
            Example:
              metadesign batch validate examples/batch/core-native.yaml
            """
    )

    @OptionGroup var plan: PlanOptions

    func run() throws {
        let prepared = try plan.prepare()
        print(prepared.overview)
        print("ok: the plan is valid")
    }
}
