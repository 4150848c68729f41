/// The three families of plugins metadesign knows.
public enum PluginKind: String, Sendable, Hashable, CaseIterable, Codable {
    /// A production host: organism model, medium, substrates, aeration and traits.
    case chassis
    /// A source of heterologous pathways to products.
    case pathway
    /// A scorer of pathways and their enzymes (protein cost, thermodynamics, host fit, …).
    case scorer
}
