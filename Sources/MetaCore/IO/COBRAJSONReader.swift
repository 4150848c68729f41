/// Reads COBRA JSON models as written by COBRApy (`save_json_model`), BiGG and Escher.
///
/// Follows COBRApy 0.32's reading rules, with these choices where `Model` is stricter
/// or holds less than COBRApy:
/// - note values that are lists (BiGG writes each note as one) are joined with `"; "`;
///   a model's `notes` given as a bare string is kept under the key `text`;
/// - a metabolite without a compartment is put in compartment `unassigned`, and a
///   compartment used but not declared is added; both are reported in `warnings`;
/// - a charge written as an integral float (`-4.0`) is read as an integer; a fractional
///   one is dropped with a warning;
/// - gene notes and model-level annotations are not kept;
/// - bounds may be numbers or strings Python's `float()` accepts (`"inf"`, `"-inf"`),
///   and the literals `Infinity`/`NaN` that Python's `json` allows are understood.
///
/// Every error names the file and the line of the offending value.
public enum COBRAJSONReader {
    /// Reads a COBRA JSON document from bytes; `file` names it in errors.
    ///
    /// - Throws: `ModelReadError` with the line of the syntax error or of the value
    ///   that makes the model invalid (unknown metabolite, bad bound, duplicate id…).
    public static func read(bytes: [UInt8], file: String) throws(ModelReadError) -> LoadedModel {
        let root: JSONNode
        do {
            root = try JSONParser.parse(bytes)
        } catch {
            throw ModelReadError(file: file, line: error.line, message: "invalid JSON: \(error.message)")
        }
        var decoder = COBRAJSONDecoder(file: file)
        let model = try decoder.decodeModel(root)
        return LoadedModel(model: model, warnings: decoder.warnings)
    }
}
