/// The `plugins list` rendering of a registry.
public struct PluginListReport: Sendable {
    /// The plugins listed, in registry order.
    public var plugins: [PluginDescriptor]

    /// A report of `plugins`.
    public init(_ plugins: [PluginDescriptor]) { self.plugins = plugins }

    /// One row per plugin: id, kind, version, name, summary.
    public func table() -> String {
        TextTable(
            headers: ["id", "kind", "version", "name", "summary"],
            rows: plugins.map { [$0.id, $0.kind.rawValue, $0.version, $0.name, $0.summary] }
        ).rendered() + "\n"
    }

    /// An array of `{id, kind, version, name, summary}` objects.
    public func json() -> JSONText {
        .array(plugins.map { plugin in
            .object([
                ("id", .string(plugin.id)), ("kind", .string(plugin.kind.rawValue)),
                ("version", .string(plugin.version)), ("name", .string(plugin.name)),
                ("summary", .string(plugin.summary)),
            ])
        })
    }

    /// CSV with header `id,kind,version,name,summary`.
    public func csv() -> String {
        var lines = ["id,kind,version,name,summary"]
        for plugin in plugins {
            lines.append([plugin.id, plugin.kind.rawValue, plugin.version, plugin.name, plugin.summary]
                .map(csvField).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
