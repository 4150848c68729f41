/// Why a pathway cannot be inserted into a chassis model.
public enum PathwayError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Some metabolites match nothing in the chassis and may not be created.
    case unresolvedMetabolites(pathway: String, [UnresolvedMetabolite])
    /// A pathway reaction id is taken by a different chassis reaction.
    case reactionIDClash(pathway: String, reaction: String, chassisEquation: String)
    /// Reactions that do not balance and carry no waiver.
    case unbalanced(pathway: String, [ReactionBalance])
    /// The product's cytosolic form has no way out of the cell (no exchange or demand, and no `export: true`).
    case productNotExported(pathway: String, product: String)
    /// The modified model is inconsistent (a bug in the pathway or the chassis).
    case model(pathway: String, ModelError)
    /// The index was built from another model.
    case indexMismatch

    /// A one-line message naming the pathway, the reactions or metabolites concerned, and what to do.
    public var description: String {
        switch self {
        case .unresolvedMetabolites(let pathway, let unresolved):
            return "pathway '\(pathway)': \(unresolved.count) metabolite(s) not found in the chassis: "
                + unresolved.map(\.description).joined(separator: "; ")
                + " — add cross-references (chebi:, kegg:, metanetx:) or declare them new: true"
        case .reactionIDClash(let pathway, let reaction, let equation):
            return "pathway '\(pathway)': reaction id '\(reaction)' is already a different chassis reaction (\(equation)); rename it"
        case .unbalanced(let pathway, let balances):
            return "pathway '\(pathway)': " + balances.map { "reaction '\($0.reaction)' is unbalanced (\($0.summary))" }
                .joined(separator: "; ") + " — fix the equation or formulas, or add a balance_waiver with the reason"
        case .productNotExported(let pathway, let product):
            return "pathway '\(pathway)': the product \(product) cannot leave the cell; set export: true"
        case .model(let pathway, let error):
            return "pathway '\(pathway)': the modified model is inconsistent: \(error)"
        case .indexMismatch:
            return "the chassis index was built from a different model; build it from the model the pathway is inserted into"
        }
    }
}
