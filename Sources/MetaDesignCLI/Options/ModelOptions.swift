import ArgumentParser
import Foundation
import MetaCore
import MetaPlugin

/// The model a command works on: a model file, or a chassis plugin's model set up for a
/// substrate and an aeration.
struct ModelOptions: ParsableArguments {
    @Argument(help: "Model file: SBML (.xml, .sbml) or COBRA JSON (.json), optionally gzipped. Omit with --chassis.")
    var model: String?

    @Option(name: .long, help: ArgumentHelp("Use this chassis' model instead of a file (see `metadesign chassis list`).", valueName: "ID"))
    var chassis: String?

    @Option(name: .long, help: ArgumentHelp(
        "Carbon source (repeatable; a mixture when repeated): a chassis substrate name with an optional uptake rate (glucose, xylose=5), or an exchange id.",
        valueName: "S[=RATE]"))
    var substrate: [String] = []

    @Option(name: .long, help: ArgumentHelp("Aeration with --chassis: aerobic, microaerobic or anaerobic (default: the chassis' first, usually aerobic).", valueName: "A"))
    var aeration: Aeration?

    @Flag(name: .long, help: "Print the reader's warnings about the model to stderr.")
    var warnings = false

    func validate() throws {
        switch (model, chassis) {
        case (nil, nil): throw ValidationError("give a MODEL file or --chassis ID")
        case (.some, .some): throw ValidationError("give either a MODEL file or --chassis, not both")
        default: break
        }
        if chassis == nil, aeration != nil {
            throw ValidationError("--aeration needs --chassis; with a model file set the oxygen bound, e.g. --bound EX_o2_e=0:1000")
        }
        for entry in substrate where parseSubstrate(entry) == nil {
            throw ValidationError("--substrate '\(entry)' is not NAME or NAME=RATE with a rate ≥ 0")
        }
    }

    /// What the model is, for messages: the file path or `chassis ID`.
    var source: String { model ?? "chassis \(chassis ?? "")" }

    /// Reads the model file, or builds the chassis model for the substrates and aeration given.
    func load() throws -> LoadedModel {
        if let chassis {
            let plugin = try PluginHost.registry.chassis(id: chassis)
            let condition = ChassisCondition(
                substrates: try chassisSubstrates(of: plugin).map { SubstrateUptake($0.substrate.name, rate: $0.rate) },
                // Without --aeration, the chassis' natural condition: aerobic for most, anaerobic for lactic acid bacteria.
                aeration: aeration ?? plugin.profile.naturalAeration)
            return LoadedModel(model: try plugin.model(for: condition), warnings: [])
        }
        let path = model ?? ""
        let loaded = try ModelIO.read(path: path)
        if warnings {
            for warning in loaded.warnings { printError("warning: \(path): \(warning)") }
        }
        return loaded
    }

    /// The exchange reactions of the `--substrate` values: chassis names resolved, exchange ids as given.
    /// With a chassis and no `--substrate`, its default substrate.
    func substrateExchanges() throws -> [String] {
        guard let chassis else { return substrate.compactMap { parseSubstrate($0)?.name } }
        let plugin = try PluginHost.registry.chassis(id: chassis)
        let resolved = try chassisSubstrates(of: plugin)
        if resolved.isEmpty {
            return [plugin.profile.substrate(named: plugin.profile.defaultSubstrate)?.exchange].compactMap { $0 }
        }
        return resolved.map(\.substrate.exchange)
    }

    private func chassisSubstrates(of plugin: any ChassisPlugin) throws -> [(substrate: Substrate, rate: Double?)] {
        let profile = plugin.profile
        return try substrate.compactMap(parseSubstrate).map { entry in
            let match = profile.substrate(named: entry.name) ?? profile.substrates.first { $0.exchange == entry.name }
            guard let match else {
                throw ChassisError(
                    chassis: plugin.id, kind: .unknownSubstrate(entry.name, available: profile.substrates.map(\.name)))
            }
            return (match, entry.rate)
        }
    }

    private func parseSubstrate(_ text: String) -> (name: String, rate: Double?)? {
        let parts = text.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
        guard let name = parts.first, !name.isEmpty else { return nil }
        guard parts.count == 2 else { return (name, nil) }
        guard let rate = Double(parts[1]), rate >= 0, rate.isFinite else { return nil }
        return (name, rate)
    }
}

extension Aeration: ExpressibleByArgument {}

/// Prints a line to standard error.
func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}

extension Duration {
    /// The duration in seconds, as a floating-point number.
    var seconds: Double {
        let (whole, fraction) = components
        return Double(whole) + Double(fraction) / 1e18
    }
}
