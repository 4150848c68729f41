/// An exact, smaller form of a model's flux space, for analyses that ask only about fluxes
/// (FVA, deletions, sampling).
///
/// Two rules are applied until nothing changes:
/// - **dead ends**: a metabolite that one reaction alone touches, or that its reactions can
///   only produce (or only consume) within their bounds, pins all of them at zero flux;
/// - **couplings**: a metabolite touched by exactly two reactions forces
///   c_a·v_a + c_b·v_b = 0, so v_b = k·v_a: the two become one column (a *lump*) with the
///   stoichiometry of both, the metabolite's row dropped and the bounds intersected.
///
/// Every reaction is then either blocked (flux exactly 0) or `factor` × its lump's flux,
/// and any linear question about fluxes (an optimum, a flux range, a knockout) has the
/// same answer in both forms. On iML1515 the LP shrinks from 1,877 × 2,712 to about
/// 600 × 1,240, and genes on one linear pathway close the same lump, so a deletion study
/// solves each pathway once.
///
/// The surviving column of a merge is the reaction with the larger flux, so every factor
/// has magnitude at most 1 and a lump's flux is its largest member's: GLPK's absolute
/// tolerances keep about the meaning they have on the original model. When the rules
/// prove the model infeasible (a blocked reaction whose bounds exclude zero, bounds that
/// no longer intersect) the network stays uncompressed, so the solver reports it as usual.
struct CompressedNetwork: Sendable {
    /// Where a reaction's flux comes from.
    struct Placement: Sendable, Hashable {
        /// The lump (column of the compressed LP).
        let lump: Int
        /// The reaction's flux is `factor` × the lump's flux.
        let factor: Double
    }

    /// One column of the compressed LP.
    struct Lump: Sendable {
        /// The reactions it stands for, with their factors; the first is the survivor (factor 1).
        let members: [(reaction: Int, factor: Double)]
        let lower: Double
        let upper: Double
    }

    /// Per reaction of the model: its lump and factor, or `nil` when blocked (always 0).
    let placements: [Placement?]
    /// Per metabolite of the model: its row of ``matrix``, or `nil` when its row was dropped.
    let rows: [Int?]
    /// The columns.
    let lumps: [Lump]
    /// The compressed stoichiometric matrix: kept metabolites × lumps.
    let matrix: StoichiometricMatrix

    /// The number of reactions of the model.
    var reactionCount: Int { placements.count }

    /// `settings` for LPs on the compressed network: unscaled, as COBRApy's (optlang does
    /// not scale). Merging puts reactions of very different magnitudes into one column
    /// (biomass with its cofactor supply at 2e-6), and GLPK's automatic scaling then turns
    /// its 1e-7 tolerance into flux errors of ~1e-6 (iML1515, FVA at 0.9) or a false
    /// "infeasible" at exactly the optimum.
    static func settings(_ settings: SolverSettings) -> SolverSettings {
        var unscaled = settings
        unscaled.scaling = .none
        return unscaled
    }

    /// Compresses `model`'s flux space (its current bounds).
    ///
    /// `protectedMetabolites` (model positions) keep their rows and never block or merge
    /// anything, as if they were open to the outside: reactions appended later may touch
    /// them, and the compressed LP with those columns appended is then exactly the LP of the
    /// model with those reactions. `protectedReactions` are never merged, so each stays its
    /// own column with factor 1 (unless blocked), ready for bounds and objectives.
    ///
    /// - Complexity: about O(nonzeros × average metabolite degree); a few milliseconds on iML1515.
    init(model: Model, protectedMetabolites: Set<Int> = [], protectedReactions: Set<Int> = []) {
        var builder = CompressionBuilder(model: model, protectedMetabolites: protectedMetabolites, protectedReactions: protectedReactions)
        if builder.run() {
            self.init(builder: builder, model: model, protectedMetabolites: protectedMetabolites)
        } else {
            self.init(identityOf: model)
        }
    }

    /// The uncompressed network: one lump per reaction, every metabolite kept.
    init(identityOf model: Model) {
        placements = model.reactions.indices.map { Placement(lump: $0, factor: 1) }
        lumps = model.reactions.enumerated().map { index, reaction in
            Lump(members: [(index, 1)], lower: reaction.lowerBound, upper: reaction.upperBound)
        }
        matrix = model.stoichiometricMatrix
        rows = Array(model.metabolites.indices)
    }

    private init(builder: CompressionBuilder, model: Model, protectedMetabolites: Set<Int>) {
        let survivors = builder.alive.indices.filter { builder.alive[$0] }
        var placements = [Placement?](repeating: nil, count: model.reactions.count)
        var rowOfMetabolite = [Int?](repeating: nil, count: model.metabolites.count)
        var rowCount = 0
        var starts = [0], rows: [Int] = [], values: [Double] = []
        var lumps: [Lump] = []
        for (column, survivor) in survivors.enumerated() {
            for member in builder.members[survivor] { placements[member.reaction] = Placement(lump: column, factor: member.factor) }
            lumps.append(Lump(members: builder.members[survivor], lower: builder.lower[survivor], upper: builder.upper[survivor]))
            for (metabolite, coefficient) in builder.entries[survivor].sorted(by: { $0.key < $1.key }) {
                let row: Int
                if let known = rowOfMetabolite[metabolite] {
                    row = known
                } else {
                    row = rowCount
                    rowOfMetabolite[metabolite] = row
                    rowCount += 1
                }
                rows.append(row)
                values.append(coefficient)
            }
            starts.append(rows.count)
        }
        // A protected metabolite keeps a row even when no remaining lump touches it.
        for metabolite in protectedMetabolites.sorted() where rowOfMetabolite[metabolite] == nil {
            rowOfMetabolite[metabolite] = rowCount
            rowCount += 1
        }
        self.placements = placements
        self.lumps = lumps
        self.rows = rowOfMetabolite
        matrix = StoichiometricMatrix(rowCount: rowCount, columnStarts: starts, rowIndices: rows, values: values)
    }
}

/// The working state of the compression: lumps as sparse columns with bounds and members,
/// and which lumps touch each metabolite.
private struct CompressionBuilder {
    var entries: [[Int: Double]]
    var lower: [Double]
    var upper: [Double]
    var members: [[(reaction: Int, factor: Double)]]
    var alive: [Bool]
    /// Metabolite → the live lumps with a nonzero coefficient for it.
    var touching: [Set<Int>]
    var queue: [Int] = []
    var queued: [Bool]
    /// Lumps holding a protected reaction: never merged.
    var pinned: [Bool]

    init(model: Model, protectedMetabolites: Set<Int>, protectedReactions: Set<Int>) {
        let matrix = model.stoichiometricMatrix
        entries = (0..<matrix.columnCount).map { column in
            var entry: [Int: Double] = [:]
            for (row, value) in matrix.column(column) { entry[row, default: 0] += value }
            return entry.filter { $0.value != 0 }
        }
        lower = model.reactions.map(\.lowerBound)
        upper = model.reactions.map(\.upperBound)
        members = model.reactions.indices.map { [($0, 1.0)] }
        alive = Array(repeating: true, count: model.reactions.count)
        touching = Array(repeating: [], count: model.metabolites.count)
        for (column, entry) in entries.enumerated() {
            for metabolite in entry.keys { touching[metabolite].insert(column) }
        }
        pinned = model.reactions.indices.map { protectedReactions.contains($0) }
        // A protected metabolite is never examined (so never blocks or merges): marked as
        // queued, it is never put in the queue.
        queue = model.metabolites.indices.filter { !protectedMetabolites.contains($0) }
        queued = Array(repeating: true, count: model.metabolites.count)
    }

    /// Applies both rules until no metabolite changes; false when the model proved infeasible.
    mutating func run() -> Bool {
        for column in alive.indices where lower[column] == 0 && upper[column] == 0 {
            guard block(column) else { return false }
        }
        var head = 0
        while head < queue.count {
            let metabolite = queue[head]
            head += 1
            queued[metabolite] = false
            // Sorted, so that the result never depends on the process's hash seed.
            let lumps = touching[metabolite].sorted()
            guard !lumps.isEmpty else { continue }
            var producible = false, consumable = false
            for lump in lumps {
                let coefficient = entries[lump][metabolite] ?? 0
                let forward = upper[lump] > 0, backward = lower[lump] < 0
                if (coefficient > 0 && forward) || (coefficient < 0 && backward) { producible = true }
                if (coefficient < 0 && forward) || (coefficient > 0 && backward) { consumable = true }
            }
            if lumps.count == 1 || !producible || !consumable {
                for lump in lumps { guard block(lump) else { return false } }
            } else if lumps.count == 2, !pinned[lumps[0]], !pinned[lumps[1]] {
                guard merge(lumps[0], lumps[1], through: metabolite) else { return false }
            }
        }
        return true
    }

    private mutating func enqueue(_ metabolite: Int) {
        guard !queued[metabolite] else { return }
        queued[metabolite] = true
        queue.append(metabolite)
    }

    /// Pins `lump` at zero flux; false when its bounds exclude zero (the model is infeasible).
    private mutating func block(_ lump: Int) -> Bool {
        guard alive[lump] else { return true }
        guard lower[lump] <= 0, upper[lump] >= 0 else { return false }
        alive[lump] = false
        for metabolite in entries[lump].keys.sorted() {
            touching[metabolite].remove(lump)
            enqueue(metabolite)
        }
        return true
    }

    /// Merges the two lumps that alone touch `metabolite`; false when their bounds cannot both hold.
    private mutating func merge(_ first: Int, _ second: Int, through metabolite: Int) -> Bool {
        guard let a = entries[first][metabolite], let b = entries[second][metabolite] else { return true }
        // The survivor carries the larger flux: v_dropped = factor · v_kept with |factor| ≤ 1.
        let (kept, dropped, factor) = abs(a) <= abs(b) ? (first, second, -a / b) : (second, first, -b / a)
        guard factor.isFinite, factor != 0 else { return true }
        touching[metabolite].removeAll()
        entries[kept][metabolite] = nil
        for (other, coefficient) in entries[dropped].sorted(by: { $0.key < $1.key }) where other != metabolite {
            touching[other].remove(dropped)
            let old = entries[kept][other] ?? 0
            let sum = old + factor * coefficient
            // Cancellation leaves round-off where the exact sum is zero (a cycle closing on itself).
            if abs(sum) <= 1e-12 * (abs(old) + abs(factor * coefficient)) {
                entries[kept][other] = nil
                touching[other].remove(kept)
            } else {
                entries[kept][other] = sum
                touching[other].insert(kept)
            }
        }
        alive[dropped] = false
        // v_kept = v_dropped / factor, so the dropped lump's bounds divide by the factor.
        let low = factor > 0 ? lower[dropped] / factor : upper[dropped] / factor
        let high = factor > 0 ? upper[dropped] / factor : lower[dropped] / factor
        lower[kept] = max(lower[kept], low)
        upper[kept] = min(upper[kept], high)
        if lower[kept] > upper[kept] {
            guard lower[kept] - upper[kept] <= 1e-9 * max(1, abs(upper[kept])) else { return false }
            lower[kept] = upper[kept]
        }
        members[kept] += members[dropped].map { ($0.reaction, $0.factor * factor) }
        for other in entries[kept].keys.sorted() { enqueue(other) }
        for other in entries[dropped].keys where other != metabolite { enqueue(other) }
        if lower[kept] == 0 && upper[kept] == 0 { return block(kept) }
        return true
    }
}
