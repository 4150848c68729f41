// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "HelloPlugin",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "HelloPlugin", type: .dynamic, targets: ["HelloPlugin"]),
        .executable(name: "metadesign-hello", targets: ["metadesign-hello"]),
    ],
    dependencies: [
        .package(name: "metadesign", path: "../.."),
    ],
    targets: [
        .target(
            name: "HelloPlugin",
            dependencies: [.product(name: "MetaPlugin", package: "metadesign")]
        ),
        .executableTarget(
            name: "metadesign-hello",
            dependencies: ["HelloPlugin", .product(name: "MetaDesignCLI", package: "metadesign")]
        ),
        .testTarget(
            name: "HelloPluginTests",
            dependencies: ["HelloPlugin"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
