import Foundation
import XCTest

/// Plans and result files for the batch tests, in a fresh temporary folder per test.
struct BatchFixtures {
    /// The folder the plans and outputs live in.
    let folder: URL

    /// A new empty folder, removed when the test ends.
    init(_ test: XCTestCase) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("batch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let folder = folder
        test.addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
    }

    /// The path of `name` in the folder.
    func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    /// Writes a plan on e_coli_core (as chassis `core`, set up like `ecoli`) and returns its path.
    ///
    /// - Parameters:
    ///   - pathways: native products.
    ///   - points: envelope points per record (more make each evaluation slower).
    ///   - extra: further YAML appended verbatim.
    @discardableResult
    func plan(_ name: String = "plan.yaml", pathways: [String] = ["succinate", "lactate", "ethanol", "acetate"],
              substrates: String = "[glucose, fructose, {glc_fru: {glucose: 5, fructose: 5}}]",
              aerations: [String] = ["aerobic", "anaerobic"], points: Int = 5, extra: String = "") throws -> String {
        let text = """
            name: test plan
            evaluation: native-yield
            chassis:
              - id: core
                model: \(CLIRunner.model("e_coli_core.xml.gz"))
                like: ecoli
            pathways: [\(pathways.joined(separator: ", "))]
            substrates: \(substrates)
            aerations: [\(aerations.joined(separator: ", "))]
            settings:
              growth_fraction: 0.1
              envelope_points: \(points)
            \(extra)
            """
        try write(text, to: name)
        return path(name)
    }

    /// Writes `text` to `name` in the folder.
    func write(_ text: String, to name: String) throws {
        try Data(text.utf8).write(to: folder.appendingPathComponent(name))
    }

    /// The lines of a result file (empty when it does not exist).
    static func lines(_ path: String) -> [String] {
        guard let data = FileManager.default.contents(atPath: path) else { return [] }
        return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
    }

    /// Each record of `path` by combination index, without its timing fields, as canonical JSON.
    static func comparableRecords(_ path: String, file: StaticString = #filePath, line: UInt = #line) throws -> [Int: String] {
        var records: [Int: String] = [:]
        for text in lines(path) {
            let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any], file: file, line: line)
            let index = try XCTUnwrap(object["combination_index"] as? Int, file: file, line: line)
            XCTAssertNil(records[index], "combination \(index) written twice", file: file, line: line)
            var comparable = object
            comparable["seconds"] = nil
            let data = try JSONSerialization.data(withJSONObject: comparable, options: [.sortedKeys])
            records[index] = String(decoding: data, as: UTF8.self)
        }
        return records
    }

    /// Starts `metadesign` with `arguments` without waiting (stdout and stderr discarded).
    static func start(_ arguments: [String]) throws -> Process {
        let process = Process()
        process.executableURL = try CLIRunner.executable()
        process.arguments = arguments
        process.currentDirectoryURL = CLIRunner.root
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// Starts `batch run PLAN -o OUTPUT --jobs 1`, waits for `lines` records and sends `signal`.
    ///
    /// - Returns: the ended process, or `nil` (after a test failure) when the run finished first.
    static func interruptedRun(_ plan: String, output: String, afterLines lines: Int, signal: Int32,
                               file: StaticString = #filePath, line: UInt = #line) throws -> Process? {
        let process = try start(["batch", "run", plan, "-o", output, "--jobs", "1"])
        guard wait(forLines: lines, in: output, while: process) else {
            process.waitUntilExit()
            XCTFail("the run ended before it could be interrupted; make the plan slower", file: file, line: line)
            return nil
        }
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
        return process
    }

    /// Waits until `path` holds at least `count` lines while `process` runs; false if it ended first.
    static func wait(forLines count: Int, in path: String, while process: Process, timeout: TimeInterval = 120) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if lines(path).count >= count { return process.isRunning }
            if !process.isRunning { return false }
            usleep(2_000)
        }
        return false
    }
}
