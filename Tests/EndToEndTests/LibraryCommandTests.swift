import Foundation
import Testing

/// `verbatim index`, `search` and `cites` as whole processes on a folder of records, their
/// JSON, and how long they take.
@Suite struct LibraryCommandTests {
    /// A folder of six meetings written from the fixture, with covers giving symbols and dates.
    static func makeLibrary(in root: URL) throws -> String {
        let folder = root.appendingPathComponent("records")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let body = try String(contentsOfFile: Paths.fixture, encoding: .utf8)
        for k in 0..<6 {
            let cover = "联合国\nS/PV.\(8300 + k)\n安全理事会\n第\(8300 + k)次会议\n2019年\(k + 1)月18日星期五上午10时在纽约举行\n临时\n议程\n不扩散大规模毁灭性武器\n"
            try (cover + body).write(to: folder.appendingPathComponent("meeting-\(k).txt"), atomically: true, encoding: .utf8)
        }
        try "notes\n".write(to: folder.appendingPathComponent("README.md"), atomically: true, encoding: .utf8)
        return folder.path
    }

    static func run(_ arguments: [String], root: URL) throws -> (SpawnResult, Double) {
        let start = Date()
        let result = try spawnAndWait(
            [Paths.binary] + arguments,
            environment: ["LANG": "C.UTF-8", "PATH": "/usr/bin:/bin", "XDG_CACHE_HOME": root.appendingPathComponent("cache").path],
            scratch: root)
        return (result, Date().timeIntervalSince(start))
    }

    @Test func indexesSearchesAndFollowsCitationsAsJSON() throws {
        let root = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let folder = try Self.makeLibrary(in: root)
        let before = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()

        let (index, _) = try Self.run(["index", folder, "--json"], root: root)
        #expect(index.status == 0)
        let report = try #require(try JSONSerialization.jsonObject(with: index.output) as? [String: Any])
        #expect(report["meetings"] as? Int == 6)
        #expect(report["files"] as? Int == 6)
        #expect(report["added"] as? Int == 7)
        #expect(report["updated"] as? Int == 0)
        #expect(report["removed"] as? Int == 0)
        #expect((report["failed"] as? [Any])?.isEmpty == true)
        #expect(report["seconds"] is Double)
        // Nothing is written inside the folder; the index is in the cache.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("cache/verbatim").path)
            .contains { $0.hasSuffix(".sqlite") })

        let (search, searchSeconds) = try Self.run(["search", folder, "不扩散", "--limit", "3", "--from", "2019-02-01", "--json"], root: root)
        #expect(search.status == 0)
        let hits = try #require(try JSONSerialization.jsonObject(with: search.output) as? [[String: Any]])
        #expect(hits.count == 3)
        let keys: Set<String> = ["symbol", "isoDate", "language", "path", "statement", "speaker", "country", "countryCode", "page", "snippet"]
        #expect(hits.allSatisfy { Set($0.keys) == keys })
        #expect(hits.allSatisfy { ($0["snippet"] as? String)?.contains("不扩散") == true })
        #expect(hits.allSatisfy { ($0["isoDate"] as? String ?? "") >= "2019-02-01" })
        // Wall-clock bounds hold only without a sanitizer's slowdown.
        #expect(searchSeconds < 0.5 || SanitizerRuntime.isActive)

        let (cites, citesSeconds) = try Self.run(["cites", folder, "S/RES/1540 (2004)", "--json"], root: root)
        #expect(cites.status == 0)
        let meetings = try #require(try JSONSerialization.jsonObject(with: cites.output) as? [[String: Any]])
        #expect(meetings.compactMap { $0["symbol"] as? String } == (8300..<8306).map { "S/PV.\($0)" })
        #expect(meetings.allSatisfy { ($0["mentions"] as? Int ?? 0) > 10 && !($0["statements"] as? [Int] ?? []).isEmpty })
        #expect(citesSeconds < 0.5 || SanitizerRuntime.isActive)

        let (text, _) = try Self.run(["search", folder, "核"], root: root)
        #expect(text.status == 0)
        #expect(String(decoding: text.output, as: UTF8.self).contains("S/PV.8300"))
    }

    /// The real records, `../shared/fixtures/real`, when they are there.
    static let real = Paths.root.deletingLastPathComponent().appendingPathComponent("shared/fixtures/real")

    @Test(.enabled(if: FileManager.default.fileExists(atPath: real.path), "../shared/fixtures/real is absent"))
    func aSnippetRunningOverAPageFootStaysOnItsRow() throws {
        let root = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let folder = root.appendingPathComponent("records")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.real.appendingPathComponent("S_PV.10124_ru.txt"), to: folder.appendingPathComponent("S_PV.10124_ru.txt"))
        // The title's paragraph on the cover runs into the page's foot (job number, bar code).
        let (text, _) = try Self.run(["search", folder.path, "Украин", "--limit", "5"], root: root)
        #expect(text.status == 0)
        let lines = String(decoding: text.output, as: UTF8.self).split(separator: "\n")
        #expect(lines.count == 6, "\(lines)")
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("2026-03-23  S/PV.10124") }, "\(lines)")
    }

    @Test func aMissingFolderIsAnInputError() throws {
        let root = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let (result, _) = try Self.run(["search", root.appendingPathComponent("absent").path, "核"], root: root)
        #expect(result.status == 1)
        #expect(String(decoding: result.errors, as: UTF8.self).contains("no such folder"))
    }
}

/// Ctrl-C while a library is being indexed leaves an index that the next run completes.
@Suite struct LibraryInterruptTests {
    @Test func anInterruptedIndexIsConsistentAndCompletedByTheNextRun() throws {
        let root = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let folder = root.appendingPathComponent("records")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let body = try String(contentsOfFile: Paths.fixture, encoding: .utf8)
        let meetings = 100
        for k in 0..<meetings {
            let cover = "联合国\nS/PV.\(8400 + k)\n安全理事会\n第\(8400 + k)次会议\n\(2019 + k / 84)年\(k % 12 + 1)月\(k / 12 % 7 + 1)日星期五上午10时在纽约举行\n临时\n议程\n不扩散大规模毁灭性武器\n"
            try (cover + body).write(to: folder.appendingPathComponent("S_PV.\(8400 + k)_zh.txt"), atomically: true, encoding: .utf8)
        }
        let index = root.appendingPathComponent("index.sqlite").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Paths.binary)
        process.arguments = ["index", folder.path, "--index", index]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Interrupt once the first batch is written (the index holds paragraphs), or after 20 s.
        let deadline = Date().addingTimeInterval(20)
        while process.isRunning, Date() < deadline {
            var info = stat()
            if stat(index + "-wal", &info) == 0, info.st_size > 1 << 20 { break }
            usleep(20_000)
        }
        let interrupted = process.isRunning
        if interrupted { kill(process.processIdentifier, SIGINT) }
        process.waitUntilExit()

        let (second, _) = try LibraryCommandTests.run(["index", folder.path, "--index", index, "--json"], root: root)
        #expect(second.status == 0)
        let report = try #require(try JSONSerialization.jsonObject(with: second.output) as? [String: Any])
        #expect(report["meetings"] as? Int == meetings)
        if interrupted { #expect((report["added"] as? Int ?? 0) < meetings) }
        // Every meeting's text is in the index once: as many hits in each meeting as in one record.
        let (search, _) = try LibraryCommandTests.run(["search", folder.path, "拉夫罗夫", "--index", index, "--limit", "100000", "--json"], root: root)
        let hits = try #require(try JSONSerialization.jsonObject(with: search.output) as? [[String: Any]])
        let perMeeting = Dictionary(grouping: hits) { $0["symbol"] as? String ?? "" }.mapValues(\.count)
        #expect(perMeeting.count == meetings)
        #expect(Set(perMeeting.values).count == 1)
    }
}
