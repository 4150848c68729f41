import Foundation
import MetaPlugin
import Yams

/// Reads a plan file into a ``BatchPlan``, collecting every problem instead of stopping at the first.
///
/// Only the file's own shape is judged here (known keys, value types and ranges, readable
/// files); whether a chassis, substrate or pathway exists is ``PlanResolver``'s question.
struct PlanReader {
    /// The plan file as named in messages.
    let file: String
    /// The problems found so far.
    private(set) var problems: [PlanProblem] = []

    /// The keys a plan may have at its top level.
    static let topLevelKeys = ["name", "evaluation", "chassis", "pathways", "substrates", "aerations", "scorers",
                               "settings", "scorer_settings"]

    /// Reads the plan at `path`: what could be read, and the problems with the rest (unknown
    /// keys, bad values, missing files), so that resolution can report its own problems too.
    ///
    /// - Throws: ``PlanError`` when the file cannot be read or is not YAML.
    static func read(path: String) throws(PlanError) -> (plan: BatchPlan, problems: [PlanProblem]) {
        var reader = PlanReader(file: path)
        guard FileBytes.isFile(path), let data = FileManager.default.contents(atPath: path) else {
            throw PlanError(problems: [PlanProblem(file: path, line: 0, message: "cannot read the plan file (missing or not a file)")])
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw PlanError(problems: [PlanProblem(file: path, line: 0, message: "the plan file is not UTF-8 text")])
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch {
            throw PlanError(problems: [reader.syntaxProblem(error)])
        }
        guard let root, let mapping = root.mapping else {
            throw PlanError(problems: [PlanProblem(file: path, line: root?.mark?.line ?? 0,
                                                   message: "a plan is a YAML mapping with chassis:, pathways:, substrates: and aerations:")])
        }
        let plan = reader.plan(from: mapping, root: root, text: text)
        return (plan, reader.problems)
    }

    private mutating func plan(from mapping: Node.Mapping, root: Node, text: String) -> BatchPlan {
        for key in mapping.keys where !Self.topLevelKeys.contains(key.string ?? "") {
            problem(key, "unknown key '\(key.string ?? "?")'; a plan has " + Self.topLevelKeys.joined(separator: ", "))
        }
        let folder = (URL(fileURLWithPath: file).deletingLastPathComponent().path)
        func required(_ key: String) -> Node? {
            guard let node = mapping[key], node.null == nil else {
                problem(root, "missing '\(key):' section")
                return nil
            }
            return node
        }
        let evaluation = mapping["evaluation"].map { Located(value: $0.string ?? "", line: line($0)) }
            ?? Located(value: PathwayBatchEvaluation.id, line: 0)
        let chassis = required("chassis").map { list($0, "chassis").compactMap { chassisEntry($0, folder: folder) } } ?? []
        let pathways = required("pathways").map { list($0, "pathways").compactMap { pathwayEntry($0, folder: folder) } } ?? []
        let feeds = required("substrates").map { feedEntries($0) } ?? []
        let aerations = required("aerations").map { list($0, "aerations").compactMap { aeration($0) } } ?? []
        let scorers = mapping["scorers"].map { list($0, "scorers").compactMap { node in
            word(node, "a scorer id").map { Located(value: $0, line: line(node)) }
        } } ?? []
        reportDuplicates(chassis.map { Located(value: $0.value.id, line: $0.line) }, "chassis")
        reportDuplicates(pathways.map { Located(value: "\($0.value)", line: $0.line) }, "pathway")
        reportDuplicates(feeds.map { Located(value: $0.value.name, line: $0.line) }, "substrate")
        reportDuplicates(aerations.map { Located(value: $0.value.rawValue, line: $0.line) }, "aeration")
        reportDuplicates(scorers, "scorer")
        return BatchPlan(
            file: file, folder: folder, text: text,
            name: mapping["name"]?.string ?? URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent,
            evaluation: evaluation, chassis: chassis, pathways: pathways, feeds: feeds, aerations: aerations,
            scorers: scorers, settings: mapping["settings"].map { settings($0) } ?? BatchSettings(),
            scorerSettings: mapping["scorer_settings"].map { scorerSettings($0) } ?? [:])
    }

    private mutating func settings(_ node: Node) -> BatchSettings {
        var settings = BatchSettings()
        guard let mapping = node.mapping else {
            if node.null == nil { problem(node, "settings: is a mapping, e.g. {growth_fraction: 0.1}") }
            return settings
        }
        for (key, value) in mapping {
            switch key.string ?? "" {
            case "growth_fraction":
                if let fraction = number(value, "growth_fraction"), check(value, (0...1).contains(fraction),
                    "growth_fraction must be between 0 and 1 (0.1 keeps growth ≥ 10% of its maximum)") {
                    settings.growthFraction = fraction
                }
            case "envelope_points":
                if let points = number(value, "envelope_points"), check(value, points == points.rounded() && (0...1000).contains(points),
                    "envelope_points must be a whole number from 0 (no envelope) to 1000") {
                    settings.envelopePoints = Int(points)
                }
            case "time_limit":
                if let limit = number(value, "time_limit"), check(value, limit > 0 && limit.isFinite,
                    "time_limit must be a positive number of seconds per LP") {
                    settings.timeLimit = limit
                }
            case "unsupported":
                switch value.string {
                case "skip": settings.skipUnsupported = true
                case "error": settings.skipUnsupported = false
                default: problem(value, "unsupported must be 'skip' (records with status skipped) or 'error' (the plan is refused)")
                }
            default:
                problem(key, "unknown setting '\(key.string ?? "?")'; known: " + BatchSettings.keys.joined(separator: ", "))
            }
        }
        return settings
    }

    private mutating func scorerSettings(_ node: Node) -> [String: Double] {
        guard let mapping = node.mapping else {
            if node.null == nil { problem(node, "scorer_settings: is a mapping of names to numbers, e.g. {budget: 0.2}") }
            return [:]
        }
        var settings: [String: Double] = [:]
        for (key, value) in mapping {
            if let name = word(key, "a setting name"), let number = number(value, name) { settings[name] = number }
        }
        return settings
    }

    // MARK: - Shared helpers

    /// The line of `node` (0 when Yams gave none).
    func line(_ node: Node) -> Int { node.mark?.line ?? 0 }

    /// Records a problem at `node`'s line.
    mutating func problem(_ node: Node, _ message: String) {
        problems.append(PlanProblem(file: file, line: line(node), message: message))
    }

    /// Records `message` at `node` unless `condition` holds; returns `condition`.
    mutating func check(_ node: Node, _ condition: Bool, _ message: String) -> Bool {
        if !condition { problem(node, message) }
        return condition
    }

    /// The items of a sequence; a single scalar counts as a one-item list.
    mutating func list(_ node: Node, _ section: String) -> [Node] {
        if let sequence = node.sequence { return Array(sequence) }
        if node.scalar != nil { return [node] }
        problem(node, "\(section): is a list (one '- item' per line, or [a, b])")
        return []
    }

    /// A non-empty plain string.
    mutating func word(_ node: Node, _ what: String) -> String? {
        guard node.scalar != nil, let text = node.string?.trimmingCharacters(in: .whitespaces), !text.isEmpty else {
            problem(node, "expected \(what) here")
            return nil
        }
        return text
    }

    /// A finite number.
    mutating func number(_ node: Node, _ name: String) -> Double? {
        guard node.scalar != nil, let value = node.float, value.isFinite else {
            problem(node, "\(name) must be a number, not '\(node.string ?? node.tag.description)'")
            return nil
        }
        return value
    }

    private mutating func aeration(_ node: Node) -> Located<Aeration>? {
        guard let text = word(node, "an aeration") else { return nil }
        guard let aeration = Aeration(rawValue: text.lowercased()) else {
            problem(node, "unknown aeration '\(text)'; use " + Aeration.allCases.map(\.rawValue).joined(separator: ", "))
            return nil
        }
        return Located(value: aeration, line: line(node))
    }

    private mutating func reportDuplicates(_ values: [Located<String>], _ what: String) {
        var seen: [String: Int] = [:]
        for entry in values {
            if let first = seen[entry.value] {
                problems.append(PlanProblem(file: file, line: entry.line,
                                            message: "\(what) '\(entry.value)' is listed twice (first on line \(first))"))
            } else {
                seen[entry.value] = entry.line
            }
        }
    }

    private func syntaxProblem(_ error: any Error) -> PlanProblem {
        guard let yaml = error as? YamlError else {
            return PlanProblem(file: file, line: 0, message: "not valid YAML: \(error)")
        }
        switch yaml {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
             .composer(_, let problem, let mark, _):
            return PlanProblem(file: file, line: mark.line, message: "not valid YAML: \(problem)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            return PlanProblem(file: file, line: context.mark.line,
                               message: "key written twice in one mapping: " + duplicates.joined(separator: ", "))
        default:
            return PlanProblem(file: file, line: 0, message: "not valid YAML: \(yaml)")
        }
    }
}
