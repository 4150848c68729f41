import Foundation
import MetaPlugin

/// The curated routes shipped with metadesign: every `Library/*.yaml` of this module, with
/// `Library/metabolites.yaml` as the shared table of common metabolites (see ``PathwayLibrary``
/// for the seed-file rule).
///
/// The files are read once per process, on first use, and then shared by every thread.
public struct BuiltinPathwayLibrary: PathwayProvider {
    /// The plugin, ready to register.
    public init() {}

    /// `pathway-library`.
    public let descriptor = PluginDescriptor(
        id: "pathway-library", name: "Built-in pathway library", version: "1.0.0",
        summary: "Literature routes to the target products, each with references, checked for balance and free lunches.",
        kind: .pathway)

    /// The library's routes, in file-name order.
    public func pathways() throws -> [Pathway] { try Self.library.get().pathways }

    /// The shared table of common metabolites.
    public func metaboliteTable() throws -> MetaboliteTable { try Self.library.get().table }

    /// The `Library` folder inside this module's resource bundle.
    public static var folder: String? { Bundle.module.url(forResource: "Library", withExtension: nil)?.path }

    private static let library = Result { () throws(PathwayFileError) -> PathwayLibrary in
        guard let folder else { throw PathwayFileError(file: "Library", line: nil, message: "the pathway library is missing from the PathwayPlugins resources") }
        return try PathwayLibrary.read(folder: folder)
    }
}
