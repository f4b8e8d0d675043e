import Foundation
import Testing

/// The real binary opening two versions of one meeting side by side in tmux, and refusing files
/// of different meetings. Both versions are Chinese-format files written for the test: the
/// reference record, and a copy that lacks one paragraph of the Secretary-General's statement.
@Suite(.serialized, .timeLimit(.minutes(1))) struct ParallelTests {
    /// Writes `folder/name` under `root` with `text`, and returns its path.
    private func write(_ text: String, _ folder: String, _ name: String, in root: URL) throws -> String {
        let directory = root.appendingPathComponent(folder)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let url = directory.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    /// The reference record, and the same without the paragraph that opens `全球对核武器的担忧`.
    private func versions(in root: URL, secondName: String = "S_PV.8160_zh.txt") throws -> (String, String) {
        let text = try String(contentsOfFile: Paths.fixture, encoding: .utf8)
        let start = try #require(text.range(of: "全球对核武器的担忧"))
        let end = try #require(text.range(of: "安理会的团结一致", range: start.upperBound..<text.endIndex))
        var shorter = text
        shorter.removeSubrange(start.lowerBound..<end.lowerBound)
        return (try write(text, "a", "S_PV.8160_zh.txt", in: root), try write(shorter, "b", secondName, in: root))
    }

    @Test func twoVersionsShowSideBySideAndMoveTogether() throws {
        let root = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let (first, second) = try versions(in: root)
        let session = try TmuxSession([Paths.binary, first, second], width: 140, height: 30)
        defer { session.close() }
        #expect(try session.waitFor("? help"), "the browser did not start: \(session.dump)")
        try session.type(":2")
        try session.send("Enter")
        // Both columns head statement 2; the copy has one paragraph fewer.
        let (shown, screen) = try session.waitFor { $0.contains("15 paragraphs") && $0.contains("14 paragraphs") }
        #expect(shown, "\(screen)")
        let rows = try session.screen()
        #expect(rows.contains { $0.components(separatedBy: "2. 秘书长（以英语发言）").count == 3 }, "\(rows.joined(separator: "\n"))")
        #expect(rows.contains { $0.contains("15 paragraphs") && $0.contains("14 paragraphs") })
        #expect(rows[1].contains("▸zh") && rows[1].contains("┬"))
        try session.send("}")
        let (moved, after) = try session.waitFor { text in
            text.split(separator: "\n").contains { $0.components(separatedBy: "3. 主席（以俄语发言）").count == 3 }
        }
        #expect(moved, "both columns move to statement 3: \(after)")
        #expect(after.contains("25 paragraphs"))
        try session.quitAndExpectRestored()
    }

    @Test func aNarrowTerminalShowsOneVersionAndVFlips() throws {
        let root = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let (first, second) = try versions(in: root)
        let session = try TmuxSession([Paths.binary, first, second], width: 100, height: 30)
        defer { session.close() }
        #expect(try session.waitFor("? help"), "the browser did not start: \(session.dump)")
        try session.type(":2")
        try session.send("Enter")
        #expect(try session.waitFor("15 paragraphs"))
        #expect(!(try session.screenText()).contains("14 paragraphs"))
        try session.type("v")
        let (flipped, screen) = try session.waitFor { $0.contains("14 paragraphs") && $0.contains("showing zh") }
        #expect(flipped, "\(screen)")
        #expect(!screen.contains("15 paragraphs") && screen.contains("Statement 2/24"))
        try session.quitAndExpectRestored()
    }

    @Test func filesOfDifferentMeetingsAreRefused() throws {
        let root = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let (first, second) = try versions(in: root, secondName: "S_PV.8161_zh.txt")
        for arguments in [[first, second], ["render", first, second, "--size", "120x30"]] {
            let result = try spawnAndWait([Paths.binary] + arguments, environment: ["LANG": "C.UTF-8", "PATH": "/usr/bin:/bin"], scratch: root)
            let errors = String(decoding: result.errors, as: UTF8.self)
            #expect(result.status == 1)
            #expect(errors == "verbatim: not versions of one meeting: S_PV.8160_zh.txt is S/PV.8160, S_PV.8161_zh.txt is S/PV.8161\n")
            #expect(result.output.isEmpty)
        }
    }
}
