import Foundation
import Testing

/// `o` (open a link) and `y` (copy) through the real binary: a browser is run with curses left
/// and the screen comes back; without one, the URL goes to the clipboard through OSC 52.
@Suite(.serialized, .timeLimit(.minutes(1))) struct ExternalEffectTests {
    private let url = "https://undocs.org/zh/S/RES/1540(2004)"

    /// Starts on statement 6 with the reference sidebar focused (its first row: S/RES/1540 (2004)).
    private func startOnReferences(environment: [String: String]) throws -> TmuxSession {
        let session = try TmuxSession([Paths.binary, Paths.fixture], width: 120, height: 40, environment: environment)
        #expect(try session.waitFor("? help"))
        try session.type(":6")
        try session.send("Enter", "Tab")
        #expect(try session.waitFor("Statement 6/24"))
        return session
    }

    @Test func openRunsTheBrowserWithTheURLAndComesBack() throws {
        let directory = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let record = directory.appendingPathComponent("opened").path
        let browser = directory.appendingPathComponent("browser")
        try "printf '%s' \"$1\" > \(TmuxSession.shellQuote(record))\n".write(to: browser, atomically: true, encoding: .utf8)

        // Run through `sh`, not executed: a program another test starts at the same moment may
        // inherit a descriptor of the file just written, and executing it would then fail.
        let session = try startOnReferences(environment: ["BROWSER": "sh \(browser.path)"])
        defer { session.close() }
        try session.send("o")
        #expect(try session.waitFor("opened \(url)"), "\(session.dump)")
        #expect((try? String(contentsOfFile: record, encoding: .utf8)) == url)
        // Back in curses mode, the screen whole again.
        let screen = try session.screen()
        #expect(try session.display("#{alternate_on}") == "1")
        #expect(screen[1].hasPrefix("┌") && screen[1].hasSuffix("┐"))
        #expect(screen.contains { $0.contains("Statement 6/24") })
        try session.quitAndExpectRestored()
    }

    @Test func withoutABrowserTheURLIsCopiedThroughOSC52() throws {
        let empty = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: empty) }
        // A failing $BROWSER and no xdg-open on the path.
        let session = try startOnReferences(environment: ["BROWSER": "false", "PATH": empty.path])
        defer { session.close() }
        try session.send("o")
        #expect(try session.waitFor("URL copied"), "\(session.dump)")
        #expect(try session.screenText().contains(url))
        try session.quitAndExpectRestored()
        let osc = "\u{1B}]52;c;" + Data(url.utf8).base64EncodedString() + "\u{07}"
        #expect(session.outputAfterExit().contains(osc))
    }

    @Test func outsideTmuxAndWithoutClipboardProgramsCopyingGoesThroughOSC52() throws {
        let empty = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: empty) }
        // Not under tmux as far as the program can tell, and no wl-copy, xclip or xsel on the path.
        let session = try TmuxSession([Paths.binary, Paths.fixture], width: 120, height: 40,
                                      environment: ["TMUX": "", "PATH": empty.path])
        defer { session.close() }
        #expect(try session.waitFor("? help"))
        try session.type(":4")
        try session.send("Enter")
        #expect(try session.waitFor("Statement 4/24"))
        try session.send("y")
        #expect(try session.waitFor("via OSC 52"), "\(session.dump)")
        #expect(try session.screenText().contains("copied S/PV.8160, p. 6, paragraph 1 via OSC 52"))
        try session.quitAndExpectRestored()
        let output = session.outputAfterExit()
        let start = try #require(output.range(of: "\u{1B}]52;c;"))
        let end = try #require(output[start.upperBound...].firstIndex(of: "\u{07}"))
        let copied = Data(base64Encoded: String(output[start.upperBound..<end])).map { String(decoding: $0, as: UTF8.self) }
        #expect(copied?.hasPrefix("S/PV.8160, p. ") == true)
        #expect(copied?.contains("杜达总统") == true)
    }

    /// The statement pane's text on screen row `row` (the column between the second and third
    /// vertical borders), without its padding.
    private func statementText(_ screen: [String], row: Int) -> String {
        let columns = screen[row].components(separatedBy: "│")
        return columns.count > 2 ? columns[2].trimmingCharacters(in: .whitespaces) : ""
    }

    @Test func underTmuxYCopiesTheParagraphAtTheTopIntoTheTmuxBuffer() throws {
        let session = try TmuxSession([Paths.binary, Paths.fixture], width: 120, height: 40)
        defer { session.close() }
        #expect(try session.waitFor("? help"))
        try session.type(":4")
        try session.send("Enter")
        #expect(try session.waitFor("Statement 4/24"))
        // A page down: the top of the text is now inside a later paragraph.
        let before = try session.screenText()
        try session.send("Space")
        #expect(try session.waitFor { $0 != before }.0)
        // The first line of text from the top of the pane (a blank line may separate paragraphs).
        let screenRows = try session.screen()
        let top = (2..<(screenRows.count - 2)).lazy.map { statementText(screenRows, row: $0) }.first { !$0.isEmpty } ?? ""
        #expect(!top.isEmpty)
        try session.send("y")
        let (copied, screen) = try session.waitFor { $0.contains("via tmux buffer") }
        #expect(copied, "\(session.dump)")
        let named = try #require(screen.firstMatch(of: /copied S\/PV\.8160, p\. (\d+), paragraph (\d+) via tmux buffer/))
        #expect(Int(named.2)! > 1, "the paragraph at the top, not the first: \(screen)")
        let buffer = try session.tmux(["show-buffer"])
        #expect(buffer.hasPrefix("S/PV.8160, p. \(named.1), 杜达总统"))
        let lines = buffer.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 2 && lines[1].contains(top), "top line \(top) not in \(buffer)")
        try session.quitAndExpectRestored()
    }

    @Test func underTmuxECopiesTheStatementAsMarkdown() throws {
        let session = try TmuxSession([Paths.binary, Paths.fixture], width: 120, height: 40)
        defer { session.close() }
        #expect(try session.waitFor("? help"))
        try session.type(":4")
        try session.send("Enter")
        #expect(try session.waitFor("Statement 4/24"))
        try session.send("e")
        #expect(try session.waitFor("copied statement 4 as Markdown via tmux buffer"), "\(session.dump)")
        let buffer = try session.tmux(["show-buffer"])
        #expect(buffer.hasPrefix("## Statement 4: 杜达总统 (波兰), language en\n\n*S/PV.8160, pp. 6–7*\n"))
        // The same text as `verbatim export --to md --statement 4` (whose page line names the
        // symbol when the record states it).
        let export = try spawnAndWait([Paths.binary, "export", Paths.fixture, "--to", "md", "--statement", "4"],
                                      environment: [:], scratch: session.directory)
        let exported = String(decoding: export.output, as: UTF8.self)
        #expect(export.status == 0)
        #expect(buffer == exported || buffer == exported.replacingOccurrences(of: "\n*pp. 6–7*\n", with: "\n*S/PV.8160, pp. 6–7*\n"))
        try session.quitAndExpectRestored()
    }
}
