/// Whether a pathway is fit to use in a chassis: every metabolite resolves, every added
/// reaction balances (or is knowingly waived), and nothing comes from nothing.
///
/// ```swift
/// let validation = PathwayValidation.run(pathway, in: iML1515, table: table)
/// if !validation.isValid { print(validation.problems.joined(separator: "\n")) }
/// ```
public struct PathwayValidation: Sendable {
    /// The pathway checked.
    public var pathway: Pathway
    /// The chassis (or model) it was checked in.
    public var chassis: String
    /// Balance of every added reaction (exchanges excepted).
    public var balances: [ReactionBalance]
    /// Pathway reactions the chassis already has.
    public var nativeReactions: [PathwayInsertion.NativeReaction]
    /// How each metabolite was found or created.
    public var resolutions: [MetaboliteResolution]
    /// The free-lunch check; `nil` when the pathway could not be inserted or the check failed to run.
    public var freeLunch: FreeLunchCheck?
    /// Metabolites the chassis lacks (and the file does not declare new): the chassis does not
    /// hold the route's precursors.
    public var unresolved: [UnresolvedMetabolite] = []
    /// Why insertion (or the free-lunch LPs) failed, if it did.
    public var error: String?

    /// Whether the pathway passes: inserted, balanced or waived, and no free lunch.
    public var isValid: Bool {
        error == nil && balances.allSatisfy(\.isAcceptable) && (freeLunch?.passed ?? false)
    }

    /// One line per problem, each naming the reaction (or metabolite) concerned.
    public var problems: [String] {
        var lines: [String] = error.map { [$0] } ?? []
        for balance in balances where !balance.isAcceptable {
            lines.append("reaction '\(balance.reaction)' is unbalanced: \(balance.summary)")
        }
        for test in freeLunch?.tests ?? [] where !test.passed {
            let culprits = test.responsibleReactions.isEmpty ? "" : " through reaction(s) \(test.responsibleReactions.map { "'\($0)'" }.joined(separator: ", "))"
            lines.append("free lunch: with every uptake closed the model makes \(test.name) (\(formatFlux(test.maximum)) mmol/gDW/h; chassis alone \(formatFlux(test.chassisMaximum)))\(culprits)")
        }
        return lines
    }

    /// Remarks that do not fail validation: waivers, unverifiable balances, native reactions, skipped tests.
    public var remarks: [String] {
        var lines: [String] = []
        for balance in balances {
            if let waiver = balance.waiver, !balance.isBalanced { lines.append("reaction '\(balance.reaction)': imbalance \(balance.summary) waived: \(waiver)") }
            if !balance.metabolitesWithoutFormula.isEmpty {
                lines.append("reaction '\(balance.reaction)': elements unverifiable, no formula for \(balance.metabolitesWithoutFormula.joined(separator: ", "))")
            } else if !balance.metabolitesWithoutCharge.isEmpty {
                lines.append("reaction '\(balance.reaction)': charge unverifiable, no charge for \(balance.metabolitesWithoutCharge.joined(separator: ", "))")
            }
        }
        for native in nativeReactions {
            lines.append("reaction '\(native.pathwayReaction)' is native (\(native.chassisReaction), \(native.match.rawValue))" + (native.note.map { ": \($0)" } ?? ""))
        }
        lines += (freeLunch?.skipped ?? []).map { "free-lunch test skipped: \($0)" }
        return lines
    }

    /// Inserts `pathway` into `model` (balance not enforced, so every imbalance is reported)
    /// and runs the ``FreeLunchCheck``.
    public static func run(
        _ pathway: Pathway, in model: Model, chassis: String? = nil, table: MetaboliteTable = MetaboliteTable(),
        index: ChassisIndex? = nil, settings: SolverSettings = SolverSettings()
    ) -> PathwayValidation {
        var validation = PathwayValidation(pathway: pathway, chassis: chassis ?? model.id, balances: [], nativeReactions: [],
                                           resolutions: [], freeLunch: nil, error: nil)
        let index = index ?? ChassisIndex(model)
        do {
            let insertion = try model.inserting(pathway, table: table, index: index, requireBalance: false)
            validation.balances = insertion.balances
            validation.nativeReactions = insertion.nativeReactions
            validation.resolutions = insertion.resolutions
            do {
                validation.freeLunch = try FreeLunchCheck.run(insertion, table: table, index: index, settings: settings)
            } catch {
                validation.error = "free-lunch check failed: \(error)"
            }
        } catch {
            if case .unresolvedMetabolites(_, let missing) = error { validation.unresolved = missing }
            validation.error = error.description
        }
        return validation
    }
}
