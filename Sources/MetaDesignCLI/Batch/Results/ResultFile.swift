import Foundation
import MetaCore

/// The records of a result stream (JSON Lines), read whole.
struct ResultFile: Sendable {
    /// The file.
    var path: String
    /// The complete records, in file order.
    var records: [ResultRecord]
    /// Bytes after the last line break: a record torn by a kill, not yet truncated.
    var partialTail: Int

    /// Reads every complete record of `path`; a torn last line is counted in `partialTail`, not read.
    ///
    /// - Throws: ``ResultFileError`` for an unreadable file or a complete line that is not a record.
    static func read(path: String) throws(ResultFileError) -> ResultFile {
        guard FileBytes.isFile(path), let data = FileManager.default.contents(atPath: path) else {
            throw ResultFileError(file: path, message: "cannot read (missing or not a file)")
        }
        let bytes = [UInt8](data)
        let complete = completeLength(of: bytes)
        return ResultFile(path: path, records: try records(in: bytes[..<complete], file: path),
                          partialTail: bytes.count - complete)
    }

    /// The length of `bytes` up to and including the last line break.
    static func completeLength(of bytes: [UInt8]) -> Int {
        (bytes.lastIndex(of: 0x0A).map { $0 + 1 }) ?? 0
    }

    /// The records of complete lines (blank lines skipped).
    static func records(in bytes: ArraySlice<UInt8>, file: String) throws(ResultFileError) -> [ResultRecord] {
        var records: [ResultRecord] = []
        var lineNumber = 0
        for line in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNumber += 1
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            guard let text = String(validating: line, as: UTF8.self) else {
                throw ResultFileError(file: file, line: lineNumber, message: "not UTF-8 text")
            }
            records.append(try ResultRecord(text: text, file: file, line: lineNumber))
        }
        return records
    }
}

extension Array where Element == ResultRecord {
    /// The records in canonical order (by combination index).
    var canonicallyOrdered: [ResultRecord] { sorted { ($0.index, $0.line) < ($1.index, $1.line) } }
}
