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

    @Test func copyingACitationSendsItThroughOSC52() throws {
        let session = try TmuxSession([Paths.binary, Paths.fixture], width: 120, height: 40)
        defer { session.close() }
        #expect(try session.waitFor("? help"))
        try session.type(":4")
        try session.send("Enter")
        #expect(try session.waitFor("Statement 4/24"))
        try session.send("y")
        #expect(try session.waitFor("copied S/PV.8160"), "\(session.dump)")
        try session.quitAndExpectRestored()
        let output = session.outputAfterExit()
        let start = try #require(output.range(of: "\u{1B}]52;c;"))
        let end = try #require(output[start.upperBound...].firstIndex(of: "\u{07}"))
        let copied = Data(base64Encoded: String(output[start.upperBound..<end])).map { String(decoding: $0, as: UTF8.self) }
        #expect(copied?.hasPrefix("S/PV.8160, p. ") == true)
        #expect(copied?.contains("杜达总统") == true)
    }
}
