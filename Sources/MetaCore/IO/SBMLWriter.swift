/// Writes SBML models. (Being implemented.)
public enum SBMLWriter {
    /// Serialises `model` as SBML Level 3 Version 1 with FBC v2.
    public static func write(_ model: Model) -> [UInt8] { [] }
}
