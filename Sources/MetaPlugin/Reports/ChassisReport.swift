/// The renderings of chassis for `chassis list` and `chassis show`.
public struct ChassisReport: Sendable {
    /// One chassis: its plugin descriptor and profile.
    public struct Entry: Sendable {
        /// The plugin's descriptor.
        public var descriptor: PluginDescriptor
        /// The chassis profile.
        public var profile: ChassisProfile

        /// An entry from a chassis plugin.
        public init(_ chassis: any ChassisPlugin) {
            descriptor = chassis.descriptor
            profile = chassis.profile
        }
    }

    /// The chassis listed.
    public var entries: [Entry]
    /// Organisms without a chassis, and why.
    public var unavailable: [(organism: String, reason: String)]

    /// A report of `chassis`, with the organisms that have none.
    public init(_ chassis: [any ChassisPlugin], unavailable: [(organism: String, reason: String)] = []) {
        entries = chassis.map(Entry.init)
        self.unavailable = unavailable
    }

    /// `chassis list` as a table, followed by the organisms without a chassis.
    public func table() -> String {
        var text = TextTable(
            headers: ["id", "organism", "model", "substrates", "aerations", "oxygen", "safety"],
            rows: entries.map { entry in
                let profile = entry.profile
                return [
                    entry.descriptor.id, profile.organism, profile.modelFile,
                    profile.substrates.map(\.name).joined(separator: ", "),
                    profile.aerations.map(\.aeration.rawValue).joined(separator: ", "),
                    profile.traits.oxygen.value.rawValue, profile.traits.safetyStatus.value,
                ]
            }
        ).rendered()
        if !text.hasSuffix("\n") { text += "\n" }
        for missing in unavailable {
            text += "not available: \(missing.organism): \(missing.reason)\n"
        }
        return text
    }

    /// `chassis list --format json`: an array of chassis objects (see ``json(of:)``); organisms
    /// without a chassis appear as objects with `"available": false` and a `reason`.
    public func json() -> JSONText {
        .array(entries.map(Self.json(of:)) + unavailable.map { missing in
            .object([("organism", .string(missing.organism)), ("available", .bool(false)), ("reason", .string(missing.reason))])
        })
    }

    /// CSV with header `id,organism,model,substrates,aerations` (lists joined by `;`).
    public func csv() -> String {
        var lines = ["id,organism,model,substrates,aerations"]
        for entry in entries {
            let profile = entry.profile
            lines.append([
                entry.descriptor.id, profile.organism, profile.modelFile,
                profile.substrates.map(\.name).joined(separator: ";"),
                profile.aerations.map(\.aeration.rawValue).joined(separator: ";"),
            ].map(csvField).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Everything about one chassis as JSON: `id`, `organism`, `model`, `substrates` (names),
    /// `aerations`, the key reactions, the default medium (`null`: the model file's own) and the
    /// bound changes made to the shipped model, substrate and aeration details, and cited traits —
    /// enough to set up the same bounds in another tool.
    public static func json(of entry: Entry) -> JSONText {
        let profile = entry.profile
        let traits = profile.traits
        return .object([
            ("id", .string(entry.descriptor.id)),
            ("name", .string(entry.descriptor.name)),
            ("version", .string(entry.descriptor.version)),
            ("organism", .string(profile.organism)),
            ("available", .bool(true)),
            ("model", .string(profile.modelFile)),
            ("model_reference", citation(profile.modelCitation)),
            ("substrates", .array(profile.substrates.map { .string($0.name) })),
            ("aerations", .array(profile.aerations.map { .string($0.aeration.rawValue) })),
            ("biomass_reaction", .string(profile.biomassReaction)),
            ("maintenance_reaction", profile.maintenanceReaction.map(JSONText.string) ?? .null),
            ("oxygen_exchange", .string(profile.oxygenExchange)),
            ("default_substrate", .string(profile.defaultSubstrate)),
            ("default_medium", profile.defaultMedium.map(json(of:)) ?? .null),
            ("model_bound_overrides", .array(profile.modelBoundOverrides.map(json(of:)))),
            ("substrate_exchanges", .object(profile.substrates.map { ($0.name, .string($0.exchange)) })),
            ("substrate_uptakes", .object(profile.substrates.map { ($0.name, .number($0.uptake)) })),
            ("aeration_conditions", .array(profile.aerations.map(json(of:)))),
            ("traits", .object([
                ("safety_status", cited(traits.safetyStatus.value, traits.safetyStatus.citation)),
                ("temperature_celsius", cited(range(traits.temperature.value), traits.temperature.citation)),
                ("ph", cited(range(traits.pH.value), traits.pH.citation)),
                ("oxygen", cited(traits.oxygen.value.rawValue, traits.oxygen.citation)),
                ("genetic_tools", cited(traits.geneticTools.value.rawValue, traits.geneticTools.citation)),
                ("notes", .array(traits.notes.map { cited($0.value, $0.citation) })),
            ])),
        ])
    }

    /// `chassis show` as text: the profile, substrates, aerations and cited traits.
    public static func text(of entry: Entry) -> String {
        let profile = entry.profile
        let traits = profile.traits
        var lines = [
            "\(entry.descriptor.id): \(entry.descriptor.name) (plugin \(entry.descriptor.version))",
            "organism:    \(profile.organism)",
            "model:       \(profile.modelFile) — \(profile.modelCitation.line)",
            "biomass:     \(profile.biomassReaction)",
            "maintenance: \(profile.maintenanceReaction ?? "none")",
            "oxygen:      \(profile.oxygenExchange)",
            "medium:      " + (profile.defaultMedium.map { "defined here, \($0.count) exchanges" } ?? "the model file's own"),
        ]
        if !profile.modelBoundOverrides.isEmpty {
            lines.append("model fixes: " + profile.modelBoundOverrides.map(boundText).joined(separator: ", "))
        }
        lines.append("")
        lines.append(TextTable(
            headers: ["substrate", "exchange", "uptake (mmol/gDW/h)"],
            rows: profile.substrates.map { [$0.name + ($0.name == profile.defaultSubstrate ? " (default)" : ""), $0.exchange, formatFlux($0.uptake)] },
            rightAligned: [2]
        ).rendered())
        lines.append(TextTable(
            headers: ["aeration", "O2 uptake", "supplements and bound changes", "note"],
            rows: profile.aerations.map { condition in
                [condition.aeration.rawValue, formatFlux(condition.oxygenUptake),
                 (condition.supplements.keys.sorted() + condition.boundOverrides.map(boundText)).joined(separator: ", "),
                 condition.note ?? ""]
            }
        ).rendered())
        lines.append("traits:")
        lines.append("  safety:        \(traits.safetyStatus.value) [\(traits.safetyStatus.citation.line)]")
        lines.append("  temperature:   \(rangeText(traits.temperature.value)) °C [\(traits.temperature.citation.line)]")
        lines.append("  pH:            \(rangeText(traits.pH.value)) [\(traits.pH.citation.line)]")
        lines.append("  oxygen:        \(traits.oxygen.value.rawValue) [\(traits.oxygen.citation.line)]")
        lines.append("  genetic tools: \(traits.geneticTools.value.rawValue) [\(traits.geneticTools.citation.line)]")
        for note in traits.notes { lines.append("  note:          \(note.value) [\(note.citation.line)]") }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func json(of condition: AerationCondition) -> JSONText {
        .object([
            ("aeration", .string(condition.aeration.rawValue)),
            ("oxygen_uptake", .number(condition.oxygenUptake)),
            ("supplements", .object(condition.supplements.sorted { $0.key < $1.key }.map { ($0.key, .number($0.value)) })),
            ("bound_overrides", .array(condition.boundOverrides.map(json(of:)))),
            ("note", condition.note.map(JSONText.string) ?? .null),
        ])
    }

    private static func json(of medium: Medium) -> JSONText {
        .object(medium.uptakes.map { ($0.key, .number($0.value)) })
    }

    private static func json(of override: BoundOverride) -> JSONText {
        .object([
            ("reaction", .string(override.reaction)), ("lower", .number(override.lower)),
            ("upper", .number(override.upper)),
        ])
    }

    private static func citation(_ citation: Citation) -> JSONText {
        .object([
            ("text", .string(citation.text)), ("doi", citation.doi.map(JSONText.string) ?? .null),
            ("url", citation.url.map(JSONText.string) ?? .null),
        ])
    }

    private static func cited(_ value: String, _ source: Citation) -> JSONText {
        .object([("value", .string(value)), ("reference", citation(source))])
    }

    private static func cited(_ value: JSONText, _ source: Citation) -> JSONText {
        .object([("value", value), ("reference", citation(source))])
    }

    private static func range(_ range: ClosedRange<Double>) -> JSONText {
        .array([.number(range.lowerBound), .number(range.upperBound)])
    }

    private static func boundText(_ override: BoundOverride) -> String {
        "\(override.reaction)=\(formatFlux(override.lower)):\(formatFlux(override.upper))"
    }

    private static func rangeText(_ range: ClosedRange<Double>) -> String {
        "\(formatFlux(range.lowerBound))–\(formatFlux(range.upperBound))"
    }
}
