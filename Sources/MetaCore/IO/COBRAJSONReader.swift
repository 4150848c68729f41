/// Reads COBRA JSON models. (Being implemented.)
public enum COBRAJSONReader {
    /// Reads a COBRA JSON document from bytes; `file` names it in errors.
    public static func read(bytes: [UInt8], file: String) throws(ModelReadError) -> LoadedModel {
        throw ModelReadError(file: file, message: "JSON reading not implemented yet")
    }
}
