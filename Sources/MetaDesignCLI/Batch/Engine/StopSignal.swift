import Dispatch
import Foundation
import Synchronization

/// Turns SIGINT and SIGTERM into a request to stop after the evaluations in progress.
///
/// The first signal sets the request (workers take no new combination, the stream is synced,
/// the manifest written); a second one exits at once, which is safe because every record is
/// written as one whole line. The default actions come back with ``uninstall()``.
final class StopSignal: @unchecked Sendable {
    // @unchecked: `sources` is written only in `install`, before any handler can run, and read
    // only in `uninstall`; the request itself is behind a Mutex.
    private let request = Mutex<Int32?>(nil)
    private var sources: [any DispatchSourceSignal] = []

    private init() {}

    /// Installs the handlers; `notice` is printed to stderr on the first signal.
    static func install(signals: [Int32] = [SIGINT, SIGTERM], notice: String) -> StopSignal {
        let stop = StopSignal()
        for number in signals {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { [stop] in
                let first = stop.request.withLock { current -> Bool in
                    guard current == nil else { return false }
                    current = number
                    return true
                }
                guard first else { _exit(128 + number) }
                printError("\n" + notice)
            }
            source.resume()
            stop.sources.append(source)
        }
        return stop
    }

    /// The signal that asked to stop, if one did.
    var requested: Int32? { request.withLock { $0 } }

    /// Cancels the handlers and restores the default actions.
    func uninstall() {
        for source in sources { source.cancel() }
        for number in [SIGINT, SIGTERM] { signal(number, SIG_DFL) }
    }
}
