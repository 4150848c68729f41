import CZlib

/// Inflates a whole gzip file held in memory with zlib, in one pass into one buffer.
///
/// `gzread` would inflate into its own window and copy out chunk by chunk; for the
/// multi-megabyte SBML files genome-scale models come in, inflating in place into a
/// buffer sized from the gzip trailer (ISIZE, the uncompressed size modulo 2³²) saves
/// those copies and the page faults of a growing array. Like `gzread`, it reads
/// concatenated gzip members one after another and ignores trailing bytes that are not
/// a further member.
enum GzipInflater {
    /// Whether `bytes` start with the gzip magic number.
    static func isGzip(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B
    }

    /// The uncompressed contents of the gzip data `compressed`; `file` names it in errors.
    ///
    /// - Throws: `ModelReadError` for a corrupt or truncated stream.
    static func inflate(_ compressed: [UInt8], file: String) throws(ModelReadError) -> [UInt8] {
        var stream = z_stream()
        // windowBits 15 + 16: a gzip header and trailer, not a zlib one.
        guard inflateInit2_(&stream, 15 + 16, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw ModelReadError(file: file, message: "cannot read: zlib inflateInit failed")
        }
        defer { inflateEnd(&stream) }
        // One byte beyond the expected size, so that the last call sees the end of the stream with room left.
        var output = [UInt8](repeating: 0, count: expectedSize(of: compressed) + 1)
        var produced = 0
        var consumed = 0
        while true {
            if produced == output.count { output.append(contentsOf: repeatElement(0, count: output.count)) }
            let status: Int32 = compressed.withUnsafeBufferPointer { input in
                output.withUnsafeMutableBufferPointer { target in
                    stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress.map { $0 + consumed })
                    stream.avail_in = UInt32(clamping: input.count - consumed)
                    stream.next_out = target.baseAddress.map { $0 + produced }
                    stream.avail_out = UInt32(clamping: target.count - produced)
                    let before = (stream.avail_in, stream.avail_out)
                    let status = CZlib.inflate(&stream, Z_NO_FLUSH)
                    consumed += Int(before.0 - stream.avail_in)
                    produced += Int(before.1 - stream.avail_out)
                    return status
                }
            }
            switch status {
            case Z_OK:
                continue
            case Z_STREAM_END:
                // Another gzip member may follow (as `cat a.gz b.gz` makes); anything else is ignored.
                let rest = Array(compressed[consumed...].prefix(2))
                guard rest == [0x1F, 0x8B], inflateReset(&stream) == Z_OK else {
                    output.removeLast(output.count - produced)
                    return output
                }
            case Z_BUF_ERROR where consumed == compressed.count:
                throw ModelReadError(file: file, message: "cannot read (corrupt or truncated gzip?): unexpected end of file")
            case Z_BUF_ERROR:
                continue  // the output was full; the loop grows it
            default:
                let detail = stream.msg.map { String(cString: $0) } ?? "zlib error \(status)"
                throw ModelReadError(file: file, message: "cannot read (corrupt or truncated gzip?): \(detail)")
            }
        }
    }

    /// The uncompressed size the gzip trailer states, when it is plausible; otherwise a
    /// guess from the compressed size. Model files compress 5–30:1; a stated size beyond
    /// 200:1 (or a corrupt trailer) is not trusted with an allocation, the buffer grows instead.
    private static func expectedSize(of compressed: [UInt8]) -> Int {
        let guess = compressed.count * 4
        guard compressed.count >= 18 else { return guess }
        let end = compressed.count
        let stated = Int(compressed[end - 4]) | Int(compressed[end - 3]) << 8
            | Int(compressed[end - 2]) << 16 | Int(compressed[end - 1]) << 24
        return stated >= compressed.count / 2 && stated <= compressed.count * 200 ? stated : guess
    }
}
