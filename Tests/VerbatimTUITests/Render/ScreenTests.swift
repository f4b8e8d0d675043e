import Testing
import VerbatimKit
@testable import VerbatimTUI

@Test func threePanesSideBySideAtWideSizes() {
    var state = SampleRecord.state(140, 12)
    press(&state, ":3 Enter")
    assertGrid(App.render(state, size: state.size), [
        " S/PV.8160 · 安全理事会 第8160次会议 · 2018年1月18日 · 建立信任措施（S/2018/4）                                                             ",
        "┌─ Speakers 3 ─────────────────┬─ Statement 3/3 ─────────────────────────────────────────────────────────┬─ References 1 ──────────────────┐",
        "│ · 上午10时20分开会。         │ 3. 吴海涛先生（中国）                                                   │SC resolutions         here · all│",
        "│ · 建立信任措施（S/2018/4）   │ 1 paragraph · p. 5                                                      │ S/RES/1540 (2004)          1 · 3│",
        "│ 1 主席                     ru│                                                                         │                                 │",
        "│ 2 萨巴赫先生 科威特        ar│ 中国一贯支持第1540（2004）号决议。                                      │                                 │",
        "│▶3 吴海涛先生 中国          zh│                                                                         │                                 │",
        "│ · 下午1时散会。              │                                                                         │                                 │",
        "│                              │                                                                         │                                 │",
        "│                              │                                                                         │                                 │",
        "└──────────────────────────────┴─────────────────────────────────────────────────────────────────────────┴─────────────────────────────────┘",
        " statement 3/3 · p. 5 · 100%                                                                                                 ? help  q quit ",
    ])
}

@Test func belowFiftyColumnsOnlyTheStatementWithItsSpeaker() {
    var state = SampleRecord.state(44, 10)
    press(&state, ":3 Enter")
    let lines = App.render(state, size: state.size).lines
    #expect(Array(lines[1...]) == [
        "┌─ Statement 3/3 ──────────────────────────┐",
        "│ 3. 吴海涛先生（中国）                    │",
        "│ 1 paragraph · p. 5                       │",
        "│                                          │",
        "│ 中国一贯支持第1540（2004）号决议。       │",
        "│                                          │",
        "│                                          │",
        "└──────────────────────────────────────────┘",
        " statement 3/3 · p. 5 · 100%                ",
    ])
}

@Test func proceduralLinesAreEntriesAndListedDimmer() {
    let state = SampleRecord.state(120, 12)
    let grid = App.render(state, size: state.size)
    #expect(grid.lines[2].contains("▶· 上午10时20分开会。"))
    #expect(grid.lines[2].contains("Opening of the meeting"))
    // The procedural row is dim; a statement row is not.
    let theme = Theme.color
    #expect(grid[4, 3].style == theme.procedural)
    #expect(grid[4, 4].style == theme.text)
    #expect(grid.lines[11].contains("opening of the meeting · p. 2"))
}

@Test func notesStandInPlaceAndParagraphsAreSeparated() {
    var state = SampleRecord.state(120, 20)
    press(&state, ":2 Enter")
    let lines = state.statementLayout()!.lines
    let kinds = lines.map(\.kind)
    let note = kinds.firstIndex(of: .note)!
    #expect(lines[note].text == "（以英语发言）")
    // Between the paragraphs: the break, then the rule of page 4 that the second one starts.
    #expect(lines[note - 1].kind == .pageBreak && lines[note - 1].text == "p. 4")
    #expect(lines[note - 2].kind == .paragraphBreak)
    #expect(lines[note + 1].kind == .text && lines[note + 1].paragraph == 1 && lines[note + 1].start == 0)
    #expect(lines[0].text == "2. 萨巴赫先生（科威特）（以阿拉伯语发言）")
    #expect(lines[1].text == "2 paragraphs · pp. 3–4")
}

@Test func searchMatchesAreMarkedAndTheCurrentOneMoreStrongly() {
    var state = SampleRecord.state(120, 20)
    press(&state, "/1540 Enter")
    let grid = App.render(state, size: state.size)
    let styles = grid.cells.map(\.style)
    #expect(styles.filter { $0 == Theme.color.currentMatch }.count == 4)
    press(&state, "n")
    let again = App.render(state, size: state.size).cells.map(\.style)
    #expect(again.filter { $0 == Theme.color.currentMatch }.count == 4)
    #expect(again.filter { $0 == Theme.color.match }.count == 4)
}

@Test func controlCharactersFromTheFileAreDrawnAsVisibleStandIns() {
    let text = "红色\u{1B}[31m文字\u{7}响铃\u{9B}2J清屏\u{7F}删除\u{202E}反向\u{2066}隔离\u{200F}" + String(repeating: "长", count: 10_000)
    let speaker = Speaker(label: "某人\u{1B}]0;标题\u{7}先生（某国）", name: "某人", title: "先生", country: "某\u{1B}国", language: "zh")
    let statement = Statement(
        index: 1, speaker: speaker, paragraphs: [Paragraph(text: text, language: "zh", page: 2, lines: LineSpan(first: 1, last: 1))],
        lines: LineSpan(first: 1, last: 1), pages: LineSpan(first: 2, last: 2))
    let record = Record(meeting: Meeting(symbol: "S/PV.1\u{1B}[2J", language: "zh"), statements: [statement], warnings: ["bad\u{1B}[1m warning"])
    var state = AppState(record: record, path: nil, size: Size(width: 120, height: 30))
    press(&state, "/\u{1B}[31m")
    for size in [Size(width: 120, height: 30), Size(width: 60, height: 20), Size(width: 30, height: 8)] {
        let grid = App.render(state, size: size)
        for cell in grid.cells {
            for scalar in cell.character.unicodeScalars {
                let bidi = (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
                    || scalar.value == 0x200E || scalar.value == 0x200F || scalar.value == 0x061C
                #expect(scalar.value >= 0x20 && !(0x7F...0x9F).contains(scalar.value) && !bidi, "raw control U+\(String(scalar.value, radix: 16)) in the grid")
            }
        }
        #expect(grid.lines.allSatisfy { DisplayWidth.standard.of($0) == size.width })
    }
    press(&state, "Escape Escape G")
    #expect(state.scroll > 100)
    #expect(screen(state).contains("长长长"))
}

@Test func damagedCitationOffsetsAreDrawnWithoutHarm() {
    let text = "第1540（2004）号决议"
    let citations = [
        Citation(id: "A", kind: .document, text: "x", start: 5, end: 2),
        Citation(id: "B", kind: .document, text: "y", start: 3, end: 500),
        Citation(id: nil, kind: .instrument, text: "《条约》", start: -4, end: 1),
    ]
    let statement = Statement(
        index: 1, speaker: Speaker(label: "主席", role: .president, language: "zh"),
        paragraphs: [Paragraph(text: text, language: "zh", page: 2, references: citations, lines: LineSpan(first: 1, last: 1))],
        lines: LineSpan(first: 1, last: 1), pages: LineSpan(first: 2, last: 2))
    var state = AppState(record: Record(meeting: Meeting(language: "zh"), statements: [statement]), path: nil, size: Size(width: 60, height: 12))
    press(&state, "Tab Enter Enter ] [ c Enter y /1540 Enter")
    for size in sweepSizes.prefix(16) {
        checkScreen(state, size: size, name: "damaged")
    }
    press(&state, "r")
    #expect(screen(state).contains("《条约》"))
}

@Test func titleNamesTheSecurityCouncilMeetingFromTheSymbol() {
    #expect(TitleBar.securityCouncilMeeting("S/PV.8160") == 8160)
    #expect(TitleBar.securityCouncilMeeting("S/PV.8160 (Resumption 1)") == 8160)
    #expect(TitleBar.securityCouncilMeeting("A/72/PV.5") == nil)
    let title = TitleBar.text(of: Record(meeting: Meeting(language: "zh")), name: "S/PV.8160")
    #expect(title.hasPrefix("S/PV.8160 · 安全理事会 第8160次会议"))
}
