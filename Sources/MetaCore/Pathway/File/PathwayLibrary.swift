import Foundation

/// A folder of pathway files and the shared metabolite table, read as one library.
///
/// Every `*.yaml` (or `*.yml`) file is a pathway file, except `metabolites.yaml`, which is the
/// shared ``MetaboliteTable``. Files whose name starts with `_seed_` are fallbacks: their
/// routes are used only where no regular file defines a route with the same id (and
/// `_seed_metabolites.yaml` only where `metabolites.yaml` lacks an entry), so a curated file
/// replaces a seed without anyone deleting it first. Routes come in file-name order.
public struct PathwayLibrary: Sendable, Hashable {
    /// The pathway files read, in file-name order (seeds included).
    public var files: [PathwayFile]
    /// The routes: those of regular files, then the seed routes no regular file overrides.
    public var pathways: [Pathway]
    /// The shared table of common metabolites.
    public var table: MetaboliteTable

    /// A library from its parts.
    public init(files: [PathwayFile], pathways: [Pathway], table: MetaboliteTable) {
        self.files = files
        self.pathways = pathways
        self.table = table
    }

    /// The prefix of fallback files.
    public static let seedPrefix = "_seed_"
    /// The file name of the shared metabolite table.
    public static let tableFile = "metabolites.yaml"

    /// Reads every pathway file and the table in `folder`.
    ///
    /// - Throws: ``PathwayFileError`` for any file that does not read, or a route id that two
    ///   regular files (or two seed files) both define.
    public static func read(folder: String) throws(PathwayFileError) -> PathwayLibrary {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder)
                .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
        } catch {
            throw PathwayFileError(file: folder, line: nil, message: "cannot list the pathway library: \(error.localizedDescription)")
        }
        func path(_ name: String) -> String { (folder as NSString).appendingPathComponent(name) }
        var table = MetaboliteTable()
        for name in [seedPrefix + tableFile, tableFile] where names.contains(name) {
            table = table.merging(try MetaboliteTable.read(path: path(name)))
        }
        var files: [PathwayFile] = []
        var regular: [Pathway] = []
        var seeds: [Pathway] = []
        var origin: [String: String] = [:]
        for name in names where name != tableFile && name != seedPrefix + tableFile {
            let file = try PathwayFileReader.read(path: path(name))
            files.append(file)
            let isSeed = name.hasPrefix(seedPrefix)
            for pathway in file.pathways {
                let key = (isSeed ? "seed:" : "") + pathway.id
                if let first = origin[key] {
                    throw PathwayFileError(file: file.path, line: nil,
                                           message: "pathway id '\(pathway.id)' is also defined in \(first); ids must be unique across the library")
                }
                origin[key] = name
                if isSeed { seeds.append(pathway) } else { regular.append(pathway) }
            }
        }
        let overridden = Set(regular.map(\.id))
        return PathwayLibrary(files: files, pathways: regular + seeds.filter { !overridden.contains($0.id) }, table: table)
    }
}
