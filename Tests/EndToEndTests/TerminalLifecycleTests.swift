import Foundation
import Testing

/// The real binary in tmux: starting, quitting, signals and bad input leave the terminal as it was.
@Suite(.serialized, .timeLimit(.minutes(1))) struct TerminalLifecycleTests {
    /// `alternate_on cursor_flag` of the pane once the program has ended: "0 1" when the normal
    /// screen and a visible cursor are back.
    private func terminalState(_ session: TmuxSession) throws -> String {
        try session.display("#{alternate_on} #{cursor_flag}")
    }

    /// Starts the browser on the fixture and waits until it is drawn in the alternate screen.
    private func startBrowser(width: Int = 120, height: Int = 40, environment: [String: String] = [:]) throws -> TmuxSession {
        let session = try TmuxSession([Paths.binary, Paths.fixture], width: width, height: height, environment: environment)
        let (drawn, screen) = try session.waitFor { _ in (try? session.display("#{alternate_on}")) == "1" }
        #expect(drawn, "the browser did not start: \(screen)")
        _ = try session.waitFor(timeout: 5) { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
        return session
    }

    @Test func quitWithQRestoresTheTerminal() throws {
        let session = try startBrowser()
        defer { session.close() }
        #expect(try session.display("#{cursor_flag}") == "0", "the cursor is hidden while browsing")
        try session.quitAndExpectRestored()
    }

    @Test func ctrlCQuitsCleanly() throws {
        let session = try startBrowser()
        defer { session.close() }
        try session.send("C-c")
        #expect(try session.exitStatus() == 0)
        #expect(try terminalState(session) == "0 1")
    }

    @Test(arguments: [(SIGTERM, 143), (SIGINT, 130), (SIGHUP, 129)])
    func signalRestoresTheTerminalAndExitsWith128PlusIt(signal: Int32, status: Int) throws {
        let session = try startBrowser()
        defer { session.close() }
        let pid = try #require(try session.programPID())
        #expect(kill(pid, signal) == 0)
        #expect(try session.exitStatus() == status)
        #expect(try terminalState(session) == "0 1")
    }

    @Test func aCrashStillRestoresTheTerminal() throws {
        // A fault (here delivered by kill) must not leave the terminal in curses mode. The
        // runtime's interactive crash report is turned off so that the process dies at once; so
        // is AddressSanitizer's own SIGSEGV handler when the tests run under it (it would report
        // the signal and exit 1 instead of letting the browser's handler re-raise it).
        let session = try startBrowser(environment: ["SWIFT_BACKTRACE": "enable=no", "ASAN_OPTIONS": "handle_segv=0"])
        defer { session.close() }
        let pid = try #require(try session.programPID())
        #expect(kill(pid, SIGSEGV) == 0)
        #expect(try session.exitStatus() == 128 + Int(SIGSEGV))
        #expect(try terminalState(session) == "0 1")
    }

    /// Inputs that cannot be read: missing, empty, binary.
    enum BadInput: String, CaseIterable {
        case missing, empty, binary
    }

    @Test(arguments: BadInput.allCases)
    func badInputIsOneLineAndNeverTouchesTheTerminal(_ input: BadInput) throws {
        let directory = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("\(input.rawValue).txt")
        switch input {
        case .missing: break
        case .empty: try Data().write(to: file)
        case .binary: try Data([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00] + Array(repeating: 0, count: 200)).write(to: file)
        }
        let session = try TmuxSession([Paths.binary, file.path], width: 250, height: 20)
        defer { session.close() }
        #expect(try session.exitStatus() == 1)
        let lines = try session.screen().filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        #expect(lines.count == 2, "one message line, then the exit line: \(lines)")
        #expect(lines.first?.hasPrefix("verbatim: ") == true)
        #expect(lines.first?.contains("\(input.rawValue).txt") == true)
        // Not a byte of terminal control: no alternate screen, no cursor change.
        let output = session.outputAfterExit()
        #expect(!output.contains("\u{1B}[?1049h"))
        #expect(!output.contains("\u{1B}[?25l"))
        #expect(try terminalState(session) == "0 1")
    }

    @Test(arguments: ["", "dumb", "no-such-terminal"])
    func unusableTerminalIsOneLineAndExit1(term: String) throws {
        let session = try TmuxSession([Paths.binary, Paths.fixture], width: 250, height: 20, environment: ["TERM": term])
        defer { session.close() }
        #expect(try session.exitStatus() == 1)
        let lines = try session.screen().filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        #expect(lines.count == 2, "one message line, then the exit line: \(lines)")
        #expect(lines.first?.hasPrefix("verbatim: ") == true)
        let output = session.outputAfterExit()
        #expect(!output.contains("\u{1B}[?1049h"))
        #expect(try terminalState(session) == "0 1")
    }

    @Test func usageErrorExitsWith2() throws {
        let session = try TmuxSession([Paths.binary, "--no-such-option"])
        defer { session.close() }
        #expect(try session.exitStatus() == 2)
        #expect(try terminalState(session) == "0 1")
    }

    @Test func resizingAtAnyMomentKeepsTheBrowserRunning() throws {
        let session = try startBrowser()
        defer { session.close() }
        for (width, height) in [(60, 20), (20, 5), (1, 1), (200, 60), (99, 30), (120, 40)] {
            try session.resize(width: width, height: height)
            usleep(30_000)
        }
        // Still alive and responsive after the storm of resizes.
        #expect(try session.display("#{pane_dead} #{alternate_on}") == "0 1")
        try session.quitAndExpectRestored()
    }

    @Test func noColorGivesAMonochromeScreen() throws {
        let session = try startBrowser(environment: ["NO_COLOR": "1"])
        defer { session.close() }
        try session.quitAndExpectRestored()
        // No colour was set (setaf/setab on tmux's terminal types are CSI 3x / 4x m).
        #expect(!ScreenText.setsColour(session.outputAfterExit()))
    }

    @Test func withoutAFileTheBundledSampleIsShown() throws {
        let scratch = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: scratch) }
        // Run from elsewhere: the sample is found from the sources, not the working directory.
        let result = try spawnAndWait(["/bin/sh", "-c", "cd / && exec \(TmuxSession.shellQuote(Paths.binary))"],
                                      environment: ["LANG": "C.UTF-8", "PATH": "/usr/bin:/bin"], scratch: scratch)
        #expect(result.status == 0, "\(String(decoding: result.errors, as: UTF8.self))")
        let text = String(decoding: result.output, as: UTF8.self)
        #expect(text.hasPrefix("S/PV.8160"))
        #expect(text.contains("[24] "))
    }

    @Test func plainTextWhenOutputIsNotATerminal() throws {
        let scratch = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let result = try spawnAndWait([Paths.binary, Paths.fixture, "--width", "40"], environment: ["LANG": "C.UTF-8", "PATH": "/usr/bin:/bin"], scratch: scratch)
        #expect(result.status == 0)
        let text = String(decoding: result.output, as: UTF8.self)
        #expect(!text.contains("\u{1B}"), "no escape sequence in plain output")
        let lines = text.split(separator: "\n")
        #expect(lines.count > 500)
        #expect(text.contains("通过议程"))
    }
}
