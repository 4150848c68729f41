import MetaCore

/// Joins the result streams of a plan's shards into one, checking that together they hold
/// every combination exactly once, all of the same plan.
enum BatchMerge {
    /// The records of `files` in canonical order.
    ///
    /// - Throws: ``MergeError`` listing every problem: unreadable files, torn last lines
    ///   (an interrupted shard), records of different plans, duplicates and missing combinations.
    static func merge(_ files: [String]) throws(MergeError) -> [ResultRecord] {
        var problems: [String] = []
        var records: [ResultRecord] = []
        for file in files {
            do throws(ResultFileError) {
                let read = try ResultFile.read(path: file)
                if read.partialTail > 0 {
                    problems.append("\(file): ends in a partial line (the shard was interrupted); rerun that shard to finish it")
                }
                records += read.records
            } catch {
                problems.append(error.description)
            }
        }
        guard let first = records.first else {
            throw MergeError(problems: problems + ["no records in " + files.joined(separator: ", ")])
        }
        for record in records where record.planHash != first.planHash || record.total != first.total {
            problems.append("\(record.location): record of another plan (plan sha256 \(record.planHash.prefix(12))…, "
                + "\(first.location) has \(first.planHash.prefix(12))…)")
        }
        var seen: [Int: ResultRecord] = [:]
        for record in records {
            if let earlier = seen[record.index] {
                problems.append("combination \(record.index) (\(record.key)) appears twice: \(earlier.location) and \(record.location)")
            } else {
                seen[record.index] = record
            }
        }
        let missingCount = first.total - seen.count
        if missingCount > 0 {
            // At most seen.count + 20 steps, however large a (hostile) total claims to be.
            var shown: [Int] = []
            var index = 0
            while shown.count < 20, index < first.total {
                if seen[index] == nil { shown.append(index) }
                index += 1
            }
            let list = shown.map(String.init).joined(separator: ", ") + (missingCount > shown.count ? ", …" : "")
            problems.append("missing \(missingCount) of \(first.total) combinations (indices \(list)); "
                + "a shard I/N holds the indices with index % N == I")
        }
        guard problems.isEmpty else { throw MergeError(problems: problems) }
        return records.canonicallyOrdered
    }

    /// The stream text of `records`: one line each, in the given order.
    static func text(of records: [ResultRecord]) -> String {
        records.map { $0.text + "\n" }.joined()
    }

    /// A manifest for the merged stream: the first shard's, marked complete, or a minimal one.
    static func manifest(from files: [String], records: [ResultRecord]) -> JSONText {
        let base = files.lazy.compactMap(RunManifest.read(for:)).first
        let replaced: [String: JSONText] = [
            "state": .string("complete"), "shard": .string("merged from \(files.count) files"),
            "records": .integer(records.count), "combinations": .integer(records.first?.total ?? 0),
        ]
        var fields = base?.members.compactMap { member -> (String, JSONText)? in
            if ["evaluated_this_run", "failed_this_run", "seconds_this_run", "evaluations_per_second", "jobs", "updated"]
                .contains(member.key) { return nil }
            return (member.key, replaced[member.key] ?? JSONText(member.node))
        } ?? [("metadesign_version", .string(MetaDesignVersion.string)),
              ("plan_sha256", .string(records.first?.planHash ?? ""))]
        for (key, value) in replaced.sorted(by: { $0.key < $1.key }) where !fields.contains(where: { $0.0 == key }) {
            fields.append((key, value))
        }
        return .object(fields)
    }
}

/// Why shards could not be merged: every problem found.
struct MergeError: Error, Sendable, CustomStringConvertible {
    /// One message per problem.
    var problems: [String]

    /// The problems, one per line.
    var description: String {
        problems.joined(separator: "\n") + "\nnot merged (\(problems.count) problem\(problems.count == 1 ? "" : "s"))"
    }
}
