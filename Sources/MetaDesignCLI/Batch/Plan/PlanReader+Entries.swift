import Foundation
import MetaPlugin
import Yams

extension PlanReader {
    /// The keys a model-file chassis entry may have.
    static let chassisKeys = ["id", "model", "like", "substrates", "oxygen"]

    /// A chassis entry: a plugin id, or `{id:, model:, like:, substrates:, oxygen:}`.
    mutating func chassisEntry(_ node: Node, folder: String) -> Located<ChassisEntry>? {
        if node.scalar != nil {
            return word(node, "a chassis id").map { Located(value: .plugin($0), line: line(node)) }
        }
        guard let mapping = node.mapping else {
            problem(node, "a chassis is an id (ecoli) or a mapping {id: core, model: FILE, like: ecoli}")
            return nil
        }
        for key in mapping.keys where !Self.chassisKeys.contains(key.string ?? "") {
            problem(key, "unknown chassis key '\(key.string ?? "?")'; known: " + Self.chassisKeys.joined(separator: ", "))
        }
        guard let idNode = mapping["id"] else {
            problem(node, "this chassis needs an id: (the name it has in results)")
            return nil
        }
        guard let id = word(idNode, "a chassis id") else { return nil }
        guard let modelNode = mapping["model"] else {
            return Located(value: .plugin(id), line: line(node))
        }
        guard let model = word(modelNode, "a model file"), let path = readableFile(model, at: modelNode, folder: folder)
        else { return nil }
        var substrates: [String: String] = [:]
        if let node = mapping["substrates"] {
            if let map = node.mapping {
                for (name, exchange) in map {
                    if let name = word(name, "a substrate name"), let exchange = word(exchange, "an exchange id") {
                        substrates[name] = exchange
                    }
                }
            } else {
                problem(node, "substrates: of a model file maps names to exchanges, e.g. {glucose: EX_glc__D_e}")
            }
        }
        let spec = ModelFileSpec(
            id: id, path: path, like: mapping["like"].flatMap { word($0, "a chassis id") }, substrates: substrates,
            oxygen: mapping["oxygen"].flatMap { word($0, "an exchange id") })
        return Located(value: .modelFile(spec), line: line(node))
    }

    /// A pathway entry: an id, `{file: PATH}` or `{folder: PATH}`.
    mutating func pathwayEntry(_ node: Node, folder: String) -> Located<PathwayEntry>? {
        if node.scalar != nil {
            return word(node, "a pathway id").map { Located(value: .id($0), line: line(node)) }
        }
        guard let mapping = node.mapping, mapping.count == 1, let (key, value) = mapping.first,
              let kind = key.string, kind == "file" || kind == "folder"
        else {
            problem(node, "a pathway is an id, {file: PATH} or {folder: PATH}")
            return nil
        }
        guard let given = word(value, "a path") else { return nil }
        let path = resolve(given, folder: folder)
        if kind == "file" {
            return readableFile(given, at: value, folder: folder).map { Located(value: .file($0), line: line(node)) }
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
            problem(value, "pathway folder \(given) does not exist (looked for \(path))")
            return nil
        }
        let files = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        guard files.contains(where: { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }) else {
            problem(value, "pathway folder \(given) holds no .yaml or .yml files")
            return nil
        }
        return Located(value: .folder(path), line: line(node))
    }

    /// The feeds of `substrates:`, written as a list or as a mapping of names to feeds.
    mutating func feedEntries(_ node: Node) -> [Located<Feed>] {
        if let mapping = node.mapping {
            return mapping.compactMap { feed(named: $0.key, $0.value) }
        }
        return list(node, "substrates").compactMap { item in
            if item.scalar != nil {
                return word(item, "a substrate name").map { Located(value: Feed(name: $0, substrates: [SubstrateUptake($0)]), line: line(item)) }
            }
            guard let mapping = item.mapping, mapping.count == 1, let (name, value) = mapping.first else {
                problem(item, "a substrate is a name (glucose), NAME: RATE, or a mixture NAME: {glucose: 6, xylose: 3}")
                return nil
            }
            return feed(named: name, value)
        }
    }

    /// One feed: `NAME` (null value), `NAME: RATE`, `NAME: {S: RATE, …}` or `NAME: {ratio: {S: PART, …}, total: RATE}`.
    private mutating func feed(named nameNode: Node, _ value: Node) -> Located<Feed>? {
        guard let name = word(nameNode, "a substrate name") else { return nil }
        let line = line(nameNode)
        let located = { (substrates: [SubstrateUptake]) in Located(value: Feed(name: name, substrates: substrates), line: line) }
        if value.null != nil { return located([SubstrateUptake(name)]) }
        if value.scalar != nil {
            guard let rate = uptake(value, name) else { return nil }
            return located([SubstrateUptake(name, rate: rate)])
        }
        guard let mapping = value.mapping, !mapping.isEmpty else {
            problem(value, "mixture '\(name)' is a mapping of substrates to uptake rates, e.g. {glucose: 6, xylose: 3}")
            return nil
        }
        if let ratio = mapping["ratio"] {
            return ratioFeed(name, ratio: ratio, total: mapping["total"], at: value).map(located)
        }
        var substrates: [SubstrateUptake] = []
        for (substrate, rate) in mapping {
            guard let substrate = word(substrate, "a substrate name"), let rate = uptake(rate, "\(name).\(substrate)") else { continue }
            substrates.append(SubstrateUptake(substrate, rate: rate))
        }
        return substrates.count == mapping.count ? located(substrates) : nil
    }

    /// `{ratio: {glucose: 6, xylose: 3}, total: 10}`: parts scaled so the rates add up to `total`.
    private mutating func ratioFeed(_ name: String, ratio: Node, total: Node?, at node: Node) -> [SubstrateUptake]? {
        guard let total else {
            problem(node, "mixture '\(name)' gives a ratio: it also needs total: (the summed uptake, mmol/gDW/h)")
            return nil
        }
        guard let parts = ratio.mapping, !parts.isEmpty else {
            problem(ratio, "ratio: maps substrates to parts, e.g. {glucose: 6, xylose: 3, arabinose: 1}")
            return nil
        }
        guard let sum = uptake(total, "\(name).total") else { return nil }
        var read: [(String, Double)] = []
        for (substrate, part) in parts {
            if let substrate = word(substrate, "a substrate name"), let part = uptake(part, "\(name).ratio.\(substrate)") {
                read.append((substrate, part))
            }
        }
        let whole = read.reduce(0) { $0 + $1.1 }
        guard read.count == parts.count, whole > 0 else { return nil }
        return read.map { SubstrateUptake($0.0, rate: $0.1 / whole * sum) }
    }

    /// A positive uptake rate (a closed substrate has no yield).
    private mutating func uptake(_ node: Node, _ name: String) -> Double? {
        guard let rate = number(node, name) else { return nil }
        return check(node, rate > 0, "\(name) is an uptake rate in mmol/gDW/h and must be positive") ? rate : nil
    }

    /// `given` resolved against the plan's folder, when it names a readable file; else a problem.
    private mutating func readableFile(_ given: String, at node: Node, folder: String) -> String? {
        let path = resolve(given, folder: folder)
        guard FileBytes.isFile(path) else {
            problem(node, "file \(given) does not exist (looked for \(path))")
            return nil
        }
        guard FileManager.default.isReadableFile(atPath: path) else {
            problem(node, "file \(given) is not readable")
            return nil
        }
        return path
    }

    private func resolve(_ path: String, folder: String) -> String {
        let expanded = (path as NSString).expandingTildeInPath
        return expanded.hasPrefix("/") ? expanded : URL(fileURLWithPath: folder).appendingPathComponent(expanded).standardized.path
    }
}
