// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "metadesign",
    platforms: [.macOS(.v15)],
    products: [
        // The plugin API: what a third-party plugin links. It must be a dynamic library so that
        // the host and a runtime-loaded plugin agree on one copy of every protocol and type.
        .library(name: "MetaPlugin", type: .dynamic, targets: ["MetaCore", "MetaPlugin"]),
        // The command-line tool as a library, for custom hosts that link extra plugins at compile time.
        .library(name: "MetaDesignCLI", targets: ["MetaDesignCLI"]),
        .executable(name: "metadesign", targets: ["metadesign"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.1.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        // GLPK, the linear-programming library (Debian: libglpk-dev). Debian ships no glpk.pc.
        .systemLibrary(
            name: "CGLPK",
            path: "Sources/CGLPK",
            providers: [.apt(["libglpk-dev"])]
        ),
        // zlib, for reading gzipped models transparently (Debian: zlib1g-dev).
        .systemLibrary(
            name: "CZlib",
            path: "Sources/CZlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        // What only C can do safely: GLPK's error hook (setjmp/longjmp) and its terminal hook.
        .target(
            name: "CGLPKShims",
            dependencies: ["CGLPK"],
            path: "Sources/CGLPKShims",
            linkerSettings: [.linkedLibrary("glpk")]
        ),
        .target(
            name: "MetaCore",
            dependencies: [
                "CGLPK",
                "CGLPKShims",
                "CZlib",
                .product(name: "OrderedCollections", package: "swift-collections"),
                .product(name: "Yams", package: "Yams"),
            ],
            path: "Sources/MetaCore"
        ),
        // The plugin protocols (chassis, pathway provider, enzyme scorer), the registry,
        // runtime loading and the conformance checks plugin authors run in their own tests.
        .target(
            name: "MetaPlugin",
            dependencies: ["MetaCore"],
            path: "Sources/MetaPlugin"
        ),
        // Built-in plugins: one module per family, registered from one list in BuiltinPlugins.
        .target(
            name: "ChassisPlugins",
            dependencies: ["MetaPlugin"],
            path: "Sources/Plugins/Chassis"
        ),
        .target(
            name: "PathwayPlugins",
            dependencies: ["MetaPlugin"],
            path: "Sources/Plugins/Pathways",
            resources: [.copy("Library")]
        ),
        .target(
            name: "EnzymeScorers",
            dependencies: ["MetaPlugin"],
            path: "Sources/Plugins/Scorers"
        ),
        .target(
            name: "BuiltinPlugins",
            dependencies: ["MetaPlugin", "ChassisPlugins", "PathwayPlugins", "EnzymeScorers"],
            path: "Sources/Plugins/Builtin"
        ),
        // `metadesign plugin new`: the package a third-party plugin starts from.
        .target(
            name: "PluginScaffold",
            dependencies: ["MetaPlugin"],
            path: "Sources/PluginScaffold"
        ),
        .target(
            name: "MetaDesignCLI",
            dependencies: [
                "MetaCore",
                "MetaPlugin",
                "BuiltinPlugins",
                "ChassisPlugins",
                "EnzymeScorers",
                "PluginScaffold",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Yams", package: "Yams"),
            ],
            path: "Sources/MetaDesignCLI"
        ),
        .executableTarget(
            name: "metadesign",
            dependencies: ["MetaDesignCLI"],
            path: "Sources/metadesign",
            // Runtime-loaded plugins bind to the host's own copy of MetaCore and MetaPlugin.
            linkerSettings: [.unsafeFlags(["-Xlinker", "--export-dynamic"], .when(platforms: [.linux]))]
        ),
        .testTarget(
            name: "MetaCoreTests",
            dependencies: ["MetaCore", .product(name: "Yams", package: "Yams")],
            path: "Tests/MetaCoreTests"
        ),
        .testTarget(
            name: "MetaPluginTests",
            dependencies: ["MetaPlugin", "BuiltinPlugins", "ChassisPlugins", "PathwayPlugins", "EnzymeScorers"],
            path: "Tests/MetaPluginTests"
        ),
        .testTarget(
            name: "PluginScaffoldTests",
            dependencies: ["PluginScaffold", "MetaPlugin"],
            path: "Tests/PluginScaffoldTests"
        ),
        .testTarget(
            name: "metadesignTests",
            dependencies: ["MetaCore", "MetaPlugin", "MetaDesignCLI"],
            path: "Tests/metadesignTests"
        ),
    ],
    swiftLanguageModes: [.v6]
)
