/// Writes COBRA JSON models. (Being implemented.)
public enum COBRAJSONWriter {
    /// Serialises `model` as COBRA JSON.
    public static func write(_ model: Model) -> [UInt8] { [] }
}
