// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "metadesign",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "MetaCore", targets: ["MetaCore"]),
        .executable(name: "metadesign", targets: ["metadesign"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.1.0"),
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
            ],
            path: "Sources/MetaCore"
        ),
        .executableTarget(
            name: "metadesign",
            dependencies: [
                "MetaCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/metadesign"
        ),
        .testTarget(
            name: "MetaCoreTests",
            dependencies: ["MetaCore"],
            path: "Tests/MetaCoreTests"
        ),
        .testTarget(
            name: "metadesignTests",
            dependencies: ["MetaCore"],
            path: "Tests/metadesignTests"
        ),
    ],
    swiftLanguageModes: [.v6]
)
