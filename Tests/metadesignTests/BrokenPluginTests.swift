import Foundation
import MetaPlugin
import XCTest

/// A library that is not a good plugin must give a one-line error naming it (quoting the
/// dynamic loader where it has something to say) and exit status 1, never a crash.
///
/// The broken libraries are tiny C shared libraries compiled here, so these tests need no
/// Swift package build and always run.
final class BrokenPluginTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws {
        directory = try temporaryFolder("metadesign-plugins")
    }

    /// Compiles `source` into a shared library called `name` and returns its path.
    private func sharedLibrary(_ name: String, _ source: String) throws -> String {
        let compiler = try XCTUnwrap(
            ["cc", "clang", "gcc"].lazy.compactMap(Self.executableInPath).first, "no C compiler (cc, clang, gcc) in PATH")
        let sourceFile = directory.appendingPathComponent(name + ".c")
        try Data(source.utf8).write(to: sourceFile)
        let library = directory.appendingPathComponent(name)
        let outcome = try CLIRunner.run(compiler, ["-shared", "-fPIC", "-o", library.path, sourceFile.path])
        XCTAssertEqual(outcome.exitCode, 0, "cannot compile \(name): \(outcome.stderr)")
        return library.path
    }

    private static func executableInPath(_ name: String) -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { URL(fileURLWithPath: String($0)).appendingPathComponent(name) }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// Asserts that loading `library` fails cleanly with one line on stderr containing `needles`.
    private func assertRefused(_ library: String, mentions needles: [String], file: StaticString = #filePath, line: UInt = #line) throws {
        for arguments in [["--plugin", library, "plugins", "list"], ["fba", "--chassis", "ecoli", "--plugin=\(library)"]] {
            let outcome = try CLIRunner.run(arguments)
            XCTAssertFalse(outcome.crashedBySignal, "crashed: \(outcome.stderr)", file: file, line: line)
            XCTAssertEqual(outcome.exitCode, 1, "\(arguments): \(outcome.stderr)", file: file, line: line)
            XCTAssertEqual(outcome.stdout, "", file: file, line: line)
            let message = outcome.stderr.trimmingCharacters(in: .whitespacesAndNewlines)
            XCTAssertFalse(message.contains("\n"), "more than one line: \(message)", file: file, line: line)
            for needle in [library] + needles {
                XCTAssertTrue(message.contains(needle), "'\(message)' should mention '\(needle)'", file: file, line: line)
            }
        }
    }

    func testNonexistentPath() throws {
        try assertRefused(directory.appendingPathComponent("libMissing.so").path, mentions: ["no such file"])
    }

    func testTextFileNamedLikeALibrary() throws {
        let path = directory.appendingPathComponent("libNotALibrary.so")
        try Data("this is not a shared library\n".utf8).write(to: path)
        // dlopen's own words vary by platform ("invalid ELF header", "file too short", …); the prefix is ours.
        try assertRefused(path.path, mentions: ["cannot load: "])
    }

    func testLibraryWithoutEntryPoints() throws {
        let library = try sharedLibrary("libNoSymbols.so", "int unrelated_function(void) { return 42; }\n")
        var needles = ["no 'metadesign_plugin_abi_version' entry point"]
        #if os(Linux)
        needles.append("undefined symbol: metadesign_plugin_abi_version")  // dlerror()'s text
        #endif
        try assertRefused(library, mentions: needles)
    }

    func testWrongABIVersion() throws {
        let library = try sharedLibrary(
            "libFutureABI.so", "unsigned int metadesign_plugin_abi_version(void) { return 999; }\n")
        try assertRefused(library, mentions: ["built for plugin ABI 999", "speaks ABI \(PluginABI.version)", "rebuild the plugin"])
    }

    func testRightABIButNoRegisterFunction() throws {
        let library = try sharedLibrary(
            "libNoRegister.so", "unsigned int metadesign_plugin_abi_version(void) { return \(PluginABI.version); }\n")
        try assertRefused(library, mentions: ["no 'metadesign_plugin_register' entry point"])
    }

    func testEntryPointThatRegistersNothing() throws {
        let library = try sharedLibrary("libEmpty.so", """
            unsigned int metadesign_plugin_abi_version(void) { return \(PluginABI.version); }
            void metadesign_plugin_register(void *registrar) { (void)registrar; }

            """)
        try assertRefused(library, mentions: ["registered no plugins"])
    }

    /// A broken library in a METADESIGN_PLUGIN_PATH folder is refused just the same.
    func testBrokenLibraryInSearchPath() throws {
        let library = try sharedLibrary("libNoSymbols.so", "int unrelated_function(void) { return 42; }\n")
        let outcome = try CLIRunner.run(["plugins", "list"], environment: ["METADESIGN_PLUGIN_PATH": directory.path])
        XCTAssertEqual(outcome.exitCode, 1, outcome.stderr)
        XCTAssertTrue(outcome.stderr.contains("plugin \(library): not a metadesign plugin"), outcome.stderr)
    }

    /// `--plugin` at the end of the line, with no path, is a usage error, not a crash.
    func testPluginOptionWithoutPath() throws {
        let outcome = try CLIRunner.run(["plugins", "list", "--plugin"])
        XCTAssertFalse(outcome.crashedBySignal)
        XCTAssertNotEqual(outcome.exitCode, 0)
        XCTAssertTrue(outcome.stderr.contains("--plugin needs the path of a plugin library"), outcome.stderr)
    }
}
