import Foundation
import MetaCore
import XCTest

/// e_coli_core for the envelope, yield and MOMA tests: the shipped SBML when this build
/// reads SBML, otherwise a COBRA JSON copy written by COBRApy
/// (`cobra.io.save_json_model(cobra.io.read_sbml_model('models/e_coli_core.xml.gz'), …)`).
enum EnvelopeTestModels {
    /// The model, loaded once per test process.
    static func eColiCore() throws -> Model {
        if let model = try? ModelIO.read(path: TestModels.path("e_coli_core.xml.gz")).model { return model }
        let fixture = TestModels.root.appendingPathComponent("Tests/Fixtures/e_coli_core.json.gz").path
        return try ModelIO.read(path: fixture).model
    }
}
