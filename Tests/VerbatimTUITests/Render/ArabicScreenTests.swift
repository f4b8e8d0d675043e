import Testing
import VerbatimKit
@testable import VerbatimTUI

/// The characters of row `y` drawn in `style`, left to right.
private func cells(_ grid: Grid, row y: Int, style: Style) -> String {
    var text = ""
    for x in 0..<grid.size.width where !grid[x, y].isContinuation && grid[x, y].style == style {
        text.append(grid[x, y].character)
    }
    return text
}

/// True for the Arabic letters that join (U+0622–U+064A, less hamza U+0621 which never joins):
/// drawn as presentation forms, none of them should reach the screen as written.
private func isUnshapedJoiningLetter(_ scalar: Unicode.Scalar) -> Bool {
    (0x0622...0x064A).contains(scalar.value)
}

@Test func anArabicStatementAtOneHundredColumns() {
    let state = ArabicRecord.state(100, 14)
    let grid = App.render(state, size: state.size)
    assertGrid(grid, [
        " S/PV.10124 · 10124 ﺔﺴﻠﺠﻟﺍ ﻦﻣﻷﺍ ﺲﻠﺠﻣ                                                                ",
        "┌─ Speakers 2 ───────────┬─ Statement 2/2 ──────────────────────────────┬─ References 1 ───────────┐",
        "│ 1 ﺲﻴﺋﺮﻟﺍ             en│         (ﺔﻳﺰﻴﻠﻜﻧﻹﺎﺑ ﺖﻤﻠﻜﺗ) ﻮﻟﺭﺎﻜﻳﺩ ﺓﺪﻴﺴﻟﺍ .2 │SC resolutions  here · all│",
        "│▶2 ﻮﻟﺭﺎﻜﻳﺩ ﺓﺪﻴﺴﻟﺍ     en│ 2 paragraphs · pp. 2–3                       │ S/RES/2774 (2025)   1 · 1│",
        "│                        │                                              │                          │",
        "│                        │  S/RES/2774 (2025) ﺭﺍﺮﻘﻟﺍ ﻦﻣﻷﺍ ﺲﻠﺠﻣ ﺬﺨﺗﺍ ﺪﻘﻟ │                          │",
        "│                        │         .ﺍﺭﺎﺣ ﺎﺒﻴﺣﺮﺗ ﻚﻟﺬﺑ ﺐﺣﺮﻧ ﻦﺤﻧﻭ ،ﻉﺎﻤﺟﻹﺎﺑ │                          │",
        "│                        │                                              │                          │",
        "│                        │ ── p. 3 ──────────────────────────────────── │                          │",
        "│                        │       ﻥﺇ .ﺔﻟءﺎﺴﻣ ﻼﺑ ﺔﻟﺍﺪﻋ ﻻﻭ ،ﺔﻟﺍﺪﻋ ﻼﺑ ﻡﻼﺳ ﻻ │                          │",
        "│                        │                .ﻡﻮﻳ ﻞﻛ ﻦﻤﺜﻟﺍ ﻥﻮﻌﻓﺪﻳ ﻦﻴﻴﻧﺪﻤﻟﺍ │                          │",
        "│                        │                                              │                          │",
        "└────────────────────────┴──────────────────────────────────────────────┴──────────────────────────┘",
        " statement 2/2 · p. 2 · 100%                                                         ? help  q quit ",
    ])
    // The label and the text end at the pane's right edge (column 70 is the last of the text area).
    for y in [2, 5, 6, 8, 9] {
        #expect(grid[70, y].character != " " && grid[71, y].character == " ", "row \(y) is not right-aligned")
    }
    // Letters are joined: only presentation forms on screen, with the lam-alef ligatures.
    let shown = grid.lines.joined()
    #expect(!shown.unicodeScalars.contains(where: isUnshapedJoiningLetter))
    #expect(shown.contains("\u{FEFC}") && shown.contains("\u{FEFB}") && shown.contains("\u{FEF9}"))
    // The citation is underlined exactly where it is drawn: the symbol left to right, the word
    // القرار (shaped) to its right.
    #expect(cells(grid, row: 5, style: Theme.color.citation) == "S/RES/2774 (2025) ﺭﺍﺮﻘﻟﺍ")
}

@Test func anArabicStatementAtSixtyColumns() {
    let state = ArabicRecord.state(60, 14)
    let grid = App.render(state, size: state.size)
    assertGrid(grid, [
        " S/PV.10124 · 10124 ﺔﺴﻠﺠﻟﺍ ﻦﻣﻷﺍ ﺲﻠﺠﻣ                        ",
        "┌─ Speakers 2 ───┬─ Statement 2/2 ─────────────────────────┐",
        "│ 1 ﺲﻴﺋﺮﻟﺍ     en│    (ﺔﻳﺰﻴﻠﻜﻧﻹﺎﺑ ﺖﻤﻠﻜﺗ) ﻮﻟﺭﺎﻜﻳﺩ ﺓﺪﻴﺴﻟﺍ .2 │",
        "│▶2 …ﻱﺩ ﺓﺪﻴﺴﻟﺍ en│ 2 paragraphs · pp. 2–3                  │",
        "│                │                                         │",
        "│                │    S/RES/2774 ﺭﺍﺮﻘﻟﺍ ﻦﻣﻷﺍ ﺲﻠﺠﻣ ﺬﺨﺗﺍ ﺪﻘﻟ │",
        "│                │   ﺎﺒﻴﺣﺮﺗ ﻚﻟﺬﺑ ﺐﺣﺮﻧ ﻦﺤﻧﻭ ،ﻉﺎﻤﺟﻹﺎﺑ (2025) │",
        "│                │                                   .ﺍﺭﺎﺣ │",
        "│                │                                         │",
        "│                │ ── p. 3 ─────────────────────────────── │",
        "│                │             ﻼﺑ ﺔﻟﺍﺪﻋ ﻻﻭ ،ﺔﻟﺍﺪﻋ ﻼﺑ ﻡﻼﺳ ﻻ │",
        "│                │     ﻞﻛ ﻦﻤﺜﻟﺍ ﻥﻮﻌﻓﺪﻳ ﻦﻴﻴﻧﺪﻤﻟﺍ ﻥﺇ .ﺔﻟءﺎﺴﻣ │",
        "└────────────────┴─────────────────────────────────────────┘",
        " statement 2/2 · p. 2 · 96%                  ? help  q quit ",
    ])
    // The citation is split where keeping it whole would leave the line half empty.
    #expect(cells(grid, row: 5, style: Theme.color.citation) + cells(grid, row: 6, style: Theme.color.citation) == "S/RES/2774 ﺭﺍﺮﻘﻟﺍ(2025)")
    #expect(!grid.lines.joined().unicodeScalars.contains(where: isUnshapedJoiningLetter))
}

@Test func searchMatchesInArabicAreMarkedWhereTheyAreDrawn() {
    var state = ArabicRecord.state(100, 14)
    press(&state, "/الأمن Enter")
    let grid = App.render(state, size: state.size)
    // مجلس الأمن: the match is the shaped word, alef on the right, with its lam-hamza ligature.
    #expect(cells(grid, row: 5, style: Theme.color.currentMatch) == "ﻦﻣﻷﺍ")
    // The status row shows the query as it reads, shaped.
    #expect(grid.lines[13].contains("/ﻦﻣﻷﺍ match 1/1"))
}

@Test func aClickOnAnArabicCitationSelectsItsMention() {
    var state = ArabicRecord.state(60, 14)
    state.siblingFiles = []
    let grid = App.render(state, size: state.size)
    // Row 6 holds the citation; click on the "2" of 2774, found on screen.
    let x = (0..<grid.size.width).first { grid[$0, 6].character == "2" }!
    _ = App.update(&state, .mouse(MouseEvent(action: .press, position: Point(x: x, y: 6))))
    #expect(state.mention?.paragraph == 0)
    #expect(state.followed == "S/RES/2774 (2025)")
    // A click on an uncited word selects nothing.
    var other = ArabicRecord.state(60, 14)
    _ = App.update(&other, .mouse(MouseEvent(action: .press, position: Point(x: 55, y: 5))))
    #expect(other.mention == nil)
}

@Test func withBidiLeftToTheTerminalTheTextIsSentAsWritten() {
    let state = ArabicRecord.state(100, 14, bidi: .terminal)
    let grid = App.render(state, size: state.size)
    // Logical order, unshaped, from the left edge: the terminal reorders and joins.
    #expect(grid.lines[5].hasPrefix("│                        │ لقد اتخذ مجلس الأمن القرار S/RES/2774 (2025)"))
    #expect(grid.lines[2].contains("│ 2. السيدة ديكارلو (تكلمت بالإنكليزية)"))
    #expect(!grid.lines.joined().unicodeScalars.contains { (0xFE70...0xFEFC).contains($0.value) })
}

@Test func chineseLinesAreNotTouchedByTheBidiStep() {
    var state = SampleRecord.state(120, 20)
    press(&state, ":2 Enter")
    let lines = state.statementLayout()!.lines
    #expect(lines.allSatisfy { $0.visual == nil })
}

@Test func arabicNeverOverflowsAPaneAtAnySize() {
    for width in [1, 2, 5, 9, 17, 30, 49, 50, 73, 99, 100, 131] {
        for height in [1, 3, 8, 24] {
            var state = ArabicRecord.state(width, height)
            press(&state, "/القرار Enter")
            let grid = App.render(state, size: state.size)
            #expect(grid.lines.allSatisfy { DisplayWidth.standard.of($0) == width }, "\(width)x\(height)")
        }
    }
    // Every character of the statement's text is drawn once at a width where nothing is cut.
    let state = ArabicRecord.state(100, 30)
    let layout = state.statementLayout()!
    for line in layout.lines where line.kind == .text {
        let visual = try! #require(line.visual)
        #expect(visual.logicalRanges.flatMap { Array($0) }.sorted() == Array(line.start..<line.end))
    }
}
