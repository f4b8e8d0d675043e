import Foundation
import Testing

/// The real binary in tmux on a short Arabic text: lines put in display order and shaped by the
/// program (tmux, like most terminals, neither reorders nor joins), or left to the terminal with
/// `--bidi terminal`.
@Suite(.serialized, .timeLimit(.minutes(1))) struct ArabicDisplayTests {
    /// A record file holding one Arabic paragraph that cites a resolution (written for the test).
    private func arabicFile() throws -> String {
        let text = "لقد اتخذ مجلس الأمن القرار S/RES/2774 (2025) بالإجماع، ولا سلام بلا عدالة.\n"
        let path = try Paths.temporaryDirectory().appendingPathComponent("arabic.txt").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// The statement pane's rows that hold Arabic, each without the box's borders.
    private func arabicRows(_ screen: [String]) -> [String] {
        screen.filter { row in row.unicodeScalars.contains { (0x0600...0x06FF).contains($0.value) || (0xFE70...0xFEFC).contains($0.value) } }
            .map { row in
                var inner = Substring(row)
                if inner.first == "│" { inner = inner.dropFirst() }
                if let end = inner.lastIndex(of: "│") { inner = inner[..<end] }
                return String(inner)
            }
    }

    @Test func arabicIsJoinedReorderedAndAlignedRight() throws {
        // 46 columns: the statement pane alone, so every Arabic row is text of the statement.
        let session = try TmuxSession([Paths.binary, try arabicFile()], width: 46, height: 16)
        defer { session.close() }
        #expect(try session.waitFor("1 paragraph"), "the browser did not start: \(session.dump)")
        let rows = arabicRows(try session.screen()).filter { !$0.contains("Unattributed") }
        #expect(!rows.isEmpty, "no Arabic on screen: \(session.dump)")
        let text = rows.joined()
        // Joined letters: presentation forms only, with the lam-alef ligatures of ولا and بلا.
        #expect(!text.unicodeScalars.contains { (0x0622...0x064A).contains($0.value) }, "unshaped letters: \(rows)")
        #expect(text.contains("\u{FEFB}") || text.contains("\u{FEFC}"))
        // The symbol reads left to right, whole; at this width its year may go to the next line
        // (a glued citation gives way rather than leave a line more than a third empty).
        #expect(text.contains("S/RES/2774") && text.contains("(2025)"))
        // Right to left: each line of the paragraph ends at the pane's right edge (the text area
        // keeps one blank column before the border), and the sentence's first word is at the right.
        for row in rows where !row.hasPrefix(" 1 paragraph") {
            #expect(row.hasSuffix(" ") && !row.dropLast().hasSuffix(" "), "not aligned right: |\(row)|")
        }
        #expect(rows.first { $0.contains("\u{FEAA}\u{FED8}\u{FEDF}") }.map { $0.dropLast().hasSuffix("\u{FEAA}\u{FED8}\u{FEDF}") } == true,
                "لقد is not the rightmost word: \(rows)")
        try session.quitAndExpectRestored()
    }

    @Test func withBidiTerminalTheTextIsSentAsWritten() throws {
        let session = try TmuxSession([Paths.binary, try arabicFile(), "--bidi", "terminal"], width: 46, height: 16)
        defer { session.close() }
        #expect(try session.waitFor("1 paragraph"), "the browser did not start: \(session.dump)")
        let text = arabicRows(try session.screen()).joined()
        // Logical order, unshaped: the terminal does the rest.
        #expect(text.contains("لقد"))
        #expect(!text.unicodeScalars.contains { (0xFE70...0xFEFC).contains($0.value) })
        try session.quitAndExpectRestored()
    }
}
