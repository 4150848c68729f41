import Foundation

extension PluginScaffold {
    /// The descriptor literal every kind shares.
    private var descriptor: String {
        #"""
            /// `\#(pluginID)`: the id users type (`--chassis \#(pluginID)`, `plugins list`).
            public let descriptor = PluginDescriptor(
                id: "\#(pluginID)", name: "\#(name)", version: "0.1.0",
                summary: "\#(summary)",
                kind: .\#(kind.rawValue))
        """#
    }

    private var summary: String {
        switch kind {
        case .chassis: "E. coli core metabolism on its own medium: a starting point for your chassis."
        case .pathway: "One example pathway: a starting point for your pathway source."
        case .scorer: "Counts the model's reactions: a starting point for your score."
        }
    }

    /// `Sources/NAME/TYPE.swift`: the plugin, in a form that passes the conformance checks.
    var pluginSource: String {
        switch kind {
        case .chassis: chassisSource
        case .pathway: pathwaySource
        case .scorer: scorerSource
        }
    }

    private var chassisSource: String {
        #"""
        import MetaPlugin

        /// A chassis: an organism's model and what it takes to grow it.
        ///
        /// It starts out serving metadesign's shipped e_coli_core model on the medium the model
        /// file defines (glucose 10 mmol/gDW/h, aerobic). Replace the profile with your organism's.
        public struct \#(typeName): ChassisPlugin {
            /// The plugin, ready to register.
            public init() {}

        \#(descriptor)

            /// The organism, its model, reactions, substrates, aerations and traits.
            public var profile: ChassisProfile {
                ChassisProfile(
                    organism: "Escherichia coli K-12 MG1655 (central metabolism)",
                    // A file in metadesign's models/ folder (or in $METADESIGN_MODELS). For a model kept
                    // elsewhere, implement `func loadModel() throws(ChassisError) -> Model` with ModelIO.read(path:).
                    modelFile: "e_coli_core.xml.gz",
                    modelCitation: Citation("Orth, Fleming & Palsson 2010, EcoSal Plus 4:1", doi: "10.1128/ecosalplus.10.2.1"),
                    biomassReaction: "BIOMASS_Ecoli_core_w_GAM",
                    maintenanceReaction: "ATPM",
                    oxygenExchange: "EX_o2_e",
                    defaultMedium: nil,  // nil: the medium in the model file
                    substrates: [Substrate("glucose", exchange: "EX_glc__D_e", formula: "C6H12O6")],
                    defaultSubstrate: "glucose",
                    aerations: [
                        AerationCondition(.aerobic, oxygenUptake: 1000),
                        AerationCondition(.anaerobic, oxygenUptake: 0),
                    ],
                    traits: ChassisTraits(
                        safetyStatus: Cited("biosafety level 1 laboratory strain (K-12)",
                            Citation("Bauer et al. 2008, Appl Environ Microbiol 74:4356", doi: "10.1128/AEM.00204-08")),
                        temperature: Cited(20...42, Citation("Ingraham & Marr 1996, in Escherichia coli and Salmonella (ASM Press), ch. 105")),
                        pH: Cited(5.0...9.0, Citation("Slonczewski et al. 2009, Adv Microb Physiol 55:1", doi: "10.1016/S0065-2911(09)05501-5")),
                        oxygen: Cited(.facultativeAnaerobe, Citation("Unden & Bongaerts 1997, Biochim Biophys Acta 1320:217", doi: "10.1016/S0005-2728(97)00034-0")),
                        geneticTools: Cited(.extensive, Citation("Datsenko & Wanner 2000, PNAS 97:6640", doi: "10.1073/pnas.120163297"))))
            }
        }

        """#
    }

    private var pathwaySource: String {
        #"""
        import MetaPlugin

        /// A pathway provider: a source of heterologous routes to products.
        ///
        /// Return the same pathways, in the same order, on every call; ids unique within the provider.
        public struct \#(typeName): PathwayProvider {
            /// The plugin, ready to register.
            public init() {}

        \#(descriptor)

            /// Every pathway this provider offers. Replace the example with yours (read a folder of
            /// pathway files, a database export, …).
            public func pathways() throws -> [Pathway] {
                // Native succinate overproduction (export only): the smallest valid route.
                let succinate = PathwayMetabolite(id: "succ", name: "succinate", formula: "C4H4O4", charge: -2)
                return [Pathway(id: "\#(pluginID.replacingOccurrences(of: "-", with: "_"))_example", name: "Example pathway from \#(name)",
                                product: succinate, export: true)]
            }
        }

        """#
    }

    private var scorerSource: String {
        #"""
        import MetaPlugin

        /// An enzyme scorer: rates a pathway in a chassis model.
        ///
        /// Never change the input or keep state between calls: equal inputs must give equal cards.
        public struct \#(typeName): EnzymeScorer {
            /// The plugin, ready to register.
            public init() {}

        \#(descriptor)

            /// Scores one pathway in one model. Replace the stand-in component with your score.
            public func score(_ input: ScoringInput) throws -> ScoreCard {
                let reactions = input.model.reactions.count
                return ScoreCard(scorer: id, components: [
                    ScoreComponent(
                        key: "model_reactions", value: Double(reactions), unit: "1", higherIsBetter: false,
                        meaning: "Reactions in the model with the pathway inserted: a stand-in for a real score."),
                ])
            }
        }

        """#
    }

    /// `Sources/NAME/PluginEntryPoints.swift`: the two C symbols the host looks up after dlopen.
    var entryPoints: String {
        #"""
        import MetaPlugin

        // metadesign dlopens lib\#(name).so, checks the ABI version, then calls the register
        // function with its registrar. Add every plugin of this library there.

        /// The plugin ABI this library was built for; the host loads it only if that is its own.
        @_cdecl("metadesign_plugin_abi_version")
        public func metadesignPluginABIVersion() -> UInt32 {
            PluginABI.version
        }

        /// Registers this library's plugins with the host.
        @_cdecl("metadesign_plugin_register")
        public func metadesignPluginRegister(_ registrar: UnsafeMutableRawPointer) {
            PluginRegistrar.from(registrar).add(\#(typeName)())
        }

        """#
    }

    /// `Tests/NAMETests/TYPEConformanceTests.swift`: the contract checks, run by `swift test`.
    var conformanceTest: String {
        let check: String
        switch kind {
        case .chassis, .pathway:
            check = "        XCTAssertEqual(PluginConformance.check(\(typeName)()), [])"
        case .scorer:
            check = #"""
                    let model = try ModelIO.read(path: ShippedModels.path(of: "e_coli_core.xml.gz")).model
                    let succinate = PathwayMetabolite(id: "succ", name: "succinate", formula: "C4H4O4", charge: -2)
                    let input = ScoringInput(model: model, pathway: Pathway(id: "example", name: "Example pathway", product: succinate))
                    XCTAssertEqual(PluginConformance.check(\#(typeName)(), scorerInput: input), [])
            """#
        }
        return #"""
            import MetaPlugin
            import XCTest
            import \#(name)

            final class \#(typeName)ConformanceTests: XCTestCase {
                /// The contract metadesign expects of every \#(kind.rawValue) plugin (see PluginConformance).
                func testConformance() throws {
            \#(check)
                }
            }

            """#
    }
}
