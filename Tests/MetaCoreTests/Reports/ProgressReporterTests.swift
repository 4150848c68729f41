import Foundation
@testable import MetaCore
import XCTest

final class ProgressReporterTests: XCTestCase {
    func testLineFormatting() {
        XCTAssertEqual(ProgressReporter.line(label: "FVA", done: 1234, total: 5166, elapsed: 1, barWidth: 10),
                       "FVA [##........] 1234/5166 23% ETA 3s")
        XCTAssertEqual(ProgressReporter.line(label: "FVA", done: 0, total: 95, elapsed: 0, barWidth: 10),
                       "FVA [..........] 0/95 0% ETA --")
        XCTAssertEqual(ProgressReporter.line(label: "FVA", done: 95, total: 95, elapsed: 12.4, barWidth: 10),
                       "FVA [##########] 95/95 100% ETA 0s")
        XCTAssertEqual(ProgressReporter.line(label: "FVA", done: 95, total: 95, elapsed: 12.4, finished: true, barWidth: 10),
                       "FVA [##########] 95/95 100% in 12s")
        XCTAssertEqual(ProgressReporter.line(label: "x", done: 120, total: 100, elapsed: 1, barWidth: 4),
                       "x [####] 120/100 100% ETA 0s", "overshoot is clamped, not drawn past the end")
        XCTAssertEqual(ProgressReporter.line(label: "", done: 7, total: 0, elapsed: 3), "7 done 3s")
        XCTAssertEqual(ProgressReporter.line(label: "deletions", done: 1, total: 3, elapsed: 10).count,
                       "deletions [".count + 30 + "] 1/3 33% ETA 20s".count)
    }

    func testDurations() {
        XCTAssertEqual(ProgressReporter.formatDuration(0.4), "0s")
        XCTAssertEqual(ProgressReporter.formatDuration(59.4), "59s")
        XCTAssertEqual(ProgressReporter.formatDuration(185), "3m05s")
        XCTAssertEqual(ProgressReporter.formatDuration(7620), "2h07m")
        XCTAssertEqual(ProgressReporter.formatDuration(.infinity), "--")
        XCTAssertEqual(ProgressReporter.formatDuration(.nan), "--")
        XCTAssertEqual(ProgressReporter.formatDuration(-1), "--")
    }

    func testRedrawsAtMostTenTimesASecondAndFinishesWithANewline() {
        let clock = Locked(0.0)
        let output = Locked<[String]>([])
        let progress = ProgressReporter(total: 4, label: "t", enabled: true, minimumInterval: 0.1,
                                        now: { clock.value }, sink: { text in output.update { $0.append(text) } })
        XCTAssertEqual(output.value.count, 1, "the empty bar is drawn at once")
        progress.advance()
        XCTAssertEqual(output.value.count, 1, "too soon to redraw")
        clock.update { $0 = 0.2 }
        progress.advance()
        XCTAssertEqual(output.value.last, "\rt [###############...............] 2/4 50% ETA 0s")
        clock.update { $0 = 0.25 }
        progress.advance(by: 2)
        XCTAssertEqual(output.value.count, 3, "reaching the total always redraws")
        progress.finish()
        progress.finish()
        // One space blanks the last character of the longer "ETA 0s" line.
        XCTAssertEqual(output.value.suffix(2), ["\rt [##############################] 4/4 100% in 0s ", "\n"])
        XCTAssertEqual(output.value.count, 5, "a second finish draws nothing")
    }

    func testUnknownTotalShowsACount() {
        let output = Locked<[String]>([])
        let clock = Locked(0.0)
        let progress = ProgressReporter(total: 0, label: "n", enabled: true, minimumInterval: 0,
                                        now: { clock.value }, sink: { text in output.update { $0.append(text) } })
        clock.update { $0 = 100 }
        progress.advance()
        clock.update { $0 = 101 }
        progress.finish()
        XCTAssertEqual(output.value, ["\rn 0 done 0s", "\rn 1 done 1m40s", "\rn 1 done in 1m41s", "\n"])
    }

    func testDisabledReporterCountsButDrawsNothing() async {
        let output = Locked<[String]>([])
        let progress = ProgressReporter(total: 1000, label: "quiet", enabled: false, minimumInterval: 0,
                                        now: { 0 }, sink: { text in output.update { $0.append(text) } })
        await withTaskGroup(of: Void.self) { group in
            for _ in 0..<1000 { group.addTask { progress.advance() } }
        }
        progress.finish()
        XCTAssertEqual(progress.completed, 1000)
        XCTAssertTrue(output.value.isEmpty)
    }

    func testConcurrentAdvancesAreAllCounted() async {
        let lines = Locked(0)
        let progress = ProgressReporter(total: 5000, label: "many", enabled: true, minimumInterval: 0,
                                        now: { 1 }, sink: { _ in lines.update { $0 += 1 } })
        await withTaskGroup(of: Void.self) { group in
            for _ in 0..<50 { group.addTask { for _ in 0..<100 { progress.advance() } } }
        }
        XCTAssertEqual(progress.completed, 5000)
        XCTAssertEqual(lines.value, 5001)
    }

    func testDefaultIsQuietWhenNotATerminal() throws {
        let pipe = Pipe()
        let progress = ProgressReporter(total: 3, label: "piped", output: pipe.fileHandleForWriting)
        XCTAssertFalse(progress.isEnabled)
        XCTAssertTrue(ProgressReporter(total: 3, label: "forced", output: pipe.fileHandleForWriting, enabled: true).isEnabled)
    }
}

/// A value shared between a test and the reporter's @Sendable clock and sink.
private final class Locked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value

    init(_ value: Value) { stored = value }

    var value: Value {
        lock.lock()
        defer { lock.unlock() }
        return stored
    }

    func update(_ change: (inout Value) -> Void) {
        lock.lock()
        defer { lock.unlock() }
        change(&stored)
    }
}
