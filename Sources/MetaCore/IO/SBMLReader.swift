/// Reads SBML models. (Being implemented.)
public enum SBMLReader {
    /// Reads an SBML document from bytes; `file` names it in errors.
    public static func read(bytes: [UInt8], file: String) throws(ModelReadError) -> LoadedModel {
        throw ModelReadError(file: file, message: "SBML reading not implemented yet")
    }
}
