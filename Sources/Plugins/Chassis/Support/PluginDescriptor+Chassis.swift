import MetaPlugin

extension PluginDescriptor {
    /// The descriptor of a built-in chassis plugin (kind `.chassis`, version 1.0.0 unless given).
    static func chassis(id: String, name: String, summary: String, version: String = "1.0.0") -> PluginDescriptor {
        PluginDescriptor(id: id, name: name, version: version, summary: summary, kind: .chassis)
    }
}
