import Foundation
import Testing

/// The overview through the real binary in tmux: the first screen, `i` and back, `--at`, and
/// ASCII bars under a locale that is not UTF-8.
@Suite(.serialized, .timeLimit(.minutes(1))) struct OverviewTests {
    static let blocks: Set<Character> = ["▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"]

    @Test func theOverviewComesFirstAndIAndBackLeaveIt() throws {
        let session = try TmuxSession([Paths.binary, Paths.fixture], width: 120, height: 40)
        defer { session.close() }
        #expect(try session.waitFor("10:20–13:00"), "the overview is not the first screen: \(session.dump)")
        let first = try session.screenText()
        #expect(first.contains("─ Overview "))
        #expect(first.contains("S/RES/1540 (2004)"))
        #expect(first.contains { OverviewTests.blocks.contains($0) }, "no block-element bars: \(first)")

        // `i` leaves it for where the reader was (the opening line), `i` brings it back.
        try session.send("i")
        #expect(try session.waitFor("─ Opening of the meeting "), "\(session.dump)")
        #expect(try !session.screenText().contains("10:20–13:00"))
        try session.send("i")
        #expect(try session.waitFor("─ Overview "))

        // Enter on the first speaker row (the chair) opens statement 1; back returns to the overview.
        try session.send("Enter")
        #expect(try session.waitFor("Statement 1/24"), "\(session.dump)")
        try session.send("BSpace")
        #expect(try session.waitFor("─ Overview "), "\(session.dump)")
        try session.quitAndExpectRestored()
    }

    @Test func atOpensAtAStatementOrAReferencesFirstMention() throws {
        let byNumber = try TmuxSession([Paths.binary, Paths.fixture, "--at", "7"], width: 120, height: 40)
        defer { byNumber.close() }
        #expect(try byNumber.waitFor("Statement 7/24"), "\(byNumber.dump)")
        try byNumber.quitAndExpectRestored()

        let byReference = try TmuxSession([Paths.binary, Paths.fixture, "--at", "S/RES/1540 (2004)"], width: 120, height: 40)
        defer { byReference.close() }
        #expect(try byReference.waitFor("S/RES/1540 (2004): mention 1/"), "\(byReference.dump)")
        try byReference.quitAndExpectRestored()
    }

    @Test func barsAreHashesWhenTheLocaleIsNotUTF8() throws {
        let session = try TmuxSession([Paths.binary, Paths.fixture], width: 120, height: 40, environment: ["LC_ALL": "C"])
        defer { session.close() }
        #expect(try session.waitFor("10:20–13:00"), "\(session.dump)")
        let text = try session.screenText()
        #expect(text.contains("###"))
        #expect(!text.contains { OverviewTests.blocks.contains($0) })
        try session.quitAndExpectRestored()
    }
}
