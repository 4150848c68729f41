import Foundation

/// Paths to the models shipped in `models/` and other test resources.
enum TestModels {
    /// The repository root, found from this file's location.
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Support
        .deletingLastPathComponent()  // MetaCoreTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()

    /// The path of a shipped model, e.g. `path("e_coli_core.xml.gz")`.
    static func path(_ file: String) -> String {
        root.appendingPathComponent("models").appendingPathComponent(file).path
    }

    /// A fresh temporary directory for a test's output files.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("metadesign-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
