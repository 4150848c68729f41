import Foundation

/// Reads candidate-enzyme files (format: docs/EnzymeCandidates.md). Every problem is a
/// ``PathwayFileError`` naming the file and line.
public enum EnzymeCandidateReader {
    static let enzymeKeys = ["name", "ec", "organism", "kcat", "km", "mw", "sequence", "oxygen_sensitive", "cofactor",
                             "expression_hosts", "hypothetical", "notes", "reference"]

    /// Reads the file at `path`.
    public static func read(path: String) throws(PathwayFileError) -> EnzymeCandidateFile {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw PathwayFileError(file: path, line: nil, message: "cannot read: \(error.localizedDescription)")
        }
        return try parse(text, file: path)
    }

    /// Parses candidate-file text; `file` names it in errors.
    public static func parse(_ text: String, file: String) throws(PathwayFileError) -> EnzymeCandidateFile {
        let root = try YAMLObject.root(of: text, file: file)
        try root.checkKeys(["pathway", "steps", "notes"], what: "a candidates file")
        var steps: [(String, [EnzymeCandidate])] = []
        for entry in try root.list("steps") {
            try entry.checkKeys(["step", "enzymes", "notes"], what: "a step")
            let id = try entry.requiredString("step")
            let scoped = entry.within("step '\(id)'")
            var candidates: [EnzymeCandidate] = []
            for enzyme in try scoped.list("enzymes") { candidates.append(try candidate(enzyme)) }
            guard !candidates.isEmpty else { throw scoped.error("lists no enzymes") }
            steps.append((id, candidates))
        }
        guard !steps.isEmpty else { throw root.error("'steps' lists no step") }
        return EnzymeCandidateFile(pathway: try root.string("pathway"), steps: steps)
    }

    private static func candidate(_ object: YAMLObject) throws(PathwayFileError) -> EnzymeCandidate {
        try object.checkKeys(enzymeKeys, what: "an enzyme")
        let name = try object.requiredString("name")
        let scoped = object.within("enzyme '\(name)'")
        for key in ["kcat", "km", "mw"] {
            if let value = try scoped.double(key), value <= 0 { throw (scoped.child(key) ?? scoped).error("'\(key)' must be positive, not \(value)") }
        }
        var cofactor: EnzymeCandidate.Cofactor?
        if let text = try scoped.string("cofactor") {
            guard let parsed = EnzymeCandidate.Cofactor.allCases.first(where: { $0.rawValue.lowercased() == text.lowercased() }) else {
                throw (scoped.child("cofactor") ?? scoped).error("'cofactor' must be NADH, NADPH, either or none, not '\(text)'")
            }
            cofactor = parsed
        }
        return EnzymeCandidate(
            name: name, ec: try scoped.string("ec"), organism: try scoped.string("organism"), kcat: try scoped.double("kcat"),
            km: try scoped.double("km"), molecularWeight: try scoped.double("mw"), sequence: try scoped.string("sequence"),
            oxygenSensitive: try scoped.bool("oxygen_sensitive", default: false), cofactor: cofactor,
            expressionHosts: try scoped.strings("expression_hosts"), hypothetical: try scoped.bool("hypothetical", default: false),
            notes: try scoped.string("notes"), reference: try scoped.child("reference").map(PathwayFields.citation),
            line: object.line)
    }
}
