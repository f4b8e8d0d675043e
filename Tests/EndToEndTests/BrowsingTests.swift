import Foundation
import Testing

/// The real binary in tmux on the reference record: moving, following a citation, searching,
/// resizing and quitting, checked on the captured screen.
@Suite(.serialized, .timeLimit(.minutes(1))) struct BrowsingTests {
    private func start(_ file: String = Paths.fixture, width: Int = 120, height: Int = 40) throws -> TmuxSession {
        let session = try TmuxSession([Paths.binary, file], width: width, height: height)
        let started = try session.waitFor("? help")
        #expect(started, "the browser did not draw its status line: \(session.dump)")
        return session
    }

    /// The last non-empty row: the status line.
    private func statusLine(_ session: TmuxSession) throws -> String {
        try session.screen().last { !$0.trimmingCharacters(in: .whitespaces).isEmpty } ?? ""
    }

    @Test func startsOnTheRecordWithAllThreePanes() throws {
        let session = try start()
        defer { session.close() }
        let screen = try session.screenText()
        #expect(screen.contains("S/PV.8160"))
        #expect(screen.contains("Speakers 24"))
        #expect(screen.contains("References"))
        #expect(screen.contains("上午10时20分开会。"))
        let rows = try session.screen()
        #expect(rows.filter { !$0.isEmpty }.count == 40, "every row of the 40-row pane is drawn")
        try session.quitAndExpectRestored()
    }

    @Test func goToAndNextStatement() throws {
        let session = try start()
        defer { session.close() }
        try session.type(":4")
        try session.send("Enter")
        #expect(try session.waitFor("Statement 4/24"))
        #expect(try session.screenText().contains("杜达总统"))
        try session.send("}")
        #expect(try session.waitFor("Statement 5/24"))
        #expect(try statusLine(session).contains("statement 5/24"))
        try session.send("{", "{")
        #expect(try session.waitFor("Statement 3/24"))
        try session.quitAndExpectRestored()
    }

    @Test func followingACitationVisitsItsMentionsInOrder() throws {
        let session = try start()
        defer { session.close() }
        try session.type(":6")
        try session.send("Enter", "Tab", "Enter")
        #expect(try session.waitFor("S/RES/1540 (2004): mention"), "status: \(session.dump.components(separatedBy: "\n").last { !$0.isEmpty } ?? "")")
        let first = try mentionNumber(session)
        try session.send("]")
        let (advanced, _) = try session.waitFor { _ in (try? mentionNumber(session)) == first.map { $0 % 15 + 1 } }
        #expect(advanced, "] goes to the next mention: \(session.dump.components(separatedBy: "\n").last { !$0.isEmpty } ?? "")")
        try session.send("[")
        let (back, _) = try session.waitFor { _ in (try? mentionNumber(session)) == first }
        #expect(back, "[ comes back: \(session.dump.components(separatedBy: "\n").last { !$0.isEmpty } ?? "")")
        try session.quitAndExpectRestored()
    }

    /// `n` of `mention n/15` on the status line.
    private func mentionNumber(_ session: TmuxSession) throws -> Int? {
        let status = try statusLine(session)
        guard let range = status.range(of: #"mention \d+/15"#, options: .regularExpression) else { return nil }
        return Int(status[range].dropFirst(8).prefix { $0 != "/" })
    }

    @Test func searchFindsMatchesAcrossStatements() throws {
        let session = try start()
        defer { session.close() }
        try session.send("/")
        try session.type("核武器")
        try session.send("Enter")
        let (found, _) = try session.waitFor { $0.range(of: #"match 1/\d+"#, options: .regularExpression) != nil }
        #expect(found, "status: \(session.dump.components(separatedBy: "\n").last { !$0.isEmpty } ?? "")")
        let total = try statusLine(session).range(of: #"match 1/\d+"#, options: .regularExpression)
            .map { try! statusLine(session)[$0].split(separator: "/").last.map(String.init) ?? "" } ?? ""
        #expect((Int(total) ?? 0) > 10)
        try session.send("n")
        #expect(try session.waitFor("match 2/\(total)"))
        try session.send("N")
        #expect(try session.waitFor("match 1/\(total)"))
        try session.quitAndExpectRestored()
    }

    @Test func resizeRedrawsAlignedAtTheNewSize() throws {
        let session = try start()
        defer { session.close() }
        try session.type(":12")
        try session.send("Enter")
        #expect(try session.waitFor("Statement 12/24"))
        for (width, height) in [(70, 20), (45, 15), (130, 35)] {
            try session.resize(width: width, height: height)
            let (settled, screen) = try session.waitFor { text in
                let rows = text.components(separatedBy: "\n")
                // The whole frame is in: top and bottom borders at the new width.
                return rows.count >= height && rows[1].hasPrefix("┌") && rows[1].hasSuffix("┐")
                    && ScreenText.width(rows[1]) == width
                    && rows[height - 2].hasPrefix("└") && rows[height - 2].hasSuffix("┘")
                    && ScreenText.width(rows[height - 2]) == width
                    // And the status line below it (a capture may come while tmux draws).
                    && rows[height - 1].contains("statement 12/24")
            }
            #expect(settled, "\(width)x\(height):\n\(screen)")
            let rows = screen.components(separatedBy: "\n")
            for row in rows { #expect(ScreenText.width(row) <= width, "row wider than \(width): \(row)") }
            // Borders stand in the same columns on every body row.
            let borders = ScreenText.columns(of: "┬", in: rows[1]).map { $0 } + [0, width - 1]
            for row in rows[2..<(height - 2)] {
                let bars = ScreenText.columns(of: "│", in: row)
                #expect(Set(bars) == Set(borders), "\(width)x\(height) misaligned row: \(row)")
            }
            #expect(rows[height - 1].contains("statement 12/24"), "\(width)x\(height): \(rows[height - 1])")
        }
        #expect(try session.screenText().contains("References"), "the sidebar is back at 130 columns")
        try session.quitAndExpectRestored()
    }

    @Test func coloursAreUsedUnlessNoColor() throws {
        let session = try start()
        defer { session.close() }
        try session.type(":6")
        try session.send("Enter")
        #expect(try session.waitFor("Statement 6/24"))
        try session.quitAndExpectRestored()
        #expect(ScreenText.setsColour(session.outputAfterExit()))
    }

    @Test func textFromTheFileIsInert() throws {
        let directory = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let hostile = [
            "上午10时20分开会。", "",
            "主席（以俄语发言）：标题\u{1B}]2;PWNED\u{07}后文 \u{1B}[31m红色\u{1B}[0m 清屏\u{1B}[2J 光标\u{1B}[10;10H C1\u{9B}31m 响铃\u{07} 反向\u{202E}evil\u{202C} 隔离\u{2066}x\u{2069} DEL\u{7F} 结束。",
            "", String(repeating: "甲", count: 3000) + String(repeating: "abc ", count: 1750),
            "", "下午1时散会。",
        ].joined(separator: "\n") + "\n"
        let file = directory.appendingPathComponent("hostile.txt")
        try Data(hostile.utf8).write(to: file)

        let session = try TmuxSession([Paths.binary, file.path], width: 100, height: 30)
        defer { session.close() }
        let titleBefore = try session.display("#{pane_title}")
        #expect(try session.waitFor("? help"))
        try session.type(":1")
        try session.send("Enter")
        let (shown, _) = try session.waitFor { $0.contains("^[]2;PWNED") && $0.contains("甲甲甲甲甲甲甲甲甲甲") && $0.contains("statement 1/1") }
        #expect(shown, "escape shown as visible text: \(session.dump)")
        let screen = try session.screen()
        #expect(screen.joined().contains("^[[31m"))
        #expect(screen.first?.contains("hostile.txt") == true, "the title row is where it was")
        #expect(screen.last { !$0.isEmpty }?.contains("q quit") == true, "the status row is where it was")
        #expect(try session.display("#{pane_title}") == titleBefore, "the pane title is unchanged")
        // The long line is there, wrapped, and the browser still answers.
        #expect(screen.contains { $0.contains("甲甲甲甲甲甲甲甲甲甲") })
        try session.send("G")
        #expect(try session.waitFor("abc abc"))

        try session.quitAndExpectRestored()
        let text = session.outputAfterExit()
        #expect(!text.contains("\u{1B}]2;PWNED"))
        #expect(!text.contains("\u{1B}]"), "no OSC sequence at all")
        #expect(!text.contains("\u{07}"), "no BEL")
        #expect(!text.unicodeScalars.contains { (0x80...0x9F).contains($0.value) }, "no C1 control")
        #expect(!text.unicodeScalars.contains { [0x202E, 0x202C, 0x2066, 0x2069].contains($0.value) }, "no bidi control")
    }
}
