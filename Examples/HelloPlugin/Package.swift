// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "HelloPlugin",
    platforms: [.macOS(.v15)],
    products: [
        // libHelloPlugin.so, for `metadesign --plugin`.
        .library(name: "HelloPlugin", type: .dynamic, targets: ["HelloPlugin"]),
        .executable(name: "metadesign-hello", targets: ["metadesign-hello"]),
    ],
    dependencies: [
        // This checkout. `name:` makes the package reachable as "metadesign" whatever its folder is called.
        .package(name: "metadesign", path: "../.."),
    ],
    targets: [
        .target(
            name: "HelloPlugin",
            dependencies: [.product(name: "MetaPlugin", package: "metadesign")]
        ),
        // A custom host: metadesign with HelloChassis compiled in. Like `metadesign` itself it
        // exports its symbols, so that plugin libraries loaded with --plugin bind to its copy of
        // MetaCore and MetaPlugin (see docs/WritingAPlugin.md).
        .executableTarget(
            name: "metadesign-hello",
            dependencies: ["HelloPlugin", .product(name: "MetaDesignCLI", package: "metadesign")],
            linkerSettings: [.unsafeFlags(["-Xlinker", "--export-dynamic"], .when(platforms: [.linux]))]
        ),
        .testTarget(
            name: "HelloPluginTests",
            dependencies: ["HelloPlugin"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
