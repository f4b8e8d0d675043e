import Foundation
import Testing

/// The ambiguous-width probe against real terminals: tmux (which answers the cursor-position
/// request, drawing `•` in one column), tmux behind a pty filter that swallows the request (a
/// terminal that never answers), and the same filter answering as a terminal that draws `•` in
/// two columns. The help (`?`) tells the outcome.
@Suite(.serialized) struct AmbiguousWidthProbeTests {
    /// A pty between tmux and the program: the program's output passes through with every
    /// cursor-position request removed; in `wide` mode the probe's request is answered as a
    /// terminal drawing `•` in two columns would.
    static let filter = #"""
    import os, re, select, sys, termios, tty, fcntl
    mode, argv = sys.argv[1], sys.argv[2:]
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, fcntl.ioctl(0, termios.TIOCGWINSZ, b"\0" * 8))
    pid = os.fork()
    if pid == 0:
        os.setsid()
        fcntl.ioctl(slave, termios.TIOCSCTTY, 0)
        for fd in (0, 1, 2):
            os.dup2(slave, fd)
        os.close(master)
        os.execvp(argv[0], argv)
    os.close(slave)
    saved = termios.tcgetattr(0)
    tty.setraw(0)
    probe = re.compile(rb"\x1b\[(\d+);(\d+)H\xe2\x80\xa2\x1b\[6n")
    def answer(match):
        if mode == "wide":
            os.write(master, b"\x1b[%d;%dR" % (int(match.group(1)), int(match.group(2)) + 2))
        return match.group(0)[:-4]
    try:
        while True:
            ready, _, _ = select.select([0, master], [], [])
            if 0 in ready:
                data = os.read(0, 4096)
                if not data:
                    break
                os.write(master, data)
            if master in ready:
                try:
                    data = os.read(master, 65536)
                except OSError:
                    break
                if not data:
                    break
                data = probe.sub(answer, data).replace(b"\x1b[6n", b"")
                os.write(1, data)
    finally:
        termios.tcsetattr(0, termios.TCSADRAIN, saved)
    _, status = os.waitpid(pid, 0)
    sys.exit(os.waitstatus_to_exitcode(status))
    """#

    static var python: String? {
        ["/usr/bin/python3", "/usr/local/bin/python3", "/bin/python3"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Starts the browser (behind the filter in `mode`, when given) and returns the session.
    private func start(filter mode: String? = nil, arguments: [String] = [], width: Int = 100, height: Int = 30) throws -> TmuxSession {
        var command = [Paths.binary, Paths.fixture] + arguments
        if let mode, let python = Self.python {
            let script = try Paths.temporaryDirectory().appendingPathComponent("cpr-filter.py")
            try Self.filter.write(to: script, atomically: true, encoding: .utf8)
            command = [python, script.path, mode] + command
        }
        let session = try TmuxSession(command, width: width, height: height)
        try #require(try session.waitFor("S/PV.8160"), "first frame:\n\(session.dump)")
        return session
    }

    /// The help's settings line once it names an outcome (not "asking the terminal").
    private func settledSummary(_ session: TmuxSession) throws -> String {
        var line = ""
        let (settled, _) = try session.waitFor(timeout: 10) { _ in
            _ = try? session.send("Escape")
            _ = try? session.send("?")
            _ = try? session.send("G")
            let previous = line
            line = ((try? session.screen()) ?? []).first { $0.contains("ambiguous width:") } ?? ""
            // The same line twice running: a capture taken while tmux was still drawing the
            // frame can hold the line with some of its cells not yet written.
            return !line.isEmpty && !line.contains("asking") && line == previous
        }
        #expect(settled, "the probe settled:\n\(session.dump)")
        return line
    }

    @Test func tmuxAnswersAndTheProbeComesAfterTheFirstFrame() throws {
        let session = try start()
        defer { session.close() }
        let line = try settledSummary(session)
        #expect(line.contains("ambiguous width: narrow (auto: the terminal draws • in 1 column)"), "\(line)")
        // The first frame was written before the request: the probe never holds it back.
        let output = String(decoding: session.output, as: UTF8.self)
        let title = try #require(output.range(of: "S/PV.8160"))
        let request = try #require(output.range(of: "\u{1B}[6n"))
        #expect(title.lowerBound < request.lowerBound)
        try session.send("Escape")
        try session.quitAndExpectRestored()
    }

    @Test(.enabled(if: python != nil)) func aTerminalThatNeverAnswersFallsBackToNarrow() throws {
        let session = try start(filter: "swallow")
        defer { session.close() }
        let line = try settledSummary(session)
        #expect(line.contains("ambiguous width: narrow (auto: no answer from the terminal)"), "\(line)")
        // The frames keep their line-drawing borders (narrow).
        #expect(try session.screenText().contains("└"))
        try session.send("Escape")
        try session.quitAndExpectRestored()
    }

    @Test(.enabled(if: python != nil)) func aWideAnswerRedrawsTheScreenWide() throws {
        let session = try start(filter: "wide")
        defer { session.close() }
        let line = try settledSummary(session)
        // tmux itself draws • in one column: the program leaves the second cell it gave it blank.
        #expect(line.contains("ambiguous width: wide (auto: the terminal draws •  in 2 columns)"), "\(line)")
        try session.send("Escape")
        // Redrawn with the wide table: frames in ASCII, whose characters are narrow everywhere.
        let (redrawn, screen) = try session.waitFor { !$0.contains("└") && $0.contains("+-") }
        #expect(redrawn, "\(screen)")
        try session.quitAndExpectRestored()
    }

    @Test(arguments: [(80, 24), (120, 40), (200, 60)])
    func wideAmbiguousKeepsEveryRowAligned(width: Int, height: Int) throws {
        let session = try start(arguments: ["--ambiguous", "wide"], width: width, height: height)
        defer { session.close() }
        for keys in [[], ["}"], ["}", "}", "}", "Tab"], ["r"], ["?"]] {
            if !keys.isEmpty { try session.send(contentsOf: keys) }
            usleep(150_000)
            let rows = try session.screen()
            // tmux draws • in one column: the program leaves the second of its two cells blank,
            // so every border still stands in its column and no row runs past the edge.
            for (y, row) in rows.enumerated() where y > 0 && y < height - 1 {
                #expect(ScreenText.width(row) <= width, "row \(y) too wide after \(keys): \(row)")
                #expect(!row.contains("│") && !row.contains("─"), "line-drawing border under wide: \(row)")
            }
            let bottom = rows[height - 2]
            #expect(bottom.hasPrefix("+") && bottom.hasSuffix("+"), "bottom border after \(keys): \(bottom)")
            let bars = ScreenText.columns(of: "|", in: rows[height - 3])
            for y in 2..<(height - 2) where !keys.contains("?") && !keys.contains("r") {
                #expect(ScreenText.columns(of: "|", in: rows[y]).filter { bars.contains($0) } == bars,
                        "borders out of line on row \(y) after \(keys):\n\(rows.joined(separator: "\n"))")
            }
            try session.send("Escape")
        }
        try session.quitAndExpectRestored()
    }
}

extension TmuxSession {
    /// Sends each key in turn.
    func send(contentsOf keys: [String]) throws {
        for key in keys { try send(key) }
    }
}
