/// Finds the reaction columns a set of knocked-out genes or reactions closes.
///
/// The gene → reactions map is built once per study, so a deletion evaluates only the
/// rules that mention one of its genes.
struct ReactionCloser: Sendable {
    let target: DeletionTarget
    let reactionIndex: [String: Int]
    let rules: [GPR?]
    /// Gene id → the reactions whose rule mentions it.
    let reactionsOfGene: [String: [Int]]

    init(model: Model, target: DeletionTarget) {
        self.target = target
        reactionIndex = positions(of: model.reactions.map(\.id))
        rules = model.reactions.map(\.gpr)
        var byGene: [String: [Int]] = [:]
        for (position, rule) in rules.enumerated() {
            for gene in rule?.genes ?? [] { byGene[gene, default: []].append(position) }
        }
        reactionsOfGene = byGene
    }

    /// The columns closed when all of `ids` are knocked out together, ascending and unique.
    func columns(closedBy ids: [String]) -> [Int] {
        switch target {
        case .reactions:
            return Array(Set(ids.compactMap { reactionIndex[$0] })).sorted()
        case .genes:
            let knockedOut = Set(ids)
            var touched = Set<Int>()
            for gene in ids { touched.formUnion(reactionsOfGene[gene] ?? []) }
            return touched.sorted().filter { rules[$0]?.isActive(knockedOut: knockedOut) == false }
        }
    }
}
