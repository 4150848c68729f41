import Foundation

/// Finds the model files metadesign ships in its `models/` folder.
///
/// Looked for, in order: the folder named by `METADESIGN_MODELS`; `models/` in the source
/// tree this module was built from; `models/` beside the build folder of the running
/// executable; `models/` in the current directory.
public enum ShippedModels {
    /// The folders searched, in order (existing or not).
    public static var searchFolders: [String] {
        var folders: [String] = []
        if let folder = ProcessInfo.processInfo.environment["METADESIGN_MODELS"], !folder.isEmpty {
            folders.append(folder)
        }
        // Sources/MetaPlugin/Chassis/ShippedModels.swift → the repository root.
        let source = URL(fileURLWithPath: #filePath)
        folders.append(root(of: source, levels: 4).appendingPathComponent("models").path)
        // .build/<triple>/<configuration>/metadesign → the package root.
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        folders.append(root(of: executable, levels: 4).appendingPathComponent("models").path)
        folders.append(FileManager.default.currentDirectoryPath + "/models")
        var seen = Set<String>()
        return folders.filter { seen.insert($0).inserted }
    }

    /// The path of the shipped model `file` (`iML1515.xml.gz`).
    ///
    /// - Throws: ``ChassisError/Kind/modelNotFound(file:searched:)`` naming every folder tried.
    public static func path(of file: String) throws(ChassisError) -> String {
        let folders = searchFolders
        for folder in folders {
            let candidate = (folder as NSString).appendingPathComponent(file)
            if FileManager.default.fileExists(atPath: candidate) { return candidate }
        }
        throw ChassisError(chassis: "", kind: .modelNotFound(file: file, searched: folders))
    }

    private static func root(of url: URL, levels: Int) -> URL {
        var url = url
        for _ in 0..<levels { url.deleteLastPathComponent() }
        return url
    }
}
