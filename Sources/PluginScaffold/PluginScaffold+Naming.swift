import Foundation
import MetaPlugin

extension PluginScaffold {
    /// Modules a plugin package imports or metadesign defines: a package of that name would
    /// shadow them or fail to link.
    static let reservedNames: Set<String> = [
        "MetaPlugin", "MetaCore", "MetaDesignCLI", "BuiltinPlugins", "ChassisPlugins", "PluginScaffold",
        "CGLPK", "CGLPKShims", "CZlib", "Swift", "Foundation", "FoundationEssentials", "XCTest", "Testing",
        "Dispatch", "Glibc", "Darwin", "Synchronization", "ArgumentParser", "Yams", "OrderedCollections",
    ]

    /// Swift keywords, which cannot name a module or a type without backquotes.
    static let keywords: Set<String> = [
        "associatedtype", "class", "deinit", "enum", "extension", "func", "import", "init", "inout", "let",
        "operator", "protocol", "static", "struct", "subscript", "typealias", "var", "break", "case",
        "continue", "default", "defer", "do", "else", "fallthrough", "for", "guard", "if", "in", "repeat",
        "return", "switch", "where", "while", "as", "catch", "false", "is", "nil", "rethrows", "super",
        "self", "Self", "throw", "throws", "true", "try", "Any", "Type", "Protocol",
    ]

    /// Checks that `name` can be a package, module, library and type name.
    static func validate(name: String) throws(PluginScaffoldError) {
        guard let first = name.unicodeScalars.first else { throw .invalidName(name, reason: "it is empty") }
        let isASCIILetter = { (scalar: Unicode.Scalar) in ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) }
        guard isASCIILetter(first) else { throw .invalidName(name, reason: "it must start with a letter") }
        guard name.unicodeScalars.allSatisfy({ isASCIILetter($0) || ("0"..."9").contains($0) || $0 == "_" }) else {
            throw .invalidName(name, reason: "use only letters, digits and '_' (it names a Swift module)")
        }
        guard name.count <= 64 else { throw .invalidName(name, reason: "keep it to 64 characters") }
        guard !keywords.contains(name) else { throw .invalidName(name, reason: "it is a Swift keyword") }
        guard !reservedNames.contains(name) else {
            throw .invalidName(name, reason: "a module of that name already exists in metadesign or Swift")
        }
    }

    /// The plugin id for a package name: camel case becomes lowercase words joined by `-`
    /// (`AcmeYeast` → `acme-yeast`, `ABCChassis` → `abc-chassis`, `strain_42` → `strain_42`).
    static func pluginID(forName name: String) -> String {
        let characters = Array(name)
        var id = ""
        for (index, character) in characters.enumerated() {
            if character.isUppercase, index > 0 {
                let previous = characters[index - 1]
                let next = index + 1 < characters.count ? characters[index + 1] : nil
                // A boundary before "Yeast" in "AcmeYeast" and before "Chassis" in "ABCChassis".
                if previous.isLowercase || previous.isNumber || (previous.isUppercase && next?.isLowercase == true) {
                    id.append("-")
                }
            }
            id.append(contentsOf: character.lowercased())
        }
        return id
    }

    /// `root` made absolute and checked to be a metadesign checkout (a Package.swift and the MetaPlugin sources).
    static func checkedRoot(_ root: String) throws(PluginScaffoldError) -> String {
        let url = URL(fileURLWithPath: root).standardizedFileURL
        let manifest = url.appendingPathComponent("Package.swift").path
        let api = url.appendingPathComponent("Sources/MetaPlugin").path
        guard FileManager.default.fileExists(atPath: manifest), FileManager.default.fileExists(atPath: api) else {
            throw .notACheckout(url.path)
        }
        return url.path
    }

    /// The metadesign checkout this tool was built from, when its sources are still there.
    ///
    /// Found from this file's compile-time path (`Sources/PluginScaffold/…` → the root), so a
    /// scaffold builds against exactly the sources of the `metadesign` that made it.
    public static var builtFromRoot: String {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
    }
}
