import Foundation

/// A flux-bound override written as `RXN=LB:UB` on the command line (`EX_glc__D_e=-10:1000`, `ATPM=8.39:8.39`).
public struct BoundOverride: Hashable, Sendable {
    /// The reaction whose bounds change.
    public var reaction: String
    /// The new lower bound.
    public var lower: Double
    /// The new upper bound.
    public var upper: Double

    /// Creates an override.
    public init(reaction: String, lower: Double, upper: Double) {
        self.reaction = reaction
        self.lower = lower
        self.upper = upper
    }

    /// Parses `RXN=LB:UB`; bounds may be numbers, `inf`, `-inf`, or empty for ±∞.
    public init?(parsing text: String) {
        guard let equals = text.lastIndex(of: "="), equals != text.startIndex else { return nil }
        let reaction = String(text[..<equals])
        let range = text[text.index(after: equals)...]
        guard let colon = range.firstIndex(of: ":") else { return nil }
        func bound(_ part: Substring, empty: Double) -> Double? {
            let trimmed = part.trimmingCharacters(in: .whitespaces).lowercased()
            switch trimmed {
            case "": return empty
            case "inf", "+inf", "infinity": return .infinity
            case "-inf", "-infinity": return -.infinity
            default:
                guard let value = Double(trimmed), value.isFinite else { return nil }
                return value
            }
        }
        guard let lower = bound(range[..<colon], empty: -.infinity),
              let upper = bound(range[range.index(after: colon)...], empty: .infinity) else { return nil }
        self.init(reaction: reaction, lower: lower, upper: upper)
    }
}

/// Changes to apply to a copy of a model before an analysis: bound overrides and knockouts.
///
/// Knockout ids may name genes (the reactions whose GPR becomes false are closed) or
/// reactions (closed directly); a gene id wins when an id is both.
public struct ModelEdits: Hashable, Sendable {
    /// Bound overrides, applied in order after the knockouts.
    public var bounds: [BoundOverride]
    /// Gene or reaction ids to knock out.
    public var knockouts: [String]

    /// Creates a set of edits.
    public init(bounds: [BoundOverride] = [], knockouts: [String] = []) {
        self.bounds = bounds
        self.knockouts = knockouts
    }

    /// Whether there is nothing to change.
    public var isEmpty: Bool { bounds.isEmpty && knockouts.isEmpty }
}

extension Model {
    /// A copy of the model with `edits` applied.
    ///
    /// - Throws: `ModelError.unknownReaction`/`.unknownGene` for an id the model lacks
    ///   (a knockout id that is neither gene nor reaction reports as an unknown gene or reaction),
    ///   and the bound errors of `setBounds`.
    public func applying(_ edits: ModelEdits) throws(ModelError) -> Model {
        var copy = self
        var genes: [String] = []
        var reactions: [String] = []
        for id in edits.knockouts {
            if index(ofGene: id) != nil {
                genes.append(id)
            } else if index(ofReaction: id) != nil {
                reactions.append(id)
            } else {
                throw .unknownKnockout(id)
            }
        }
        try copy.knockOut(genes: genes, reactions: reactions)
        for override in edits.bounds {
            try copy.setBounds(ofReaction: override.reaction, lower: override.lower, upper: override.upper)
        }
        return copy
    }
}
