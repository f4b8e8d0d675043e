import Foundation
import Testing
import VerbatimKit
@testable import VerbatimTUI

/// Copying: the ways to the clipboard and their order, a clipboard program fed the text, the
/// status row's report, and what `y` and `e` hand over.
@Suite struct ClipboardTests {
    @Test func routesFollowTheEnvironmentInOrder() {
        let all = ClipboardCopy.routes(environment: [
            "TMUX": "/tmp/tmux-0/default,1,0", "WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0", "TERM": "xterm-256color",
        ])
        #expect(all.map(\.name) == ["tmux buffer", "tmux buffer", "wl-copy", "xclip", "xsel", "OSC 52"])
        #expect(all[0].command == ["tmux", "load-buffer", "-w", "-"])
        #expect(all[3].command == ["xclip", "-selection", "clipboard"])
        #expect(all[4].command == ["xsel", "--clipboard", "--input"])
        #expect(all[5].command == nil)
        // Empty variables count as unset; the Linux console and dumb terminals take no OSC 52.
        #expect(ClipboardCopy.routes(environment: ["TMUX": "", "DISPLAY": "", "TERM": "linux"]).isEmpty)
        #expect(ClipboardCopy.routes(environment: ["TERM": "dumb"]).isEmpty)
        #expect(ClipboardCopy.routes(environment: ["DISPLAY": ":1", "TERM": "xterm"]).map(\.name) == ["xclip", "xsel", "OSC 52"])
    }

    /// Writes an executable shell script (opened close-on-exec, so no other test's child holds it).
    private func script(_ path: String, _ body: String) {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o755)
        let bytes = Array("#!/bin/sh\n\(body)\n".utf8)
        _ = bytes.withUnsafeBufferPointer { write(fd, $0.baseAddress, $0.count) }
        close(fd)
    }

    @Test func aFailingProgramIsPassedOverAndTheNextOneGetsAllTheText() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("verbatim-clip-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let received = folder.appendingPathComponent("received").path
        script(folder.appendingPathComponent("wl-copy").path, "exit 1")
        script(folder.appendingPathComponent("xclip").path, "/bin/cat > '\(received)'")
        // More than a socket buffer holds, so the text is written while the program reads.
        let text = String(repeating: "第1540（2004）号决议。\u{1B}\n", count: 20_000)
        var escapes: [String] = []
        let route = ClipboardCopy.copy(text, environment: [
            "WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0", "TERM": "xterm", "PATH": folder.path,
        ]) { escapes.append($0) }
        #expect(route == "xclip")
        #expect(escapes.isEmpty)
        #expect(try Data(contentsOf: URL(fileURLWithPath: received)) == Data(text.utf8))
    }

    @Test func withoutProgramsOSC52IsTheLastWayAndNoneAtAllIsSaid() throws {
        var escapes: [String] = []
        let route = ClipboardCopy.copy("abc", environment: ["DISPLAY": ":0", "TERM": "xterm", "PATH": "/nonexistent"]) {
            escapes.append($0)
        }
        #expect(route == "OSC 52")
        #expect(escapes == [OSC52.sequence(for: "abc")])
        #expect(ClipboardCopy.copy("abc", environment: ["TERM": "linux", "PATH": "/nonexistent"]) { _ in } == nil)
        #expect(ClipboardReport.message(label: "statement 3 as Markdown", via: nil)
                == "not copied (statement 3 as Markdown): no clipboard (tmux, wl-copy, xclip, xsel, OSC 52)")
        #expect(ClipboardReport.message(label: "statement 3 as Markdown", via: "xsel") == "copied statement 3 as Markdown via xsel")
    }

    @Test func eCopiesTheCurrentStatementAsMarkdown() throws {
        var state = Fixture.state()
        press(&state, ":6 Enter")
        let effects = press(&state, "e")
        var record = Fixture.record
        record.meeting.symbol = record.meeting.symbol ?? "S/PV.8160"
        let markdown = MarkdownExport.statement(record.statements[5], in: record)
        #expect(effects == [.copyToClipboard(markdown, label: "statement 6 as Markdown")])
        #expect(markdown.hasPrefix("## Statement 6: 萨巴赫先生 (科威特), language ar\n\n*S/PV.8160, pp. 7–8*\n"))
        #expect(state.message == "copying statement 6 as Markdown…")
    }

    @Test func eOnAProceduralLineSaysThereIsNoStatement() {
        var state = Fixture.state()
        press(&state, "g")
        #expect(state.document.entries[state.entry].statementNumber == nil)
        #expect(press(&state, "e").isEmpty)
        #expect(state.message == "not on a statement: nothing to copy")
    }

    @Test func yCopiesTheParagraphAtTheTopOfTheText() throws {
        var state = Fixture.state(100, 20)
        press(&state, ":3 Enter")
        for _ in 0..<12 { press(&state, "j") }
        // The first line of text in the statement pane, as drawn.
        let shown = (2..<18).lazy.map { y -> String in
            let columns = row(state, y).components(separatedBy: "│")
            return columns.count > 2 ? columns[2].trimmingCharacters(in: .whitespaces) : ""
        }.first { !$0.isEmpty } ?? ""
        #expect(!shown.isEmpty)
        let effects = press(&state, "y")
        guard case .copyToClipboard(let text, let label) = effects.first else {
            Issue.record("no copy: \(effects)")
            return
        }
        let paragraphs = Fixture.record.statements[2].paragraphs
        let k = try #require(paragraphs.firstIndex { text.hasSuffix("\n" + $0.text) })
        #expect(k > 0, "scrolled past the first paragraph")
        #expect(paragraphs[k].text.contains(shown), "\(shown) is not in paragraph \(k + 1)")
        #expect(label == "S/PV.8160, p. \(paragraphs[k].page), paragraph \(k + 1)")
    }
}
