/// The file formats metadesign reads and writes.
public enum ModelFormat: String, Sendable, CaseIterable {
    /// SBML (Level 2 COBRA style or Level 3 with FBC); written as Level 3 Version 1 FBC v2.
    case sbml
    /// COBRA JSON, as written by COBRApy, BiGG and Escher.
    case json

    /// The format a path's extension names (`.xml`, `.sbml`, `.json`, optionally followed by `.gz`).
    public init?(path: String) {
        var name = path.lowercased()
        if name.hasSuffix(".gz") { name.removeLast(3) }
        if name.hasSuffix(".xml") || name.hasSuffix(".sbml") {
            self = .sbml
        } else if name.hasSuffix(".json") {
            self = .json
        } else {
            return nil
        }
    }

    /// The format of file contents, judged by the first non-blank byte: `<` is XML, `{` is JSON.
    public init?(sniffing bytes: [UInt8]) {
        var index = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }  // UTF-8 byte-order mark
        while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
        guard index < bytes.count else { return nil }
        switch bytes[index] {
        case UInt8(ascii: "<"): self = .sbml
        case UInt8(ascii: "{"): self = .json
        default: return nil
        }
    }
}

/// A model read from a file, with the non-fatal remarks the reader made about it.
public struct LoadedModel: Sendable {
    /// The model.
    public var model: Model
    /// Things the reader tolerated or repaired, one sentence each (e.g. a gene id that is not a valid SBML SId).
    public var warnings: [String]

    /// Creates a result.
    public init(model: Model, warnings: [String] = []) {
        self.model = model
        self.warnings = warnings
    }
}

/// Reads and writes models in any supported format.
public enum ModelIO {
    /// Reads the model at `path`: SBML or COBRA JSON, gzipped or not, judged by content.
    ///
    /// - Throws: `ModelReadError` naming the file (and line, where there is one).
    public static func read(path: String) throws(ModelReadError) -> LoadedModel {
        let bytes = try FileBytes.read(path: path)
        if bytes.isEmpty { throw ModelReadError(file: path, message: "file is empty") }
        switch ModelFormat(sniffing: bytes) {
        case .sbml: return try SBMLReader.read(bytes: bytes, file: path)
        case .json: return try COBRAJSONReader.read(bytes: bytes, file: path)
        case nil:
            throw ModelReadError(file: path, line: 1, message: "neither SBML (XML) nor COBRA JSON: the file does not start with '<' or '{'")
        }
    }

    /// Writes `model` to `path` atomically in the format its extension names (`.gz` compresses).
    ///
    /// - Throws: `ModelWriteError` for an unknown extension or an unwritable path.
    public static func write(_ model: Model, to path: String) throws(ModelWriteError) {
        guard let format = ModelFormat(path: path) else {
            throw ModelWriteError(file: path, message: "unknown extension: use .xml, .sbml or .json (optionally .gz)")
        }
        let bytes: [UInt8]
        switch format {
        case .sbml: bytes = SBMLWriter.write(model)
        case .json: bytes = COBRAJSONWriter.write(model)
        }
        try FileBytes.writeAtomically(bytes, to: path)
    }
}
