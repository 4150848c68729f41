/// A gene–protein–reaction rule as a boolean tree over gene ids.
///
/// `b0001 and (b0002 or b0003)` reads: the reaction needs the product of b0001
/// together with that of b0002 or b0003 (a complex with two isozymes for one subunit).
/// A gene knockout disables a reaction exactly when its rule evaluates to false.
public indirect enum GPR: Hashable, Sendable {
    /// One gene.
    case gene(String)
    /// All of the parts are needed (an enzyme complex).
    case and([GPR])
    /// Any of the parts suffices (isozymes).
    case or([GPR])

    /// The distinct gene ids in the rule, in first-appearance order.
    public var genes: [String] {
        // Most rules are one gene or a handful: answer those without hashing.
        if case .gene(let id) = self { return [id] }
        var all: [String] = []
        func visit(_ rule: GPR) {
            switch rule {
            case .gene(let id): all.append(id)
            case .and(let parts), .or(let parts): parts.forEach(visit)
            }
        }
        visit(self)
        var ordered: [String] = []
        ordered.reserveCapacity(all.count)
        if all.count <= 16 {
            for id in all where !ordered.contains(id) { ordered.append(id) }
        } else {
            var seen = Set<String>(minimumCapacity: all.count)
            for id in all where seen.insert(id).inserted { ordered.append(id) }
        }
        return ordered
    }

    /// Whether any gene id in the rule satisfies `predicate` (without collecting the ids).
    public func mentions(where predicate: (String) -> Bool) -> Bool {
        switch self {
        case .gene(let id): return predicate(id)
        case .and(let parts), .or(let parts): return parts.contains { $0.mentions(where: predicate) }
        }
    }

    /// Whether the reaction can still be catalysed when the genes in `knockedOut` are deleted.
    public func isActive(knockedOut: Set<String>) -> Bool {
        switch self {
        case .gene(let id): return !knockedOut.contains(id)
        case .and(let parts): return parts.allSatisfy { $0.isActive(knockedOut: knockedOut) }
        case .or(let parts): return parts.contains { $0.isActive(knockedOut: knockedOut) }
        }
    }

    /// The rule with every gene id passed through `transform` (for prefix handling in writers).
    public func mapGenes(_ transform: (String) -> String) -> GPR {
        switch self {
        case .gene(let id): return .gene(transform(id))
        case .and(let parts): return .and(parts.map { $0.mapGenes(transform) })
        case .or(let parts): return .or(parts.map { $0.mapGenes(transform) })
        }
    }
}

extension GPR: CustomStringConvertible {
    /// The rule in COBRApy's notation: `a and (b or c)`, parentheses only where needed.
    public var description: String { render(parent: nil) }

    private func render(parent: String?) -> String {
        switch self {
        case .gene(let id):
            return id
        case .and(let parts):
            let text = parts.map { $0.render(parent: "and") }.joined(separator: " and ")
            return parent == nil || parent == "and" ? text : "(\(text))"
        case .or(let parts):
            let text = parts.map { $0.render(parent: "or") }.joined(separator: " or ")
            return parent == nil || parent == "or" ? text : "(\(text))"
        }
    }
}
