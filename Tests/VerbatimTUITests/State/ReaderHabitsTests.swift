import Testing
import VerbatimKit
@testable import VerbatimTUI

// The habits of less and vim users, on the bundled record.

/// The entry of statement `n` (1-based) of the fixture.
private func statementEntry(_ state: AppState, _ n: Int) -> Int { state.document.statementEntries[n - 1] }

@Test func nextMatchSearchesFromWhereTheReaderIs() throws {
    var state = Fixture.state()
    press(&state, "/1540 Enter")
    let matches = try #require(state.search?.matches)
    let first = try #require(state.search?.current)
    #expect(matches[first].entry < statementEntry(state, 18))
    // Jump to statement 18: `n` lands in statement 18's first match, not after the last one.
    press(&state, ":18 Enter")
    let e18 = state.entry
    press(&state, "n")
    let expected = try #require(matches.firstIndex { $0.entry >= e18 })
    #expect(state.search?.current == expected)
    #expect(state.entry == matches[expected].entry)
    // From there `n` goes on from that match.
    press(&state, "n")
    #expect(state.search?.current == expected + 1)
    // `N` after a jump goes to the last match before the place jumped to.
    press(&state, ":18 Enter N")
    let before = try #require(matches.lastIndex { $0.entry < e18 })
    #expect(state.search?.current == before)
}

@Test func escapeClosesThePromptButKeepsTheSearch() throws {
    var state = Fixture.state()
    press(&state, "/1540 Enter")
    let current = try #require(state.search?.current)
    press(&state, "/2231 Escape")
    #expect(state.prompt == nil)
    #expect(state.search?.query == "1540")
    press(&state, "n")
    #expect(state.search?.current == current + 1)
}

@Test func anEmptySearchRepeatsTheLastOne() throws {
    var state = Fixture.state()
    press(&state, "/1540 Enter")
    let current = try #require(state.search?.current)
    press(&state, "/ Enter")
    #expect(state.search?.query == "1540" && state.search?.current == current + 1)
    // After Esc has cleared the search, it is run again from where the reader is.
    press(&state, "Escape")
    #expect(state.search == nil)
    press(&state, "/ Enter")
    #expect(state.search?.query == "1540" && state.search?.current != nil)
}

@Test func thePromptHasHistoryAndLineEditing() {
    var state = Fixture.state()
    press(&state, "/1540 Enter /2231 Enter /1540 Enter")
    #expect(state.searchHistory == ["2231", "1540"])
    press(&state, "/draft Up")
    #expect(state.prompt?.text == "1540")
    press(&state, "Up")
    #expect(state.prompt?.text == "2231")
    press(&state, "Up")
    #expect(state.prompt?.text == "2231")
    press(&state, "Down")
    #expect(state.prompt?.text == "1540")
    press(&state, "Down")
    #expect(state.prompt?.text == "draft")
    press(&state, "Space 防扩散 Space 条约 C-w")
    #expect(state.prompt?.text == "draft 防扩散 ")
    press(&state, "C-u")
    #expect(state.prompt?.text == "" && state.prompt != nil)
    press(&state, "Escape")
    #expect(state.search?.query == "1540")
}

@Test func deletingTheLastWordLeavesThePrecedingSpace() {
    #expect(Prompt.deletingLastWord("foo bar") == "foo ")
    #expect(Prompt.deletingLastWord("foo bar  ") == "foo ")
    #expect(Prompt.deletingLastWord("第2231号决议") == "")
    #expect(Prompt.deletingLastWord("") == "")
}

@Test func controlKeysScrollByHalfAndWholePages() throws {
    var state = Fixture.state(120, 24)
    // The longest statement, so that there is room to scroll.
    let longest = try #require(state.document.statementEntries.max { a, b in
        state.document.entries[a].paragraphs.map(\.text.count).reduce(0, +) < state.document.entries[b].paragraphs.map(\.text.count).reduce(0, +)
    })
    state.jump(toEntry: longest)
    let height = state.statementHeight
    #expect(state.maxScroll > 2 * height)
    press(&state, "C-d")
    #expect(state.scroll == height / 2)
    press(&state, "C-u")
    #expect(state.scroll == 0)
    press(&state, "C-f")
    #expect(state.scroll == height - 1)
    press(&state, "C-b")
    #expect(state.scroll == 0)
    press(&state, "C-n C-n C-n C-p")
    #expect(state.scroll == 2)
}

@Test func countsRepeatMovesAndStatements() {
    var state = Fixture.state(120, 24)
    press(&state, ":2 Enter")
    #expect(state.entry == statementEntry(state, 2))
    press(&state, "3}")
    #expect(state.entry == statementEntry(state, 5))
    press(&state, "2{")
    #expect(state.entry == statementEntry(state, 3))
    press(&state, "1 0 j")
    #expect(state.scroll == min(10, state.maxScroll))
    #expect(state.count == nil)
    // A count on its own says so, and an unbound key drops it.
    press(&state, "4")
    #expect(state.count == 4 && state.message == "count 4")
    press(&state, "x")
    #expect(state.count == nil)
    press(&state, "}")
    #expect(state.entry == statementEntry(state, 4))
    // `0` alone is not a count.
    press(&state, "0")
    #expect(state.count == nil)
}

@Test func colonQQuitsAndUnknownKeysSaySo() {
    var state = Fixture.state()
    #expect(press(&state, ":q Enter") == [.quit])
    #expect(press(&state, ":quit Enter") == [.quit])
    press(&state, "x")
    #expect(state.message == "unknown key — ? for help")
    #expect(row(state, 39).contains("unknown key — ? for help"))
    press(&state, "j")
    #expect(state.message == nil)
}

@Test func mouseCaptureTogglesAndTheHelpDocumentsTheMouse() {
    var state = Fixture.state()
    #expect(state.mouseCapture)
    #expect(press(&state, "m") == [.mouseCapture(false)])
    #expect(!state.mouseCapture)
    #expect(press(&state, "m") == [.mouseCapture(true)])
    let help = HelpPane.lines(for: state).map { $0.keys + " " + $0.text }
    #expect(help.contains { $0.hasPrefix("click ") })
    #expect(help.contains { $0.hasPrefix("double-click ") })
    #expect(help.contains { $0.hasPrefix("wheel ") })
    #expect(help.contains { $0.hasPrefix("m ") && $0.contains("mouse") })
}

@Test func zoomGivesTheStatementTheFullWidth() {
    var state = Fixture.state(120, 40)
    #expect(state.layout.speakers != nil)
    press(&state, "z")
    #expect(state.layout.speakers == nil && state.layout.references == nil)
    #expect(state.layout.statement?.width == 120)
    press(&state, "Tab")
    #expect(state.focus == .statement)
    press(&state, "z")
    #expect(state.layout.speakers != nil)
    press(&state, "z Escape")
    #expect(!state.zoomed)
}

@Test func wideScreensSetTheTextAtAReadableMeasureCentred() throws {
    var state = Fixture.state(200, 60)
    press(&state, ":3 Enter")
    let box = try #require(state.layout.statement)
    let inner = Layout.inner(box)
    #expect(state.layout.statementText.width == 80)
    let area = Layout.textArea(inner, measure: state.measure)
    #expect(area.width == 80)
    // Centred: the margins either side differ by at most one column.
    let left = area.x - inner.x, right = inner.x + inner.width - (area.x + area.width)
    #expect(abs(left - right) <= 1 && left > 1)
    // No text is drawn outside the measure.
    let grid = App.render(state, size: state.size)
    for y in (inner.y + 2)..<(inner.y + inner.height) {
        for x in inner.x..<area.x { #expect(grid[x, y].character == " ", "column \(x), row \(y)") }
    }
    // Without a measure, and when zoomed, the text takes the pane's width.
    state.measure = nil
    #expect(state.layout.statementText.width == inner.width - 2)
    state.measure = 80
    press(&state, "z")
    #expect(state.layout.statementText.width == 200 - 4)
}

@Test func pageBreaksAreMarkedWithAThinRule() throws {
    var state = Fixture.state(120, 40)
    // A statement spanning pages: a rule with the page before each paragraph that starts a page.
    let e = try #require(state.document.statementEntries.first { state.document.entries[$0].pages.first < state.document.entries[$0].pages.last })
    state.jump(toEntry: e)
    let entry = state.document.entries[e]
    let lines = try #require(state.statementLayout()).lines
    let rules = lines.filter { $0.kind == .pageBreak }
    var expected: [String] = []
    var page = entry.pages.first
    for paragraph in entry.paragraphs where paragraph.page > page {
        expected.append("p. \(paragraph.page)")
        page = paragraph.page
    }
    #expect(!expected.isEmpty)
    #expect(rules.map(\.text) == expected)
    // Each rule stands right before its paragraph's first line (or its notes).
    for (i, line) in lines.enumerated() where line.kind == .pageBreak {
        let next = lines[(i + 1)...].first { $0.kind == .text }
        #expect(next?.paragraph == line.paragraph && entry.paragraphs[line.paragraph].page == Int(line.text.dropFirst(3)))
    }
    // Drawn as a rule with the page number.
    #expect(StatementPane.pageRule("p. 7", width: 20) == "──────────── p. 7 ──")
    #expect(StatementPane.pageRule("p. 7", width: 20, rightToLeft: true) == "── p. 7 ────────────")
    state.scroll = try #require(lines.firstIndex { $0.kind == .pageBreak })
    #expect(screen(state).contains("─ p. \(expected[0].dropFirst(3)) ──"))
}
