import Foundation
import Testing

/// The habits of less and vim users through the real binary in tmux: `m` gives the mouse to the
/// terminal and takes it back, `:q` quits.
@Suite(.serialized, .timeLimit(.minutes(1))) struct ReaderHabitsEndToEndTests {
    /// Whether the program has asked the terminal for mouse reports (any mode), as tmux sees it.
    private func mouseOn(_ session: TmuxSession) throws -> Bool {
        try session.display("#{mouse_any_flag}#{mouse_button_flag}#{mouse_standard_flag}").contains("1")
    }

    /// Waits until the mouse mode is `on` (the program redraws and flushes after a key).
    private func waitMouse(_ session: TmuxSession, _ on: Bool) throws -> Bool {
        let deadline = Date().addingTimeInterval(5)
        while Date() < deadline {
            if try mouseOn(session) == on { return true }
            usleep(50_000)
        }
        return false
    }

    @Test func mReleasesTheMouseAndColonQQuits() throws {
        let session = try TmuxSession([Paths.binary, Paths.fixture], width: 120, height: 40)
        defer { session.close() }
        #expect(try session.waitFor("? help"))
        #expect(try waitMouse(session, true), "the browser takes the mouse at start")
        try session.send("m")
        #expect(try session.waitFor("mouse: left to the terminal"))
        #expect(try waitMouse(session, false), "after m the terminal has the mouse: \(session.dump)")
        try session.send("m")
        #expect(try waitMouse(session, true), "m again takes it back")
        try session.type(":q")
        try session.send("Enter")
        #expect(try session.exitStatus() == 0)
        #expect(try session.display("#{alternate_on} #{cursor_flag}") == "0 1", "terminal restored")
    }
}
