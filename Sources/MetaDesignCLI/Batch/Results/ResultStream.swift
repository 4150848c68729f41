import Foundation
import Synchronization

/// The result stream of a run: an append-only JSON Lines file that loses nothing when the
/// process is killed at any moment.
///
/// - Every record is one `write(2)` of a whole line to a descriptor opened with `O_APPEND`.
///   Once `write` returns the line is in the kernel's page cache and survives the process
///   being killed (SIGKILL included); only an OS crash or power loss can lose it.
/// - fsync policy: the file is `fsync`ed at most once a second while records arrive, and at
///   the end or when the run is interrupted by a signal, so a power loss loses at most about
///   a second of records. A line torn by such a crash (or by a disk-full short write) is cut
///   off when the stream is next opened.
/// - On open the file is locked (`flock`, exclusive), so two runs cannot append to one stream;
///   the lock dies with the process, kill -9 included.
final class ResultStream: Sendable {
    /// The file.
    let path: String
    private let descriptor: Int32
    private let lastSync = Mutex<ContinuousClock.Instant>(.now)

    /// How often, at most, appended records are forced to disk.
    static let syncInterval: Duration = .seconds(1)

    private init(path: String, descriptor: Int32) {
        self.path = path
        self.descriptor = descriptor
    }

    deinit {
        fsync(descriptor)
        close(descriptor)
    }

    /// Opens `path` for appending (creating it), locks it, and cuts off a trailing partial line.
    ///
    /// - Parameter discardExisting: empty the file first (`--restart`).
    /// - Returns: the stream, and the records already in the file.
    /// - Throws: ``ResultFileError`` when the file cannot be opened, is locked by another run,
    ///   or holds a complete line that is not a record.
    static func openForAppending(path: String, discardExisting: Bool) throws(ResultFileError) -> (ResultStream, [ResultRecord]) {
        let descriptor = open(path, O_RDWR | O_CREAT | O_APPEND | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw ResultFileError(file: path, message: "cannot open: \(errorText())") }
        let stream = ResultStream(path: path, descriptor: descriptor)
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            throw ResultFileError(file: path, message: "another metadesign run is writing this file; wait for it or choose another output")
        }
        if discardExisting {
            guard ftruncate(descriptor, 0) == 0 else { throw ResultFileError(file: path, message: "cannot empty: \(errorText())") }
            return (stream, [])
        }
        let bytes = try stream.readAll()
        let complete = ResultFile.completeLength(of: bytes)
        // Judge the whole file before changing a byte of it: -o pointed at the wrong file must
        // leave that file alone.
        let records = try ResultFile.records(in: bytes[..<complete], file: path)
        if complete < bytes.count {
            guard bytes[complete...].first(where: { $0 != 0x20 && $0 != 0x09 }) == UInt8(ascii: "{") else {
                throw ResultFileError(file: path, message: "ends in a line that is not a record; not a result stream?")
            }
            guard ftruncate(descriptor, off_t(complete)) == 0 else {
                throw ResultFileError(file: path, message: "cannot cut off the torn last line: \(errorText())")
            }
            fsync(descriptor)
        }
        return (stream, records)
    }

    /// Appends `line` and a line break with one `write(2)`; syncs if the last sync is a second old.
    ///
    /// - Throws: ``ResultFileError`` when the write fails (disk full, I/O error).
    func append(_ line: String) throws(ResultFileError) {
        let bytes = Array((line + "\n").utf8)
        var written = 0
        while written < bytes.count {
            let result = bytes[written...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if result < 0 {
                if errno == EINTR { continue }
                throw ResultFileError(file: path, message: "cannot write a record: \(errorText())")
            }
            written += result
        }
        let due = lastSync.withLock { last in
            guard ContinuousClock.now - last >= Self.syncInterval else { return false }
            last = .now
            return true
        }
        if due { fsync(descriptor) }
    }

    /// Forces every appended record to disk.
    func sync() {
        fsync(descriptor)
        lastSync.withLock { $0 = .now }
    }

    private func readAll() throws(ResultFileError) -> [UInt8] {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        var offset: off_t = 0
        while true {
            let count = chunk.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, offset) }
            if count < 0 {
                if errno == EINTR { continue }
                throw ResultFileError(file: path, message: "cannot read: \(errorText())")
            }
            if count == 0 { return bytes }
            bytes.append(contentsOf: chunk[0..<count])
            offset += off_t(count)
        }
    }
}

/// The text of the current `errno`.
func errorText() -> String { String(cString: strerror(errno)) }
