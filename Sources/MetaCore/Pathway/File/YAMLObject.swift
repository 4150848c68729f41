import Foundation
import Yams

/// A YAML node being read into a value, with what it takes to report a problem at its line:
/// the file, and a context such as `pathway 'bdo_yim2011', reaction 'SUCOAR_bdo'`.
struct YAMLObject {
    let node: Node
    let file: String
    let context: String

    /// The 1-based line of the node.
    var line: Int? { node.mark?.line }

    /// An error at this node's line, prefixed with the context.
    func error(_ message: String, at node: Node? = nil) -> PathwayFileError {
        PathwayFileError(file: file, line: (node ?? self.node).mark?.line ?? line,
                         message: context.isEmpty ? message : "\(context): \(message)")
    }

    /// The same node with a narrower context.
    func within(_ context: String) -> YAMLObject {
        YAMLObject(node: node, file: file, context: self.context.isEmpty ? context : "\(self.context), \(context)")
    }

    /// The node's mapping, or an error saying what it should be.
    func mapping(_ what: String) throws(PathwayFileError) -> Node.Mapping {
        guard case .mapping(let mapping) = node else { throw error("\(what) must be a mapping of keys to values") }
        return mapping
    }

    /// Fails for keys outside `allowed`, naming the allowed ones (so a typo never passes silently).
    func checkKeys(_ allowed: [String], what: String) throws(PathwayFileError) {
        for (key, _) in try mapping(what) {
            guard let name = key.scalar?.string, allowed.contains(name) else {
                let shown = key.scalar?.string ?? "a non-text key"
                throw error("unknown key '\(shown)' in \(what); allowed: \(allowed.joined(separator: ", "))", at: key)
            }
        }
    }

    /// The child under `key`, if present and not null.
    func child(_ key: String) -> YAMLObject? {
        guard case .mapping(let mapping) = node, let value = mapping[key] else { return nil }
        if case .scalar = value, value.tag.rawValue == Tag.Name.null.rawValue { return nil }
        return YAMLObject(node: value, file: file, context: context)
    }

    /// The child under `key`, or an error naming the missing key.
    func required(_ key: String) throws(PathwayFileError) -> YAMLObject {
        guard let child = child(key) else { throw error("missing required key '\(key)'") }
        return child
    }

    /// The scalar text of this node.
    func text(_ what: String) throws(PathwayFileError) -> String {
        guard case .scalar(let scalar) = node else { throw error("\(what) must be a single value, not a list or mapping") }
        return scalar.string
    }

    /// The text under `key`, if present.
    func string(_ key: String) throws(PathwayFileError) -> String? {
        try child(key)?.text("'\(key)'")
    }

    /// The non-empty text under `key`.
    func requiredString(_ key: String) throws(PathwayFileError) -> String {
        let value = try required(key).text("'\(key)'").trimmingCharacters(in: .whitespaces)
        guard !value.isEmpty else { throw error("'\(key)' is empty") }
        return value
    }

    /// The finite number under `key`, if present.
    func double(_ key: String) throws(PathwayFileError) -> Double? {
        guard let child = child(key) else { return nil }
        return try child.number("'\(key)'")
    }

    /// This node as a number (`inf`, `-inf`, `.inf` allowed only when `allowInfinite`).
    func number(_ what: String, allowInfinite: Bool = false) throws(PathwayFileError) -> Double {
        let text = try self.text(what).trimmingCharacters(in: .whitespaces).lowercased()
        let value: Double?
        switch text {
        case "inf", "+inf", ".inf", "+.inf", "infinity": value = .infinity
        case "-inf", "-.inf", "-infinity": value = -.infinity
        default: value = Double(text)
        }
        guard let value, !value.isNaN, allowInfinite || value.isFinite else {
            throw error("\(what) must be a number, not '\(text)'")
        }
        return value
    }

    /// The integer under `key`, if present.
    func integer(_ key: String) throws(PathwayFileError) -> Int? {
        guard let child = child(key) else { return nil }
        let text = try child.text("'\(key)'").trimmingCharacters(in: .whitespaces)
        guard let value = Int(text.hasPrefix("+") ? String(text.dropFirst()) : text) else {
            throw child.error("'\(key)' must be a whole number, not '\(text)'")
        }
        return value
    }

    /// The boolean under `key` (`true`/`false`, `yes`/`no`), or `default`.
    func bool(_ key: String, default value: Bool) throws(PathwayFileError) -> Bool {
        guard let child = child(key) else { return value }
        switch try child.text("'\(key)'").lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        case let other: throw child.error("'\(key)' must be true or false, not '\(other)'")
        }
    }

    /// The elements of the list under `key` (empty when absent); a single value counts as a one-element list.
    func list(_ key: String) throws(PathwayFileError) -> [YAMLObject] {
        guard let child = child(key) else { return [] }
        switch child.node {
        case .sequence(let sequence): return sequence.map { YAMLObject(node: $0, file: file, context: context) }
        case .scalar: return [child]
        default: throw child.error("'\(key)' must be a list")
        }
    }

    /// The texts of the list under `key`.
    func strings(_ key: String) throws(PathwayFileError) -> [String] {
        var result: [String] = []
        for element in try list(key) { result.append(try element.text("an entry of '\(key)'")) }
        return result
    }
}

extension YAMLObject {
    /// Parses `text` into its root node; YAML syntax errors become `file:line:` errors.
    static func root(of text: String, file: String) throws(PathwayFileError) -> YAMLObject {
        do {
            guard let node = try Yams.compose(yaml: text) else {
                throw PathwayFileError(file: file, line: 1, message: "the file is empty")
            }
            return YAMLObject(node: node, file: file, context: "")
        } catch let error as PathwayFileError {
            throw error
        } catch let error as YamlError {
            throw Self.describe(error, file: file)
        } catch {
            throw PathwayFileError(file: file, line: nil, message: "not YAML: \(error)")
        }
    }

    private static func describe(_ error: YamlError, file: String) -> PathwayFileError {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let detail = context.map { "\(problem) (\($0.text) at line \($0.mark.line))" } ?? problem
            return PathwayFileError(file: file, line: mark.line, message: "invalid YAML: \(detail)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            return PathwayFileError(
                file: file, line: context.mark.line,
                message: "duplicate key \(duplicates.map { "'\($0)'" }.joined(separator: ", ")) in one mapping")
        case .reader(let problem, _, _, _):
            return PathwayFileError(file: file, line: nil, message: "cannot read: \(problem)")
        default:
            return PathwayFileError(file: file, line: nil, message: "invalid YAML: \(error)")
        }
    }
}
