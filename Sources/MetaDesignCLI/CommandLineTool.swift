import ArgumentParser
import Foundation
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
        var arguments = Array(CommandLine.arguments.dropFirst())
        let requested = extractPluginPaths(from: &arguments)
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
    static func extractPluginPaths(from arguments: inout [String]) -> [String] {
        var paths: [String] = []
        var kept: [String] = []
        var index = arguments.startIndex
        while index < arguments.endIndex {
            let argument = arguments[index]
            if argument == "--" {
                kept += arguments[index...]
                break
            }
            if argument == "--plugin", index + 1 < arguments.endIndex {
                paths.append(arguments[index + 1])
                index += 2
                continue
            }
            if argument.hasPrefix("--plugin=") {
                paths.append(String(argument.dropFirst("--plugin=".count)))
            } else {
                kept.append(argument)
            }
            index += 1
        }
        arguments = kept
        return paths
    }
}
