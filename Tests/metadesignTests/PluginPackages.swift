import Foundation
import Synchronization
import XCTest

/// Builds the plugin packages the end-to-end plugin tests load, each at most once per test run.
///
/// Every package depends on this checkout, so building one compiles metadesign again (a minute
/// or more on two cores). All of them share one scratch folder, `.build/plugin-packages`: the
/// first build compiles metadesign, later packages only compile their own module and link.
/// The folder survives between runs, so reruns are incremental.
///
/// These builds only happen when `METADESIGN_PACKAGE_TESTS=1` (`scripts/test.sh` sets it);
/// a plain `swift test` skips the tests that need them.
enum PluginPackages {
    /// The environment variable that turns on the package-building tests.
    static let switchVariable = "METADESIGN_PACKAGE_TESTS"

    /// The scratch folder all plugin packages build into.
    static let scratch = CLIRunner.root.appendingPathComponent(".build/plugin-packages")

    /// The folder built products land in.
    static var products: URL { scratch.appendingPathComponent("debug") }

    /// Skips the calling test unless package-building tests are switched on.
    static func requireSwitch() throws {
        guard ProcessInfo.processInfo.environment[switchVariable] == "1" else {
            throw XCTSkip("builds Swift packages (minutes): run scripts/test.sh or set \(switchVariable)=1")
        }
    }

    private static let builtPackages = Mutex<[String: Result<Void, BuildFailure>]>([:])

    /// Builds the package at `path` (all products and its tests), unless this run already did.
    ///
    /// - Throws: ``BuildFailure`` with the build log; the same failure again on later calls.
    static func build(_ path: URL) throws {
        try requireSwitch()
        try builtPackages.withLock { built in
            if let result = built[path.path] { return try result.get() }
            let outcome = try swift(["build", "--package-path", path.path, "--scratch-path", scratch.path, "--build-tests"])
            let result: Result<Void, BuildFailure> = outcome.exitCode == 0
                ? .success(()) : .failure(BuildFailure(package: path.path, log: outcome.stdout + outcome.stderr))
            built[path.path] = result
            try result.get()
        }
    }

    /// Runs the already-built tests of the package at `path`.
    static func test(_ path: URL) throws -> CLIRunner.Outcome {
        try swift(["test", "--package-path", path.path, "--scratch-path", scratch.path, "--skip-build"])
    }

    /// The Examples/HelloPlugin package, built.
    static func helloPlugin() throws -> URL {
        let package = CLIRunner.root.appendingPathComponent("Examples/HelloPlugin")
        try build(package)
        return package
    }

    /// The path of a built library product (`HelloPlugin` → `.../libHelloPlugin.so`).
    static func library(_ product: String) -> URL {
        #if os(macOS)
        products.appendingPathComponent("lib\(product).dylib")
        #else
        products.appendingPathComponent("lib\(product).so")
        #endif
    }

    /// Runs `swift` with `arguments`.
    static func swift(_ arguments: [String]) throws -> CLIRunner.Outcome {
        try CLIRunner.run(URL(fileURLWithPath: "/usr/bin/env"), ["swift"] + arguments)
    }
}

/// A package that did not build, with the build's output.
struct BuildFailure: Error, CustomStringConvertible {
    /// The package's folder.
    var package: String
    /// What `swift build` printed.
    var log: String

    var description: String { "swift build failed for \(package):\n\(log)" }
}
