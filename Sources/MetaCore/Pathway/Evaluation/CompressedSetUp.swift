import Foundation

/// The chassis metabolites and reactions a pathway evaluation may touch, which a compressed
/// set-up must keep as rows and as columns of their own.
///
/// Routes are inserted through the shared ``MetaboliteTable``, so the table's cytosolic and
/// extracellular metabolites (and the standard cofactors) cover nearly every route; a route
/// that touches something else adds it (``adding(_:)``) and gets its own compression.
public struct EvaluationFootprint: Sendable, Hashable {
    /// Model positions of the metabolites whose rows stay.
    public var metabolites: Set<Int>
    /// Model positions of the reactions that stay columns of their own (factor 1).
    public var reactions: Set<Int>

    /// A footprint of these positions.
    public init(metabolites: Set<Int> = [], reactions: Set<Int> = []) {
        self.metabolites = metabolites
        self.reactions = reactions
    }

    /// What routes resolved through `table` may touch in `model`: every table entry's
    /// cytosolic and extracellular metabolite, the standard cofactors' metabolites, the
    /// exchanges of all these, and the objective's reactions.
    ///
    /// - Complexity: one resolution per table entry and compartment; done once per chassis.
    public init(table: MetaboliteTable, model: Model, index: ChassisIndex) {
        let resolver = MetaboliteResolver(model: model, index: index, table: table)
        var metabolites = Set<Int>()
        for id in table.entries.keys {
            for compartment in ["c", "e"] {
                guard case .found(let resolution) = resolver.resolve(MetaboliteReference(id: id, compartment: compartment)),
                      let position = model.index(ofMetabolite: resolution.metabolite) else { continue }
                metabolites.insert(position)
            }
        }
        for cofactor in CofactorTransformation.standard {
            for metabolite in cofactor.resolved(by: resolver)?.keys ?? [] {
                if let position = model.index(ofMetabolite: metabolite) { metabolites.insert(position) }
            }
        }
        var reactions = Set(model.objective.coefficients.keys.compactMap(model.index(ofReaction:)))
        for position in model.reactions.indices where model.reactions[position].isBoundary {
            guard let metabolite = model.reactions[position].stoichiometry.keys.first,
                  let row = model.index(ofMetabolite: metabolite), metabolites.contains(row) else { continue }
            reactions.insert(position)
        }
        self.init(metabolites: metabolites, reactions: reactions)
    }

    /// Both footprints together.
    public func adding(_ other: EvaluationFootprint) -> EvaluationFootprint {
        EvaluationFootprint(metabolites: metabolites.union(other.metabolites), reactions: reactions.union(other.reactions))
    }

    /// What an evaluation of `insertion` (a pathway in `chassis`) touches in the chassis: the
    /// chassis metabolites of the added reactions, and the substrate, growth and product
    /// drain reactions when they are the chassis' own.
    static func touched(by insertion: PathwayInsertion, chassis: Model, reactions: [Int?]) -> EvaluationFootprint {
        let model = insertion.model
        var metabolites = Set<Int>()
        for position in chassis.reactions.count..<model.reactions.count {
            for metabolite in model.reactions[position].stoichiometry.keys {
                if let row = chassis.index(ofMetabolite: metabolite) { metabolites.insert(row) }
            }
        }
        return EvaluationFootprint(
            metabolites: metabolites, reactions: Set(reactions.compactMap { $0 }.filter { $0 < chassis.reactions.count }))
    }
}

/// A chassis set-up model (condition applied) compressed for pathway evaluations: the
/// exact reduction of issue #3's ``CompressedNetwork`` with a footprint kept intact, and the
/// basis of its growth optimum, which every evaluation on it starts from.
///
/// On iML1515 the LP shrinks from 1,877 × 2,712 to about 700 × 1,400, and a cold growth
/// optimum takes a fifth of the time; each evaluation appends its route's reactions and
/// solves on the smaller LP, with the same optima.
public struct CompressedSetUp: Sendable {
    /// The compressed network of the set-up model.
    let network: CompressedNetwork
    /// What it keeps.
    public let footprint: EvaluationFootprint
    /// The basis of the growth optimum of the compressed LP (the model's objective); `nil`
    /// when that FBA does not end optimal.
    public let growthBasis: GLPKBasis?
    /// The solver settings for LPs on it (unscaled; see ``CompressedNetwork/settings(_:)``).
    public let settings: SolverSettings
    /// The number of reactions and metabolites of the set-up model, to check the model an
    /// evaluation inserts into.
    let shape: (reactions: Int, metabolites: Int)

    /// Compresses `model` keeping `footprint`, and solves its growth optimum.
    public init(model: Model, footprint: EvaluationFootprint, settings: SolverSettings = SolverSettings()) {
        network = CompressedNetwork(model: model, protectedMetabolites: footprint.metabolites, protectedReactions: footprint.reactions)
        self.footprint = footprint
        self.settings = CompressedNetwork.settings(settings)
        shape = (model.reactions.count, model.metabolites.count)
        do {
            let session = try GLPKSession(network.linearProgram(objective: model.objective, model: model), settings: self.settings)
            growthBasis = try session.solveReportingStatus().status == .optimal ? session.saveBasis() : nil
        } catch {
            growthBasis = nil
        }
    }

    /// The LP's size (rows × columns), for reports.
    public var size: (rows: Int, columns: Int) { (network.matrix.rowCount, network.lumps.count) }
}

/// The compressed set-ups of one set-up model, made on first use and shared between threads:
/// one for the base footprint, one more per distinct footprint a route adds to it.
///
/// Each is a function of the set-up model and its footprint alone, so evaluations get the
/// same answers whichever thread or run made it (what batch resumes and shards rely on).
public final class SetUpCompression: @unchecked Sendable {
    /// The set-up model.
    public let model: Model
    /// The footprint every compression keeps (``EvaluationFootprint/init(table:model:index:)``).
    public let base: EvaluationFootprint
    private let settings: SolverSettings
    private let lock = NSCondition()
    private var made: [EvaluationFootprint: CompressedSetUp] = [:]
    private var making: Set<EvaluationFootprint> = []
    private var uncompressedBasis: GLPKBasis??
    private var solvingUncompressed = false

    private let uncompressedStart: @Sendable () -> GLPKBasis?

    /// Compressions of `model` keeping at least `base`, solved with `settings` (unscaled);
    /// `uncompressedStart` gives, when asked, a basis of `model`'s own LP (the chassis'
    /// growth optimum before its set-up) for ``growthBasis()`` to start from.
    public init(setUp model: Model, base: EvaluationFootprint, settings: SolverSettings = SolverSettings(),
                uncompressedStart: @escaping @Sendable () -> GLPKBasis? = { nil }) {
        self.model = model
        self.base = base
        self.settings = settings
        self.uncompressedStart = uncompressedStart
    }

    /// The basis of the set-up model's own (uncompressed) growth optimum
    /// (``PathwayEvaluation/growthBasis(of:settings:)``), solved on first use: for LPs on the
    /// inserted model that are not compressed (the scorers' budget LPs, a route the
    /// compression cannot take).
    public func growthBasis() -> GLPKBasis? {
        lock.lock()
        while solvingUncompressed { lock.wait() }
        if let known = uncompressedBasis {
            lock.unlock()
            return known
        }
        solvingUncompressed = true
        lock.unlock()
        let basis = PathwayEvaluation.growthBasis(of: model, settings: settings, from: uncompressedStart())
        lock.lock()
        uncompressedBasis = .some(basis)
        solvingUncompressed = false
        lock.broadcast()
        lock.unlock()
        return basis
    }

    /// The compression keeping `base` and `extra`; made now if no thread has made it yet
    /// (another thread making it is waited for).
    public func compressed(keeping extra: EvaluationFootprint) -> CompressedSetUp {
        let footprint = extra.metabolites.isSubset(of: base.metabolites) && extra.reactions.isSubset(of: base.reactions)
            ? base : base.adding(extra)
        lock.lock()
        while making.contains(footprint) { lock.wait() }
        if let found = made[footprint] {
            lock.unlock()
            return found
        }
        making.insert(footprint)
        lock.unlock()
        let compressed = CompressedSetUp(model: model, footprint: footprint, settings: settings)
        lock.lock()
        made[footprint] = compressed
        making.remove(footprint)
        lock.broadcast()
        lock.unlock()
        return compressed
    }
}
