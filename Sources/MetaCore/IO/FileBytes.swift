import CZlib
import Foundation

/// Reading and writing whole files, with gzip handled transparently.
public enum FileBytes {
    /// Whether `path` names an existing regular file (not a directory).
    public static func isFile(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && !isDirectory.boolValue
    }

    /// Reads the file at `path`, inflating it when it is gzip-compressed (by content, not by name).
    ///
    /// The compressed file is read whole and inflated straight into one buffer sized from
    /// the gzip trailer, so a 10 MB model costs one allocation instead of a doubling series.
    ///
    /// - Throws: `ModelReadError` when the file is missing, unreadable or a corrupt gzip stream.
    public static func read(path: String) throws(ModelReadError) -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ModelReadError(file: path, message: "no such file")
        }
        if isDirectory.boolValue { throw ModelReadError(file: path, message: "is a directory, not a file") }
        let raw = try readRaw(path: path)
        guard GzipInflater.isGzip(raw) else { return raw }
        return try GzipInflater.inflate(raw, file: path)
    }

    /// The bytes of the file as stored, read with one `read` per chunk of its size.
    private static func readRaw(path: String) throws(ModelReadError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            throw ModelReadError(file: path, message: "cannot open: \(String(cString: strerror(errno)))")
        }
        defer { close(descriptor) }
        var status = stat()
        let size = fstat(descriptor, &status) == 0 ? max(Int(status.st_size), 0) : 0
        // One byte more than the size, so that a file that grew meanwhile is still read whole.
        var bytes = [UInt8](repeating: 0, count: size + 1)
        var count = 0
        while true {
            if count == bytes.count { bytes.append(contentsOf: repeatElement(0, count: max(bytes.count, 1 << 16))) }
            let got = bytes.withUnsafeMutableBytes { buffer in
                readSome(descriptor, into: buffer, from: count)
            }
            if got < 0 {
                if errno == EINTR { continue }
                throw ModelReadError(file: path, message: "cannot read: \(String(cString: strerror(errno)))")
            }
            if got == 0 { break }
            count += got
        }
        bytes.removeLast(bytes.count - count)
        return bytes
    }

    /// Writes `data` to `path` atomically: a temporary file in the same folder is
    /// written, flushed and renamed over the target, so a reader never sees half a file.
    /// A path ending in `.gz` is gzip-compressed.
    public static func writeAtomically(_ data: [UInt8], to path: String) throws(ModelWriteError) {
        let url = URL(fileURLWithPath: path)
        let payload: [UInt8]
        if path.hasSuffix(".gz") {
            payload = try gzipCompress(data, path: path)
        } else {
            payload = data
        }
        do {
            try Data(payload).write(to: url, options: .atomic)
        } catch {
            throw ModelWriteError(file: path, message: "cannot write: \(error.localizedDescription)")
        }
    }

    private static func gzipCompress(_ data: [UInt8], path: String) throws(ModelWriteError) -> [UInt8] {
        var stream = z_stream()
        // windowBits 15 + 16 asks zlib for a gzip header instead of a zlib one.
        let initialised = deflateInit2_(&stream, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY,
                                        ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        guard initialised == Z_OK else { throw ModelWriteError(file: path, message: "zlib deflateInit failed") }
        defer { deflateEnd(&stream) }
        var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, UInt(data.count))) + 64)
        var input = data
        let status: Int32 = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                stream.next_in = inBuffer.baseAddress
                stream.avail_in = UInt32(inBuffer.count)
                stream.next_out = outBuffer.baseAddress
                stream.avail_out = UInt32(outBuffer.count)
                return deflate(&stream, Z_FINISH)
            }
        }
        guard status == Z_STREAM_END else { throw ModelWriteError(file: path, message: "zlib deflate failed (\(status))") }
        return Array(output[0..<Int(stream.total_out)])
    }
}

/// POSIX `read` into `buffer` from `offset` on (outside `FileBytes`, whose own `read`
/// would shadow it).
private func readSome(_ descriptor: Int32, into buffer: UnsafeMutableRawBufferPointer, from offset: Int) -> Int {
    read(descriptor, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
}

/// Why a model or result file could not be written.
public struct ModelWriteError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The path of the file as given.
    public var file: String
    /// What went wrong.
    public var message: String

    /// Creates an error.
    public init(file: String, message: String) {
        self.file = file
        self.message = message
    }

    /// `file: message`.
    public var description: String { "\(file): \(message)" }
}
