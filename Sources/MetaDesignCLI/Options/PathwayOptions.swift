import ArgumentParser
import Foundation
import MetaPlugin

/// Which pathways a `pathway` command works on: ids from the built-in library (and any loaded
/// pathway plugins), or the routes in pathway files.
struct PathwayOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("A pathway id (repeatable): from the --pathway-file files, else the library.", valueName: "ID"))
    var pathway: [String] = []

    @Option(name: .customLong("pathway-file"), help: ArgumentHelp("A pathway file (YAML, see docs/PathwayFiles.md; repeatable).", valueName: "FILE"))
    var pathwayFile: [String] = []

    /// The named pathways, or every route of the files (of the library when no file is given).
    func selected() throws -> [ProvidedPathway] {
        var fromFiles: [ProvidedPathway] = []
        for path in pathwayFile {
            fromFiles += try PathwayFileReader.read(path: path).pathways.map { ProvidedPathway(provider: path, pathway: $0) }
        }
        let pool = { () throws -> [ProvidedPathway] in fromFiles + (try PluginHost.registry.allPathways()) }
        guard !pathway.isEmpty else { return pathwayFile.isEmpty ? try pool() : fromFiles }
        let available = try pool()
        return try pathway.map { id in
            guard let found = available.first(where: { $0.pathway.id == id }) else {
                throw ValidationError("no pathway '\(id)'; see `metadesign pathway list`"
                                      + (pathwayFile.isEmpty ? "" : " (or the routes of \(pathwayFile.joined(separator: ", ")))"))
            }
            return found
        }
    }

    /// Exactly one pathway: the one named, or the only route of the one file given.
    func single() throws -> Pathway {
        let chosen = try selected()
        guard chosen.count == 1, let only = chosen.first else {
            let ids = chosen.map(\.pathway.id).joined(separator: ", ")
            throw ValidationError(chosen.isEmpty
                ? "name a pathway with --pathway ID or --pathway-file FILE"
                : "choose one pathway with --pathway ID (found: \(ids))")
        }
        return only.pathway
    }

    /// The shared metabolite table of the pathway providers.
    func table() throws -> MetaboliteTable { try PluginHost.registry.metaboliteTable() }
}
