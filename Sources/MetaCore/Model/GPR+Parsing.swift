/// Why a gene–protein–reaction rule could not be read.
public struct GPRParseError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The rule as written.
    public var rule: String
    /// What is wrong with it.
    public var reason: String

    /// A one-line message naming the rule and the problem.
    public var description: String { "cannot parse gene rule '\(rule)': \(reason)" }
}

extension GPR {
    /// Parses a rule in COBRA notation; returns `nil` for an empty rule.
    ///
    /// Accepts `and`/`or` in any letter case and `&`, `&&`, `|`, `||`; `and` binds
    /// tighter than `or`. A gene id may carry a parenthesised suffix written without a
    /// space, such as the COBRA Toolbox index form `x(375)` that COBRApy rejects as a
    /// function call: it is kept as the gene id `x(375)`, so the model still loads.
    ///
    /// ```swift
    /// let rule = try GPR.parse("b0001 and (b0002 or b0003)")
    /// rule?.isActive(knockedOut: ["b0002"])  // true
    /// ```
    public static func parse(_ text: String) throws(GPRParseError) -> GPR? {
        var parser = Parser(text: text)
        return try parser.parseRule()
    }
}

private enum Token: Equatable {
    case gene(String)
    case and
    case or
    case open
    case close
}

private struct Parser {
    let text: String
    var tokens: [Token] = []
    var position = 0

    init(text: String) { self.text = text }

    mutating func parseRule() throws(GPRParseError) -> GPR? {
        tokens = try tokenize()
        if tokens.isEmpty { return nil }
        let rule = try parseOr()
        if position != tokens.count { throw fail("unexpected '\(describe(tokens[position]))'") }
        return rule
    }

    func fail(_ reason: String) -> GPRParseError { GPRParseError(rule: text, reason: reason) }

    func describe(_ token: Token) -> String {
        switch token {
        case .gene(let id): return id
        case .and: return "and"
        case .or: return "or"
        case .open: return "("
        case .close: return ")"
        }
    }

    mutating func parseOr() throws(GPRParseError) -> GPR {
        var parts = [try parseAnd()]
        while position < tokens.count, tokens[position] == .or {
            position += 1
            parts.append(try parseAnd())
        }
        return combine(parts, isAnd: false)
    }

    mutating func parseAnd() throws(GPRParseError) -> GPR {
        var parts = [try parseTerm()]
        while position < tokens.count, tokens[position] == .and {
            position += 1
            parts.append(try parseTerm())
        }
        return combine(parts, isAnd: true)
    }

    mutating func parseTerm() throws(GPRParseError) -> GPR {
        guard position < tokens.count else { throw fail("rule ends where a gene was expected") }
        let token = tokens[position]
        position += 1
        switch token {
        case .gene(let id):
            return .gene(id)
        case .open:
            let inner = try parseOr()
            guard position < tokens.count, tokens[position] == .close else {
                throw fail("missing ')'")
            }
            position += 1
            return inner
        case .and, .or, .close:
            throw fail("'\(describe(token))' where a gene was expected")
        }
    }

    /// Joins parts under one operator, flattening nested parts of the same operator.
    func combine(_ parts: [GPR], isAnd: Bool) -> GPR {
        if parts.count == 1 { return parts[0] }
        var flat: [GPR] = []
        for part in parts {
            switch (part, isAnd) {
            case (.and(let inner), true), (.or(let inner), false): flat.append(contentsOf: inner)
            default: flat.append(part)
            }
        }
        return isAnd ? .and(flat) : .or(flat)
    }

    func tokenize() throws(GPRParseError) -> [Token] {
        let characters = Array(text.unicodeScalars)
        var result: [Token] = []
        var index = 0
        // ASCII answered without the Unicode property tables (U+0009–U+000D and U+0020
        // are ASCII's White_Space characters); rules are nearly always ASCII.
        func isWhitespace(_ c: Unicode.Scalar) -> Bool {
            c.isASCII ? c == " " || (0x09...0x0D).contains(c.value) : c.properties.isWhitespace
        }
        func isDelimiter(_ c: Unicode.Scalar) -> Bool {
            c == "(" || c == ")" || c == "&" || c == "|" || isWhitespace(c)
        }
        while index < characters.count {
            let c = characters[index]
            if isWhitespace(c) {
                index += 1
            } else if c == "(" {
                result.append(.open); index += 1
            } else if c == ")" {
                result.append(.close); index += 1
            } else if c == "&" || c == "|" {
                index += 1
                if index < characters.count, characters[index] == c { index += 1 }
                result.append(c == "&" ? .and : .or)
            } else {
                var word = String.UnicodeScalarView()
                while index < characters.count, !isDelimiter(characters[index]) {
                    word.append(characters[index]); index += 1
                }
                // A suffix such as "(375)" glued to the id belongs to the id.
                if index < characters.count, characters[index] == "(" {
                    var end = index + 1
                    while end < characters.count, characters[end] != ")", !isDelimiter(characters[end]) { end += 1 }
                    if end < characters.count, characters[end] == ")", end > index + 1 {
                        for k in index...end { word.append(characters[k]) }
                        index = end + 1
                    }
                }
                let id = String(word)
                // Only two- and three-letter words can be operators; skip lower-casing the rest.
                switch word.count == 2 || word.count == 3 ? id.lowercased() : id {
                case "and": result.append(.and)
                case "or": result.append(.or)
                default: result.append(.gene(id))
                }
            }
        }
        return result
    }
}
