/// The toolkit's version, reported by `metadesign --version` and recorded in outputs.
public enum MetaDesignVersion {
    /// Semantic version of this build.
    public static let string = "0.1.0"
}
