import ArgumentParser
import Foundation
import MetaCore
import MetaPlugin

/// The `metadesign` command-line tool, callable from any host executable.
///
/// The shipped `metadesign` binary calls `CommandLineTool.main()`. A custom host that compiles
/// extra plugins in calls `CommandLineTool.main(linking: [MyChassis()])`.
public enum CommandLineTool {
    /// Runs the tool on the process arguments and exits.
    ///
    /// `--plugin PATH` (anywhere, repeatable) and the folders in `METADESIGN_PLUGIN_PATH` name
    /// plugin libraries to load before the command runs; `linking` adds compiled-in plugins.
    public static func main(linking plugins: [any Plugin] = []) -> Never {
        // Tune the allocator for thousands of LP solves and for reading large models.
        GLPKSolver.keepFreedMemoryForReuse()
        ProcessMemory.preferHugePages()
        var arguments = Array(CommandLine.arguments.dropFirst())
        let requested: [String]
        do {
            requested = try extractPluginPaths(from: &arguments)
        } catch {
            // A usage error, reported the way swift-argument-parser reports the others.
            printError("Error: \(error.message)")
            exit(ExitCode.validationFailure.rawValue)
        }
        let fromSearchPath = ProcessInfo.processInfo.environment["METADESIGN_PLUGIN_PATH"]
            .map(PluginLibrary.libraries(inSearchPath:)) ?? []
        do {
            try PluginHost.install(linked: plugins, libraries: fromSearchPath + requested)
        } catch {
            printError("error: \(error)")
            exit(1)
        }
        MetaDesignCommand.main(arguments)
        exit(0)
    }

    /// Removes `--plugin PATH` and `--plugin=PATH` from `arguments` and returns the paths.
    ///
    /// - Throws: a `ValidationError` when `--plugin` has no path after it.
    static func extractPluginPaths(from arguments: inout [String]) throws(ValidationError) -> [String] {
        var paths: [String] = []
        var kept: [String] = []
        var index = arguments.startIndex
        while index < arguments.endIndex {
            let argument = arguments[index]
            if argument == "--" {
                kept += arguments[index...]
                break
            }
            if argument == "--plugin" {
                guard index + 1 < arguments.endIndex, !arguments[index + 1].isEmpty else { throw missingPath }
                paths.append(arguments[index + 1])
                index += 2
                continue
            }
            if argument.hasPrefix("--plugin=") {
                let path = String(argument.dropFirst("--plugin=".count))
                guard !path.isEmpty else { throw missingPath }
                paths.append(path)
            } else {
                kept.append(argument)
            }
            index += 1
        }
        arguments = kept
        return paths
    }

    private static let missingPath = ValidationError(
        "--plugin needs the path of a plugin library, e.g. --plugin .build/debug/libMyPlugin.\(PluginLibrary.libraryExtension)")
}
