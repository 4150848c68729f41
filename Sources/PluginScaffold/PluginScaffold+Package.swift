import MetaPlugin

extension PluginScaffold {
    /// `Package.swift`: the plugin as a dynamic library against the metadesign checkout.
    var packageManifest: String {
        #"""
        // swift-tools-version: 6.0
        import PackageDescription

        let package = Package(
            name: "\#(name)",
            platforms: [.macOS(.v15)],
            products: [
                // The plugin as a shared library (lib\#(name).so): load it with `metadesign --plugin`.
                .library(name: "\#(name)", type: .dynamic, targets: ["\#(name)"]),
            ],
            dependencies: [
                // The metadesign checkout this plugin is built against. Host and plugin must be built
                // from the same metadesign sources with the same Swift toolchain.
                .package(name: "metadesign", path: \#(swiftLiteral(metadesignRoot))),
            ],
            targets: [
                .target(
                    name: "\#(name)",
                    dependencies: [.product(name: "MetaPlugin", package: "metadesign")]
                ),
                .testTarget(
                    name: "\#(name)Tests",
                    dependencies: ["\#(name)"]
                ),
            ],
            swiftLanguageModes: [.v6]
        )

        """#
    }

    /// `README.md`: what the package is and the commands to test, build and load it.
    var readme: String {
        let library = "lib\(name).\(PluginLibrary.libraryExtension)"
        return """
            # \(name)

            A metadesign \(kind.rawValue) plugin (id `\(pluginID)`), made by `metadesign plugin new`.
            The plugin is `\(typeName)` in `Sources/\(name)/\(typeName).swift`; edit it, then:

            ```sh
            swift test                                  # the conformance checks (PluginConformance.check)
            swift build --product \(name)              # builds .build/debug/\(library)
            metadesign --plugin .build/debug/\(library) plugins list
            ```

            To load it on every run, put the folder in `METADESIGN_PLUGIN_PATH`:

            ```sh
            export METADESIGN_PLUGIN_PATH=$PWD/.build/debug
            metadesign plugins list --kind \(kind.rawValue)
            ```

            Keep `\(library)` beside the `libMetaPlugin.\(PluginLibrary.libraryExtension)` it was built with
            (copy both if you move it). This package builds against the metadesign checkout at
            `\(metadesignRoot)`: the `metadesign` that loads the plugin must be built from those same
            sources with the same Swift toolchain, or it refuses the library (ABI version) or, worse,
            misbehaves. Rebuild the plugin whenever you update metadesign.

            The guide: `\(metadesignRoot)/docs/WritingAPlugin.md`.

            """
    }

    /// `value` as a Swift string literal (a checkout path may hold quotes, backslashes, anything).
    func swiftLiteral(_ value: String) -> String {
        let escaped = value.unicodeScalars.map { scalar -> String in
            if scalar == "\\" || scalar == "\"" { return "\\" + String(scalar) }
            // Control characters may not appear raw in a literal; \u{…} is Swift's own escape.
            if scalar.value < 0x20 || scalar.value == 0x7F { return "\\u{\(String(scalar.value, radix: 16))}" }
            return String(scalar)
        }
        return "\"" + escaped.joined() + "\""
    }
}

extension PluginScaffold {
    /// What to tell the user after writing the package to `directory`: the files and the commands to run.
    public func nextSteps(in directory: String) -> String {
        let library = "lib\(name).\(PluginLibrary.libraryExtension)"
        let listing = files.map { "  \(directory)/\($0.path)" }.joined(separator: "\n")
        return """
            Created \(kind.rawValue) plugin '\(pluginID)' (\(typeName)) in \(directory):
            \(listing)
            Next:
              cd \(directory)
              swift test                       # conformance checks
              swift build --product \(name)
              metadesign --plugin .build/debug/\(library) plugins list
            """
    }
}
