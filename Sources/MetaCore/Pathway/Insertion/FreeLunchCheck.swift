import OrderedCollections

/// Whether an inserted pathway creates something from nothing.
///
/// The test, on the model with the pathway inserted:
/// 1. Close every uptake: each boundary reaction (exchange, sink, demand) may only release its
///    metabolite, and every bound that forces flux (ATP maintenance, a minimum growth) is
///    relaxed to 0, so the all-zero flux is feasible and nothing enters the system.
/// 2. Add one drain per test — the product (`<product>_c -->`), ATP hydrolysis
///    (`atp_c + h2o_c --> adp_c + pi_c + h_c`, what ATP maintenance does), NADH and NADPH
///    oxidation (`nadh_c --> nad_c + h_c`) — and maximise each drain's flux in turn.
/// 3. Compare with the same maximum when the pathway's reactions are closed (bounds 0). A
///    closed system obeying mass balance can only sustain a drain through an
///    energy-generating cycle or an unbalanced reaction, so the maximum is 0 in a sound
///    chassis; comparing with the chassis alone blames the pathway only for what it adds,
///    not for cycles the chassis model already had.
/// 4. For each failed test, close the pathway's reactions one at a time: those whose closing
///    removes the free lunch are named. When no single reaction does, the ones carrying flux
///    in the free-lunch solution are named.
///
/// All LPs share one warm-started GLPK problem (redone cold when GLPK's warm verdict is not
/// optimal, since zero flux is always feasible here): two per test, plus one per pathway
/// reaction for a test that fails.
public struct FreeLunchCheck: Sendable, Hashable {
    /// One drain and its outcome.
    public struct Test: Sendable, Hashable {
        /// What is drained (`product 14bdo_c`, `ATP`, `NADH`, `NADPH`).
        public var name: String
        /// The largest drain flux with the pathway's reactions closed.
        public var chassisMaximum: Double
        /// The largest drain flux with the pathway.
        public var maximum: Double
        /// The pathway reactions that make the free lunch possible (empty when the test passes).
        public var responsibleReactions: [String]

        /// Whether the pathway adds no free lunch here.
        public var passed: Bool { maximum <= chassisMaximum + FreeLunchCheck.tolerance }
    }

    /// Drain fluxes up to this count as zero.
    public static let tolerance = 1e-6

    /// The tests run.
    public var tests: [Test]
    /// Tests that could not run, and why (a cofactor the model lacks).
    public var skipped: [String]

    /// Whether every test that ran passed.
    public var passed: Bool { tests.allSatisfy(\.passed) }

    /// Runs the check on `insertion`; `index` is the chassis' index (reused for finding cofactors).
    public static func run(
        _ insertion: PathwayInsertion, table: MetaboliteTable = MetaboliteTable(), index: ChassisIndex? = nil,
        settings: SolverSettings = SolverSettings()
    ) throws(SolverError) -> FreeLunchCheck {
        let model = insertion.model
        // Insertion appends, so the chassis' index still addresses the chassis metabolites.
        let resolver = MetaboliteResolver(model: model, index: index ?? ChassisIndex(model), table: table)
        var drains: [(name: String, stoichiometry: OrderedDictionary<String, Double>)] = [
            ("product \(insertion.productMetabolite)", [insertion.productMetabolite: -1]),
        ]
        var skipped: [String] = []
        for cofactor in CofactorTransformation.standard.prefix(3) {
            if let charging = cofactor.resolved(by: resolver) {
                drains.append((cofactor.name, charging.mapValues { -$0 }))
            } else {
                skipped.append("\(cofactor.name): not all of \(cofactor.stoichiometry.keys.map(\.description).joined(separator: ", ")) are in the model")
            }
        }
        let pathwayColumns = (insertion.addedReactions + insertion.exportReactions).compactMap(model.index(ofReaction:))
        let closed = Self.closedProgram(model, drains: drains.map(\.stoichiometry))
        let session = try ResilientSession(closed, settings: settings)
        var tests: [Test] = []
        for (offset, drain) in drains.enumerated() {
            let column = model.reactions.count + offset
            let objective = (0..<closed.columns.count).map { $0 == column ? 1.0 : 0 }
            try session.setObjective(objective, sense: .maximize)
            for other in model.reactions.count..<closed.columns.count {
                try session.setColumnBounds(other, lower: 0, upper: other == column ? ReactionEquation.defaultBound : 0)
            }
            let with = try session.solve().requireOptimal()
            try setBounds(session, closed, pathwayColumns, open: false)
            let without = try session.solve().requireOptimal().objectiveValue ?? 0
            try setBounds(session, closed, pathwayColumns, open: true)
            var test = Test(name: drain.name, chassisMaximum: Self.clean(without), maximum: Self.clean(with.objectiveValue ?? 0),
                            responsibleReactions: [])
            if !test.passed {
                test.responsibleReactions = try responsible(session, closed, pathwayColumns, limit: without, fluxes: with.primal, model: model)
            }
            tests.append(test)
        }
        return FreeLunchCheck(tests: tests, skipped: skipped)
    }

    /// `value`, with solver noise below 1e-9 shown as 0.
    private static func clean(_ value: Double) -> Double { abs(value) < 1e-9 ? 0 : value }

    /// The model's LP with every uptake closed, forced fluxes relaxed, and one drain column per entry.
    static func closedProgram(_ model: Model, drains: [OrderedDictionary<String, Double>]) -> LinearProgram {
        var program = model.linearProgram(objective: Objective())
        for (position, reaction) in model.reactions.enumerated() {
            var lower = min(reaction.lowerBound, 0)
            var upper = max(reaction.upperBound, 0)
            if reaction.isBoundary, let coefficient = reaction.stoichiometry.values.first {
                // Supply is a negative flux through `A -->`-style (−1) and a positive one through `--> A` (+1).
                if coefficient < 0 { lower = 0 } else if coefficient > 0 { upper = 0 }
            }
            program.columns[position].lower = lower
            program.columns[position].upper = upper
        }
        for (offset, drain) in drains.enumerated() {
            let column = program.columns.count
            program.columns.append(LinearProgram.Column(name: "free_lunch_\(offset)", lower: 0, upper: 0))
            for (metabolite, coefficient) in drain {
                guard let row = model.index(ofMetabolite: metabolite) else { continue }
                program.entries.append(LinearProgram.Entry(row: row, column: column, value: coefficient))
            }
        }
        return program
    }

    private static func setBounds(_ session: ResilientSession, _ program: LinearProgram, _ columns: [Int], open: Bool) throws(SolverError) {
        for column in columns {
            try session.setColumnBounds(column, lower: open ? program.columns[column].lower : 0,
                                        upper: open ? program.columns[column].upper : 0)
        }
    }

    private static func responsible(
        _ session: ResilientSession, _ program: LinearProgram, _ columns: [Int], limit: Double, fluxes: [Double], model: Model
    ) throws(SolverError) -> [String] {
        var names: [String] = []
        for column in columns {
            try setBounds(session, program, [column], open: false)
            let maximum = try session.solve().requireOptimal().objectiveValue ?? 0
            try setBounds(session, program, [column], open: true)
            if maximum <= limit + tolerance { names.append(model.reactions[column].id) }
        }
        if !names.isEmpty { return names }
        return columns.filter { fluxes.indices.contains($0) && abs(fluxes[$0]) > tolerance }.map { model.reactions[$0].id }
    }
}
