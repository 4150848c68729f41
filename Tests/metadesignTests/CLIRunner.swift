import Foundation
import XCTest

/// Runs the built `metadesign` binary, as a user would from the shell.
enum CLIRunner {
    /// The repository root, found from this file's location.
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// What one run produced.
    struct Outcome {
        var exitCode: Int32
        var crashedBySignal: Bool
        var stdout: String
        var stderr: String
    }

    /// The built executable next to the test bundle (debug or release, whichever `swift test` built).
    static func executable() throws -> URL {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
            Bundle.main.bundleURL,
            Bundle.main.bundleURL.deletingLastPathComponent(),
            root.appendingPathComponent(".build/debug"),
        ]
        for directory in candidates {
            let url = directory.appendingPathComponent("metadesign")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        throw XCTSkip("metadesign binary not built: run `swift build` first")
    }

    /// Runs `metadesign` with `arguments` from the repository root and waits for it.
    ///
    /// - Parameter environment: variables set for this run on top of the test's own environment.
    static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> Outcome {
        try run(executable(), arguments, environment: environment)
    }

    /// Runs `executable` with `arguments` from the repository root and waits for it.
    static func run(_ executable: URL, _ arguments: [String], environment: [String: String] = [:]) throws -> Outcome {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = root
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read both pipes before waiting, so a large output cannot block the child.
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(
            exitCode: process.terminationStatus,
            crashedBySignal: process.terminationReason == .uncaughtSignal,
            stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }

    /// The path of a file under `Tests/Fixtures`.
    static func fixture(_ name: String) -> String {
        root.appendingPathComponent("Tests/Fixtures").appendingPathComponent(name).path
    }

    /// The path of a shipped model.
    static func model(_ name: String) -> String {
        root.appendingPathComponent("models").appendingPathComponent(name).path
    }
}
