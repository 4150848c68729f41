/// A production envelope (phenotypic phase plane): at evenly spaced values of one
/// reaction's flux (the x axis, usually growth), the least and the most flux a product's
/// reaction can carry, with the carbon and mass yields of each extreme.
///
/// The semantics follow COBRApy's `production_envelope(model, [x], objective=product)`:
/// the x range runs from the least to the most flux x can carry while the product flux is
/// at least 0; at each point x is fixed and the product is minimised, then maximised.
/// Yields divide by the carbon sources' uptake **in the same solution**, as COBRApy does;
/// where the uptake at an extreme is not unique, so is that yield.
///
/// ```swift
/// let envelope = try ProductionEnvelope.compute(model, product: "EX_succ_e")
/// for point in envelope.points {
///     print(point.x, point.minimum.flux ?? .nan, point.maximum.flux ?? .nan)
/// }
/// ```
public struct ProductionEnvelope: Sendable {
    /// The product extreme at one point.
    public struct Extreme: Hashable, Sendable {
        /// How the solve ended; the values below are `nil` unless optimal.
        public var status: SolverStatus
        /// The product flux (values below 1e-7 in magnitude reported as 0, as COBRApy does).
        public var flux: Double?
        /// C-mol product per C-mol carbon source taken up; `nil` when nothing is taken up.
        public var carbonYield: Double?
        /// Gram product per gram carbon source; `nil` when a molar mass is unknown.
        public var massYield: Double?
    }

    /// One column of the envelope.
    public struct Point: Hashable, Sendable {
        /// The fixed flux of the x reaction.
        public var x: Double
        /// The least product flux at `x`.
        public var minimum: Extreme
        /// The most product flux at `x`.
        public var maximum: Extreme
    }

    /// The product's reaction (the y axis).
    public var product: String
    /// The x-axis reaction.
    public var xReaction: String
    /// The reactions whose uptake the yields divide by.
    public var carbonSources: [String]
    /// How finding the x range ended: anything but `.optimal` leaves `points` empty.
    public var status: SolverStatus
    /// The envelope, in increasing x.
    public var points: [Point]
}

extension ProductionEnvelope {
    /// Fluxes smaller than this in magnitude are reported as 0 (COBRApy's `model.tolerance`).
    public static let zeroCutoff = 1e-7

    /// Computes the envelope of `product` against `x` (default: the model's single
    /// objective reaction) over `points` evenly spaced values.
    ///
    /// `carbonSources` defaults to the medium's exchanges that take up carbon in an FBA
    /// optimum of the model's objective (empty when that FBA is not optimal, so yields are
    /// `nil`). All solves share one warm-started GLPK problem.
    ///
    /// - Throws: `EnvelopeError` for unknown reactions, a bad point count, or a solver failure.
    ///   An infeasible or unbounded model is reported through `status`, not thrown.
    /// - Complexity: 2 + 2 × `points` LPs (plus one FBA for the default carbon sources).
    public static func compute(
        _ model: Model, product: String, x: String? = nil, carbonSources: [String]? = nil,
        points: Int = 20, settings: SolverSettings = SolverSettings()
    ) throws(EnvelopeError) -> ProductionEnvelope {
        let request = try Request(model: model, product: product, x: x, carbonSources: carbonSources, points: points)
        do {
            return try request.run(on: GLPKSession(model.linearProgram(), settings: settings))
        } catch {
            throw .solver(error)
        }
    }

    /// The envelope computed on `session`, a warm GLPK problem whose first columns are
    /// `model`'s reactions with their bounds (further columns must be fixed at 0): the
    /// pathway evaluation's problem, so the envelope starts from its last optimum instead of
    /// a fresh problem. Leaves the objective changed and the basis where the sweep ended.
    static func compute(
        _ model: Model, on session: GLPKSession, product: String, x: String, carbonSources: [String], points: Int,
        startingBases: StartingBases = StartingBases(), columns: [Int?]? = nil
    ) throws(EnvelopeError) -> ProductionEnvelope {
        var request = try Request(model: model, product: product, x: x, carbonSources: carbonSources, points: points)
        if let columns {
            // A compressed LP: the product, x and carbon sources are columns of their own there.
            guard let product = columns[request.productColumn], let x = columns[request.xColumn] else {
                throw .unknownReaction(request.product, role: "product")
            }
            request.place(product: product, x: x, columns: columns)
        }
        do {
            return try request.run(on: session, startingBases: startingBases)
        } catch {
            throw .solver(error)
        }
    }
}

extension ProductionEnvelope {
    /// Optimal bases of the session's problem that an envelope on a warm problem can start
    /// its solves from, instead of wherever the previous solve left the basis.
    ///
    /// Each is only a starting point: the simplex runs from it to the same optimum, so the
    /// envelope's values do not depend on them, only the number of pivots does. A pathway
    /// evaluation already has both, and starting from them turns the envelope's three longest
    /// solves (~140 pivots each on iML1515) into a handful of pivots.
    struct StartingBases {
        /// A basis optimal for the greatest x (the growth optimum, when x is growth): the
        /// start of x's maximum.
        var xMaximum: GLPKBasis?
        /// A basis optimal for the most product with x free (the theoretical optimum, where x
        /// usually sits at its least): the start of x's minimum and of the maxima sweep.
        var productMaximum: GLPKBasis?
        /// A basis optimal for the most product with x at least a floor (the achievable
        /// optimum above the growth floor): the start of the maxima sweep's first point at or
        /// above that floor, which the previous point's basis (x at its least) is far from.
        var productMaximumAbove: (x: Double, basis: GLPKBasis)?
    }
}

/// A validated envelope question, and the sweep that answers it.
private struct Request {
    let model: Model
    let product: String
    /// The product's column of the LP (its model position unless ``place(product:x:columns:)`` moved it).
    private(set) var productColumn: Int
    /// The product's model position.
    let productReaction: Int
    let x: String
    private(set) var xColumn: Int
    /// Per model reaction, its LP column, when the LP is not the model's own.
    private(set) var columns: [Int?]?
    let carbonSources: [String]?
    let points: Int

    init(model: Model, product: String, x: String?, carbonSources: [String]?, points: Int) throws(EnvelopeError) {
        guard let productColumn = model.index(ofReaction: product) else { throw .unknownReaction(product, role: "product") }
        guard let x = x ?? model.objective.singleReaction else {
            throw .noSingleObjectiveReaction(model.objective.summary)
        }
        guard let xColumn = model.index(ofReaction: x) else { throw .unknownReaction(x, role: "x axis") }
        guard x != product else { throw .productIsXAxis(x) }
        for source in carbonSources ?? [] where model.index(ofReaction: source) == nil {
            throw .unknownReaction(source, role: "carbon source")
        }
        guard (1...10_000).contains(points) else { throw .invalidPointCount(points) }
        self.model = model
        self.product = product
        self.productColumn = productColumn
        productReaction = productColumn
        self.x = x
        self.xColumn = xColumn
        self.carbonSources = carbonSources
        self.points = points
    }

    /// Moves the product and x to columns `product` and `x` of an LP whose columns are not the
    /// model's reactions (a compressed one); `columns` maps every reaction.
    mutating func place(product: Int, x: Int, columns: [Int?]) {
        productColumn = product
        xColumn = x
        self.columns = columns
    }

    func run(on session: GLPKSession, startingBases: ProductionEnvelope.StartingBases = .init()) throws(SolverError) -> ProductionEnvelope {
        let sources: [String]
        if let carbonSources { sources = carbonSources } else { sources = try defaultCarbonSources(session) }
        var envelope = ProductionEnvelope(product: product, xReaction: x, carbonSources: sources, status: .optimal, points: [])
        let range = try xRange(session, startingBases: startingBases)
        guard let (low, high) = range.ends else {
            envelope.status = range.status
            return envelope
        }
        let values = linearSpace(low, high, count: points)
        let accounting = YieldAccounting(model: model, inputs: sources, output: product, columns: columns)
        // The range's last solve left x at its maximum: the minima sweep down from there and the
        // maxima back up, so each objective change meets a basis whose x already sits at the
        // point (primal simplex, warm), and each step between points is a bound change (dual).
        var minima = [ProductionEnvelope.Extreme?](repeating: nil, count: values.count)
        var maxima = minima
        try session.setObjective(unit(productColumn, of: session), sense: .minimize)
        for (step, index) in values.indices.reversed().enumerated() {
            minima[index] = try extreme(session, at: values[index], method: step == 0 ? .primal : .dual, accounting: accounting)
        }
        try session.setObjective(unit(productColumn, of: session), sense: .maximize)
        if let start = startingBases.productMaximum {
            // The minima ended at x's least with the least product; the most product there is
            // usually the product's own optimum, a few pivots from its basis.
            try session.setColumnBounds(xColumn, lower: values[0], upper: values[0])
            try session.restoreBasis(start)
        }
        var floorStart = startingBases.productMaximumAbove
        for (step, index) in values.indices.enumerated() {
            if let start = floorStart, step > 0, values[index] >= start.x {
                try session.restoreBasis(start.basis)
                floorStart = nil
            }
            maxima[index] = try extreme(session, at: values[index], method: step == 0 ? .primal : .dual, accounting: accounting)
        }
        envelope.points = values.indices.compactMap { index in
            guard let minimum = minima[index], let maximum = maxima[index] else { return nil }
            return ProductionEnvelope.Point(x: values[index], minimum: minimum, maximum: maximum)
        }
        return envelope
    }

    private func unit(_ column: Int, of session: GLPKSession) -> [Double] {
        var coefficients = [Double](repeating: 0, count: session.columnCount)
        coefficients[column] = 1
        return coefficients
    }

    /// COBRApy: carbon-taking medium exchanges of an FBA optimum; none when there is no optimum.
    private func defaultCarbonSources(_ session: GLPKSession) throws(SolverError) -> [String] {
        var coefficients = model.reactions.map { model.objective.coefficients[$0.id] ?? 0 }
        coefficients += Array(repeating: 0, count: max(0, session.columnCount - coefficients.count))
        try session.setObjective(coefficients, sense: model.objective.sense)
        let solution = try session.solveReportingStatus()
        guard solution.status == .optimal else { return [] }
        return model.carbonSources(fluxes: solution.primal)
    }

    /// The least and most flux of x while the product flux is at least 0 (COBRApy's FVA at
    /// fraction 0 of the product optimum), or the status that prevented finding them.
    private func xRange(
        _ session: GLPKSession, startingBases: ProductionEnvelope.StartingBases
    ) throws(SolverError) -> (ends: (Double, Double)?, status: SolverStatus) {
        let reaction = model.reactions[productReaction]
        let restricted = reaction.upperBound >= 0 && reaction.lowerBound < 0
        if restricted { try session.setColumnBounds(productColumn, lower: 0, upper: reaction.upperBound) }
        var ends: [Double] = []
        for sense in [OptimizationSense.minimize, .maximize] {
            if let start = sense == .minimize ? startingBases.productMaximum : startingBases.xMaximum {
                try session.restoreBasis(start)
            }
            try session.setObjective(unit(xColumn, of: session), sense: sense)
            let solution = try session.solveReportingStatus()
            guard solution.status == .optimal, let value = solution.objectiveValue else { return (nil, solution.status) }
            ends.append(abs(value) < ProductionEnvelope.zeroCutoff ? 0 : value)
        }
        if restricted { try session.setColumnBounds(productColumn, lower: reaction.lowerBound, upper: reaction.upperBound) }
        return ((ends[0], ends[1]), .optimal)
    }

    private func extreme(
        _ session: GLPKSession, at value: Double, method: SolverSettings.Method, accounting: YieldAccounting
    ) throws(SolverError) -> ProductionEnvelope.Extreme {
        try session.setColumnBounds(xColumn, lower: value, upper: value)
        // A bound change keeps the basis dual feasible: dual simplex is the fast warm path
        // (primal after an objective change, which keeps it primal feasible).
        var solution = try session.solveReportingStatus(method: method)
        // Every x between the range's ends is feasible (the feasible set is convex), so an
        // infeasible verdict is GLPK's: try the other simplex method, then allow x a little
        // below the point (an end found with a looser tolerance: iJN1463's growth maximum moves
        // by 4e-7 relative between solves).
        if solution.status == .infeasible {
            solution = try session.solveReportingStatus(method: method == .dual ? .primal : .dual)
        }
        for relaxation in [1e-9, 1e-7, 1e-6] where solution.status == .infeasible {
            try session.setColumnBounds(xColumn, lower: value - relaxation * max(1, abs(value)), upper: value)
            solution = try session.solveReportingStatus(method: .dual)
        }
        guard solution.status == .optimal, let flux = solution.objectiveValue else {
            return .init(status: solution.status, flux: nil, carbonYield: nil, massYield: nil)
        }
        return .init(
            status: .optimal, flux: abs(flux) < ProductionEnvelope.zeroCutoff ? 0 : flux,
            carbonYield: accounting.carbonYield(fluxes: solution.primal, productFlux: flux),
            massYield: accounting.massYield(fluxes: solution.primal, productFlux: flux))
    }
}

/// `count` evenly spaced values from `low` to `high` inclusive, as NumPy's `linspace`.
func linearSpace(_ low: Double, _ high: Double, count: Int) -> [Double] {
    guard count > 1 else { return count == 1 ? [low] : [] }
    let step = (high - low) / Double(count - 1)
    return (0..<count).map { $0 == count - 1 ? high : low + Double($0) * step }
}
