import MetaPlugin

/// The `pathway` evaluation (the default): inserts a heterologous route into the chassis and
/// runs the same evaluation as `metadesign pathway evaluate` — yields, growth coupling,
/// production envelope, heterologous steps and limiting cofactors.
///
/// Each combination calls ``PathwayEvaluation/evaluate(_:in:substrate:labels:options:table:index:)``
/// on the engine's model for the task's feed and aeration, with the chassis' index from one
/// ``PathwayEvaluator`` per chassis (built once, shared read-only by every worker thread) and the
/// options `pathway evaluate --chassis` uses (biomass reaction, substrate formula). A record
/// carries the keys of `pathway evaluate --format json`; the envelope is stored in the batch's
/// record form. Pathways that cannot be inserted or evaluated become records with that
/// command's status (`unresolved_metabolites`, `invalid`, `infeasible`, …), never plan errors.
///
/// Pathway entries: a built-in route id (`metadesign pathway list`), a pathway file, or a folder
/// of pathway files.
struct PathwayBatchEvaluation: BatchEvaluation {
    /// The route.
    typealias Target = Pathway
    /// No per-thread state: the warm starts are shared (``compressions``).
    typealias Worker = PathwayBatchWorker

    /// `pathway`.
    static let id = "pathway"
    /// What it computes.
    static let summary = "inserts each route and computes yields, growth coupling, envelope and cofactors (as `pathway evaluate`)"

    /// The built-in routes, by id (the first provider wins, as `pathway evaluate --pathway`).
    let builtin: [String: Pathway]
    /// The ids of the built-in routes in registry order, for messages.
    let builtinIDs: [String]
    /// The shared metabolite table of the providers.
    let table: MetaboliteTable
    /// One evaluator per chassis id, set by ``prepared(for:)``.
    let evaluators: [String: PathwayEvaluator]
    /// Why the providers could not be read, reported for every id entry.
    let providerProblem: String?
    /// The compressed set-ups, shared by the workers.
    let compressions = SetUpCompressions()

    /// An evaluation reading routes and table from `registry`'s pathway providers.
    init(registry: PluginRegistry) {
        var builtin: [String: Pathway] = [:]
        var ids: [String] = []
        var table = MetaboliteTable()
        var problem: String?
        do {
            for provided in try registry.allPathways() where builtin[provided.pathway.id] == nil {
                builtin[provided.pathway.id] = provided.pathway
                ids.append(provided.pathway.id)
            }
            table = try registry.metaboliteTable()
        } catch {
            problem = "the pathway providers could not be read: \(error)"
        }
        self.init(builtin: builtin, builtinIDs: ids, table: table, evaluators: [:], providerProblem: problem)
    }

    private init(builtin: [String: Pathway], builtinIDs: [String], table: MetaboliteTable,
                 evaluators: [String: PathwayEvaluator], providerProblem: String?) {
        self.builtin = builtin
        self.builtinIDs = builtinIDs
        self.table = table
        self.evaluators = evaluators
        self.providerProblem = providerProblem
    }

    /// A built-in id, or the routes of a pathway file or folder.
    func targets(for entry: PathwayEntry) throws(EvaluationFailure) -> [BatchTarget<Pathway>] {
        switch entry {
        case .id(let id):
            if let providerProblem { throw EvaluationFailure(providerProblem) }
            guard let pathway = builtin[id] else {
                throw EvaluationFailure("unknown pathway '\(id)'; built-in routes: " + builtinIDs.joined(separator: ", "))
            }
            return [Self.target(pathway)]
        case .file(let path):
            do {
                return try PathwayFileReader.read(path: path).pathways.map(Self.target)
            } catch {
                throw EvaluationFailure(error.description)
            }
        case .folder(let path):
            do {
                let routes = try PathwayLibrary.read(folder: path).pathways
                guard !routes.isEmpty else { throw EvaluationFailure("\(path): the folder holds no pathway files (*.yaml, *.yml)") }
                return routes.map(Self.target)
            } catch let error as PathwayFileError {
                throw EvaluationFailure(error.description)
            } catch {
                throw EvaluationFailure("\(error)")
            }
        }
    }

    /// A route as a target; its fingerprint is the sha256 of its canonical YAML, so the same
    /// route read from a provider or a file means the same thing.
    private static func target(_ pathway: Pathway) -> BatchTarget<Pathway> {
        BatchTarget(id: pathway.id, fingerprint: SHA256.hex(of: Array(PathwayFileWriter.text(pathway).utf8)), payload: pathway)
    }

    /// Always `nil`: a route a chassis cannot take becomes a record with its status
    /// (`unresolved_metabolites`, `invalid`), as `pathway evaluate` reports it.
    func problem(with target: BatchTarget<Pathway>, in chassis: ResolvedChassis) -> String? { nil }

    /// This evaluation with one ``PathwayEvaluator`` per chassis (its model indexed once, in parallel).
    func prepared(for chassis: [ResolvedChassis]) -> PathwayBatchEvaluation {
        let table = table
        let made = concurrentMap(chassis) { host in
            (host.id, try? PathwayEvaluator(chassis: host.plugin, model: host.model, table: table))
        }
        var evaluators: [String: PathwayEvaluator] = [:]
        for case let (id, evaluator?) in made { evaluators[id] = evaluator }
        return PathwayBatchEvaluation(builtin: builtin, builtinIDs: builtinIDs, table: table, evaluators: evaluators,
                                      providerProblem: providerProblem)
    }

    /// A worker with no warm starts yet.
    func makeWorker() -> PathwayBatchWorker { PathwayBatchWorker() }

    /// Runs `pathway evaluate` on the task's set-up model, its first solve warm from the
    /// set-up's growth optimum (the same optima, found faster).
    func evaluate(_ task: BatchTask<Pathway>, model: Model, worker: inout PathwayBatchWorker) throws(EvaluationFailure) -> EvaluationOutcome {
        guard let evaluator = evaluators[task.chassis.id] else {
            throw EvaluationFailure("no evaluator was prepared for chassis '\(task.chassis.id)'")
        }
        let compression = compressions.compression(for: task.setUp, model: model, evaluator: evaluator,
                                                   settings: task.settings.solverSettings)
        let (result, insertion) = PathwayBatchRun(task: task, evaluator: evaluator).evaluate(on: model, compression: compression)
        let known = result.insertedGrowthBasis
        return PathwayBatchRun.outcome(result, insertion: insertion, pathway: task.target.payload,
                                       startingBasis: { known ?? compression.growthBasis() })
    }
}
