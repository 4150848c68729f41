import Foundation
import MetaCore

/// Models and pathway fixtures for the pathway tests, each read once per test process.
enum PathwayTestSupport {
    private static let iML1515Load = Result { try ModelIO.read(path: TestModels.path("iML1515.xml.gz")).model }
    private static let eColiCoreLoad = Result { try ModelIO.read(path: TestModels.path("e_coli_core.xml.gz")).model }
    private static let yeastLoad = Result { try ModelIO.read(path: TestModels.path("yeast-GEM_9.0.2.xml.gz")).model }

    /// The shipped iML1515, as read.
    static func iML1515() throws -> Model { try iML1515Load.get() }
    /// The shipped e_coli_core, as read.
    static func eColiCore() throws -> Model { try eColiCoreLoad.get() }
    /// The shipped yeast-GEM 9.0.2, as read.
    static func yeastGEM() throws -> Model { try yeastLoad.get() }

    /// The path of a fixture under `Tests/Fixtures/Pathways`.
    static func fixture(_ name: String) -> String {
        TestModels.root.appendingPathComponent("Tests/Fixtures/Pathways").appendingPathComponent(name).path
    }

    /// The pathway `id` from fixture file `file`.
    static func pathway(_ id: String, in file: String) throws -> Pathway {
        let read = try PathwayFileReader.read(path: fixture(file))
        guard let pathway = read.pathways.first(where: { $0.id == id }) else { throw CocoaError(.fileReadUnknown) }
        return pathway
    }

    /// The common metabolites the fixtures rely on (those of the built-in table that matter here).
    static let table = MetaboliteTable([
        PathwayMetabolite(id: "nadh", name: "NADH", formula: "C21H27N7O14P2", charge: -2,
                          xrefs: [CrossReference(.kegg, "C00004"), CrossReference(.metanetx, "MNXM10")]),
        PathwayMetabolite(id: "nad", name: "NAD", formula: "C21H26N7O14P2", charge: -1,
                          xrefs: [CrossReference(.kegg, "C00003"), CrossReference(.metanetx, "MNXM8")], synonyms: ["NAD(+)"]),
        PathwayMetabolite(id: "h", name: "H+", formula: "H", charge: 1, xrefs: [CrossReference(.kegg, "C00080")]),
    ])

    /// `model` as the E. coli chassis sets it up: the model's medium with `exchange` as the only
    /// carbon source at 10 mmol/gDW/h, oxygen 1000 (aerobic) or closed.
    static func condition(_ model: Model, substrate exchange: String = "EX_glc__D_e", aerobic: Bool) throws -> Model {
        var medium = Medium(model: model)
        for carbon in ["EX_glc__D_e", "EX_xyl__D_e", "EX_arab__L_e", "EX_glyc_e", "EX_fru_e", "EX_gal_e"] { medium.remove(carbon) }
        try medium.setUptake(10, for: exchange)
        medium.remove("EX_o2_e")
        if aerobic { try medium.setUptake(1000, for: "EX_o2_e") }
        return try medium.apply(to: model)
    }
}
