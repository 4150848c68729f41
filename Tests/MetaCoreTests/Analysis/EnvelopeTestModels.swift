import Foundation
import MetaCore

/// e_coli_core for the envelope, yield and MOMA tests, read once per test process.
enum EnvelopeTestModels {
    private static let eColiCoreLoad = Result { try ModelIO.read(path: TestModels.path("e_coli_core.xml.gz")).model }

    /// The shipped `models/e_coli_core.xml.gz`.
    static func eColiCore() throws -> Model { try eColiCoreLoad.get() }
}
