import Foundation
import MetaPlugin
import XCTest

final class PluginLibraryTests: XCTestCase {
    /// Every library of a search-path folder, in name order, but not the plugin API library
    /// SwiftPM builds beside each plugin; missing folders are skipped.
    func testSearchPathListsLibrariesButNotThePluginAPI() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("plugin-path-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        let ext = PluginLibrary.libraryExtension
        for name in ["libB.\(ext)", "libA.\(ext)", PluginLibrary.apiLibraryName, "notes.txt"] {
            try Data().write(to: folder.appendingPathComponent(name))
        }
        let found = PluginLibrary.libraries(inSearchPath: "/nonexistent/plugins:" + folder.path)
        XCTAssertEqual(found, ["libA.\(ext)", "libB.\(ext)"].map { folder.appendingPathComponent($0).path })
    }

    func testMissingFileIsATypedError() {
        XCTAssertThrowsError(try PluginLibrary.load(path: "/nonexistent/libX.so")) { error in
            XCTAssertEqual(error as? PluginLoadError, PluginLoadError(path: "/nonexistent/libX.so", kind: .fileNotFound))
        }
    }
}
