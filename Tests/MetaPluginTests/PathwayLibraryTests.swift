import BuiltinPlugins
import ChassisPlugins
import Foundation
import MetaPlugin
import PathwayPlugins
import Synchronization
import XCTest

final class PathwayLibraryTests: XCTestCase {
    private static let ecoliModel = Result { try EColiChassis().loadModel() }

    func testLibraryLoadsAndConforms() throws {
        let library = BuiltinPathwayLibrary()
        XCTAssertEqual(PluginConformance.check(library), [])
        let pathways = try library.pathways()
        XCTAssertFalse(pathways.isEmpty)
        XCTAssertEqual(Set(pathways.map(\.id)).count, pathways.count)
        XCTAssertNotNil(pathways.first { $0.id == "bdo_yim2011" })
        XCTAssertNotNil(try library.metaboliteTable()["nadh"])
        let registry = try PluginRegistry(BuiltinPlugins.all)
        XCTAssertEqual(try registry.pathwayProvider(id: "pathway-library").id, "pathway-library")
        XCTAssertEqual(try registry.pathway(id: "succ_native").product.id, "succ")
        XCTAssertThrowsError(try registry.pathway(id: "nope")) { error in
            XCTAssertTrue("\(error)".contains("available: "), "\(error)")
        }
    }

    /// Every built-in route balances and creates nothing from nothing in every chassis whose
    /// model holds its precursors, and E. coli (iML1515) holds every route's.
    func testEveryBuiltInRouteValidatesInEveryChassis() throws {
        let registry = try PluginRegistry(BuiltinPlugins.all)
        let table = try registry.metaboliteTable()
        let pathways = try registry.allPathways().map(\.pathway)
        for chassis in registry.chassis {
            let model = try chassis.model(for: ChassisCondition(aeration: chassis.profile.aerations.first?.aeration ?? .aerobic))
            let index = ChassisIndex(model)
            for pathway in pathways {
                let validation = PathwayValidation.run(pathway, in: model, chassis: chassis.id, table: table, index: index)
                if !validation.unresolved.isEmpty, chassis.id != "ecoli" { continue }  // precursors missing in this chassis
                XCTAssertTrue(validation.isValid, "\(pathway.id) in \(chassis.id): \(validation.problems)")
            }
        }
    }

    func testEvaluatorMatchesTheCoreEvaluation() throws {
        let ecoli = EColiChassis()
        let registry = try PluginRegistry(BuiltinPlugins.all)
        let evaluator = try PathwayEvaluator(chassis: ecoli, model: try Self.ecoliModel.get(), table: try registry.metaboliteTable())
        let bdo = try registry.pathway(id: "bdo_yim2011")
        var options = PathwayEvaluation.Options()
        options.envelopePoints = 0
        let aerobic = evaluator.evaluate(bdo, condition: ChassisCondition(substrate: "glucose", aeration: .aerobic), options: options)
        XCTAssertEqual(aerobic.status, .optimal, aerobic.message ?? "")
        XCTAssertEqual(aerobic.maxTheoretical?.molar ?? .nan, 1.048919540229885, accuracy: 1e-6)
        XCTAssertEqual(aerobic.labels, PathwayEvaluation.Labels(chassis: "ecoli", substrate: "glucose", aeration: "aerobic"))
        XCTAssertEqual(aerobic.growthReaction, ecoli.profile.biomassReaction)

        // From worker threads, one shared evaluator: the batch runner's use.
        let conditions = [Aeration.aerobic, .anaerobic, .microaerobic].flatMap { aeration in
            ["glucose", "xylose"].map { ChassisCondition(substrate: $0, aeration: aeration) }
        }
        let results = Mutex<[Int: Double]>([:])
        let shared = options
        DispatchQueue.concurrentPerform(iterations: conditions.count) { position in
            let result = evaluator.evaluate(bdo, condition: conditions[position], options: shared)
            results.withLock { $0[position] = result.maxTheoretical?.molar ?? -1 }
        }
        let parallel = results.withLock { $0 }
        for (position, condition) in conditions.enumerated() {
            let serial = evaluator.evaluate(bdo, condition: condition, options: options).maxTheoretical?.molar ?? -1
            XCTAssertEqual(parallel[position] ?? .nan, serial, accuracy: 1e-9, "\(condition)")
            XCTAssertGreaterThan(serial, 0.5, "\(condition)")
        }

        let unknown = evaluator.evaluate(bdo, condition: ChassisCondition(substrate: "unobtainium"))
        XCTAssertEqual(unknown.status, .invalid)
        XCTAssertTrue(unknown.message?.contains("no substrate 'unobtainium'") ?? false, unknown.message ?? "")
        let mixture = evaluator.evaluate(bdo, condition: ChassisCondition(substrates: [SubstrateUptake("glucose"), SubstrateUptake("xylose")]))
        XCTAssertEqual(mixture.status, .invalid)
    }
}
