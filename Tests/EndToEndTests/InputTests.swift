import Foundation
import Testing

/// Mouse reports and job control through the real binary in tmux.
@Suite(.serialized, .timeLimit(.minutes(1))) struct InputTests {
    @Test func clickingASpeakerTwiceOpensItAndTheWheelScrolls() throws {
        let session = try TmuxSession([Paths.binary, Paths.fixture], width: 120, height: 40)
        defer { session.close() }
        #expect(try session.waitFor("? help"))
        let row = try #require(try session.screen().firstIndex { $0.contains("杜达总统") })
        // Press and release, twice: select the row, then open it. A report can be split by a
        // loaded machine and read as Escape plus text, so the pair is tried up to three times;
        // a browser that ignores the mouse fails all three.
        var opened = false
        for _ in 0..<3 where !opened {
            for _ in 0..<2 {
                try session.mouse(button: 0, x: 6, y: row)
                try session.mouse(button: 3, x: 6, y: row)
                usleep(50_000)
            }
            opened = try session.waitFor("Statement 4/24", timeout: 3)
        }
        #expect(opened, "\(session.dump)")

        // The wheel over the statement pane scrolls it.
        let before = try session.screen()[4]
        try session.mouse(button: 65, x: 60, y: 10)
        let (scrolled, _) = try session.waitFor { $0.components(separatedBy: "\n")[4] != before }
        #expect(scrolled, "wheel down moved the statement text")
        try session.quitAndExpectRestored()
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/bin/bash")))
    func ctrlZSuspendsAndTheScreenComesBackWhole() throws {
        let session = try TmuxSession([], width: 100, height: 30, interactiveShell: true)
        defer { session.close() }
        #expect(try session.waitFor("$"))
        try session.type("\(TmuxSession.shellQuote(Paths.binary)) \(TmuxSession.shellQuote(Paths.fixture))")
        try session.send("Enter")
        #expect(try session.waitFor("? help"))
        try session.type(":4")
        try session.send("Enter")
        #expect(try session.waitFor("Statement 4/24"))

        try session.send("C-z")
        #expect(try session.waitFor("Stopped"), "the shell took over: \(session.dump)")
        #expect(try session.display("#{alternate_on} #{cursor_flag}") == "0 1")

        try session.type("fg")
        try session.send("Enter")
        let (back, screen) = try session.waitFor { $0.contains("Statement 4/24") && $0.contains("? help") }
        #expect(back, "\(screen)")
        let rows = screen.components(separatedBy: "\n")
        #expect(rows[1].hasPrefix("┌") && rows[1].hasSuffix("┐"), "the top border is whole")
        #expect(rows.filter { $0.hasPrefix("│") }.count >= 26, "every pane row is drawn again")
        #expect(try session.display("#{alternate_on}") == "1")

        try session.send("q")
        try session.type("echo exit=$?")
        try session.send("Enter")
        #expect(try session.exitStatus() == 0)
        #expect(try session.display("#{alternate_on} #{cursor_flag}") == "0 1")
    }
}
