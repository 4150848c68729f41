import Foundation

/// A one-line progress bar for long runs (FVA, deletion scans, sampling), safe to advance
/// from many tasks at once.
///
/// It draws `label [#####.....] 1234/5166 24% ETA 3s` on one terminal line, rewriting it
/// with `\r` at most ten times a second, and ends with the total time and a line break.
/// By default it only draws when its output is a terminal, so piped or redirected runs
/// (and CI logs) stay clean; counting always works.
///
/// ```swift
/// let progress = ProgressReporter(total: model.reactions.count, label: "FVA")
/// await withTaskGroup(of: Void.self) { group in
///     for reaction in model.reactions {
///         group.addTask { solve(reaction); progress.advance() }
///     }
/// }
/// progress.finish()
/// ```
public final class ProgressReporter: @unchecked Sendable {
    /// The number of steps that make up the whole run.
    public let total: Int
    /// The text shown before the bar.
    public let label: String
    /// Whether the bar is drawn (counting happens either way).
    public let isEnabled: Bool

    private struct State {
        var completed = 0
        var lastDraw: Double?
        var lastWidth = 0
        var finished = false
    }

    // Why `@unchecked Sendable` is sound: every mutable field (`state`) is read and written
    // only while holding `lock`, the other stored properties are immutable, and the sink and
    // clock are @Sendable closures, so one reporter can be shared by many tasks.
    // (Synchronization.Mutex would let the compiler check this, but it needs macOS 15.)
    private let lock = NSLock()
    private var state = State()
    private let minimumInterval: Double
    private let now: @Sendable () -> Double
    private let sink: @Sendable (String) -> Void

    /// Creates a reporter for `total` steps and draws its empty bar when enabled.
    ///
    /// - Parameters:
    ///   - total: The number of steps; 0 or less shows a plain count instead of a bar.
    ///   - label: The text before the bar, such as `FVA` or `single deletions`.
    ///   - output: Where to draw; standard error by default, so standard output stays data only.
    ///   - enabled: Force drawing on or off; `nil` draws only when `output` is a terminal.
    public convenience init(total: Int, label: String, output: FileHandle = .standardError, enabled: Bool? = nil) {
        let start = ContinuousClock.now
        self.init(
            total: total, label: label,
            enabled: enabled ?? (isatty(output.fileDescriptor) == 1),
            minimumInterval: 0.1,
            now: {
                let elapsed = ContinuousClock.now - start
                return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
            },
            // A closed or full stderr must not stop the computation the bar reports on.
            sink: { text in try? output.write(contentsOf: Data(text.utf8)) })
    }

    /// Creates a reporter with an injected clock (seconds since the start) and output, for tests.
    init(total: Int, label: String, enabled: Bool, minimumInterval: Double,
         now: @escaping @Sendable () -> Double, sink: @escaping @Sendable (String) -> Void) {
        self.total = total
        self.label = label
        self.isEnabled = enabled
        self.minimumInterval = minimumInterval
        self.now = now
        self.sink = sink
        if enabled {
            lock.lock()
            defer { lock.unlock() }
            draw(at: now(), finished: false)
        }
    }

    /// The number of steps done so far.
    public var completed: Int {
        lock.lock()
        defer { lock.unlock() }
        return state.completed
    }

    /// Records `count` more steps done and redraws the bar if it was last drawn over
    /// a tenth of a second ago (or the run just completed).
    public func advance(by count: Int = 1) {
        lock.lock()
        defer { lock.unlock() }
        state.completed += count
        guard isEnabled, !state.finished else { return }
        let time = now()
        let reachedEnd = total > 0 && state.completed >= total
        if reachedEnd || state.lastDraw.map({ time - $0 >= minimumInterval }) ?? true {
            draw(at: time, finished: false)
        }
    }

    /// Draws the final line with the total time and ends it; later calls do nothing.
    public func finish() {
        lock.lock()
        defer { lock.unlock() }
        guard !state.finished else { return }
        state.finished = true
        guard isEnabled else { return }
        draw(at: now(), finished: true)
        sink("\n")
    }

    /// Must be called with `lock` held.
    private func draw(at time: Double, finished: Bool) {
        let line = Self.line(label: label, done: state.completed, total: total, elapsed: time, finished: finished)
        let width = line.count
        // Blank out what a longer previous line left behind.
        let padding = String(repeating: " ", count: max(0, state.lastWidth - width))
        sink("\r" + line + padding)
        state.lastDraw = time
        state.lastWidth = width
    }

    /// The progress line for `done` of `total` steps after `elapsed` seconds, e.g.
    /// `FVA [#######.......................] 1234/5166 24% ETA 13s`; when `finished`,
    /// the ETA gives way to the total time (`in 17s`).
    ///
    /// The ETA assumes the remaining steps take as long on average as those done so far.
    public static func line(label: String, done: Int, total: Int, elapsed: Double,
                            finished: Bool = false, barWidth: Int = 30) -> String {
        let prefix = label.isEmpty ? "" : label + " "
        guard total > 0 else {
            return prefix + "\(done) done " + (finished ? "in " : "") + formatDuration(elapsed)
        }
        let fraction = min(1, max(0, Double(done) / Double(total)))
        let filled = Int((fraction * Double(barWidth)).rounded(.down))
        let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: barWidth - filled)
        let percent = Int((fraction * 100).rounded(.down))
        let timing: String
        if finished {
            timing = "in " + formatDuration(elapsed)
        } else if done > 0 && done < total {
            timing = "ETA " + formatDuration(elapsed * Double(total - done) / Double(done))
        } else if done >= total {
            timing = "ETA 0s"
        } else {
            timing = "ETA --"
        }
        return "\(prefix)[\(bar)] \(done)/\(total) \(percent)% \(timing)"
    }

    /// A duration as `7s`, `3m05s` or `2h07m`; `--` when unknown (negative, NaN or infinite).
    public static func formatDuration(_ seconds: Double) -> String {
        guard seconds.isFinite, seconds >= 0, seconds < 1e9 else { return "--" }
        let whole = Int(seconds.rounded())
        if whole < 60 { return "\(whole)s" }
        if whole < 3600 { return "\(whole / 60)m" + twoDigits(whole % 60) + "s" }
        return "\(whole / 3600)h" + twoDigits(whole % 3600 / 60) + "m"
    }

    private static func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
