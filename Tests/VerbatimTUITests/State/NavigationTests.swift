import Testing
import VerbatimKit
@testable import VerbatimTUI

// Sample entries: 0 opening, 1 agenda item, 2 statement 1, 3 statement 2, 4 statement 3, 5 closing.

@Test func nextAndPreviousStatementSkipProceduralLines() {
    var state = SampleRecord.state()
    press(&state, "}")
    #expect(state.entry == 2)
    #expect(state.speakerSelection == 2)
    #expect(row(state, 23).contains("statement 1/3"))
    press(&state, "J J")
    #expect(state.entry == 4)
    // Past the last statement, the closing line is still reached.
    press(&state, "}")
    #expect(state.entry == 5)
    press(&state, "}")
    #expect(state.entry == 5)
    #expect(state.message == "last entry")
    press(&state, "{ K")
    #expect(state.entry == 3)
    #expect(row(state, 23).contains("statement 2/3 · p. 3"))
    // Before the first statement, the opening lines are reached one by one.
    press(&state, "{ {")
    #expect(state.entry == 1)
    press(&state, "{ {")
    #expect(state.entry == 0)
    #expect(state.message == "first entry")
}

@Test func goToStatementCountsStatementsOnly() {
    var state = SampleRecord.state()
    press(&state, ":3 Enter")
    #expect(state.entry == 4)
    press(&state, ":9 Enter")
    #expect(state.entry == 4)
    #expect(state.message == "no statement 9 (1–3)")
    // Full-width digits as typed with a CJK input method.
    press(&state, ":２ Enter")
    #expect(state.entry == 3)
    // While typing, keys edit the prompt: `}` is text, Backspace deletes, Esc cancels.
    press(&state, ":1} BSpace")
    #expect(state.prompt?.text == "1")
    #expect(row(state, 23).hasPrefix(":1"))
    press(&state, "Escape")
    #expect(state.prompt == nil && state.entry == 3)
}

@Test func tabCyclesThePanesOnScreen() {
    var state = SampleRecord.state(120, 24)
    #expect(state.focus == .statement)
    press(&state, "Tab")
    #expect(state.focus == .references)
    press(&state, "Tab")
    #expect(state.focus == .speakers)
    press(&state, "BTab")
    #expect(state.focus == .references)
    press(&state, "BTab")
    #expect(state.focus == .statement)
    // Below 50 columns only the statement pane is left.
    state = SampleRecord.state(40, 20)
    press(&state, "Tab")
    #expect(state.focus == .statement)
}

@Test func enterInTheSpeakerListOpensTheSelectedStatement() {
    var state = SampleRecord.state()
    press(&state, "Tab Tab j j j")
    #expect(state.focus == .speakers)
    #expect(state.speakerSelection == 3)
    #expect(state.entry == 0)
    press(&state, "Enter")
    #expect(state.entry == 3)
    #expect(state.focus == .statement)
    press(&state, "BSpace")
    #expect(state.entry == 0)
}

@Test func linesAndPagesScrollTheStatementAndSpaceGoesOnAtTheEnd() {
    var state = SampleRecord.state(60, 10)
    press(&state, ":2 Enter")
    let lines = state.statementLayout()!.lines.count
    #expect(lines > state.statementHeight)
    press(&state, "j")
    #expect(state.scroll == 1)
    press(&state, "k k")
    #expect(state.scroll == 0)
    press(&state, "G")
    #expect(state.scroll == lines - state.statementHeight)
    press(&state, "g")
    #expect(state.scroll == 0)
    var presses = 0
    while state.entry == 3 && presses < 10 {
        #expect(state.scroll < lines - state.statementHeight || presses > 0)
        press(&state, "Space")
        presses += 1
    }
    #expect(presses >= 2)
    #expect(state.entry == 4)
    #expect(state.scroll == 0)
}

@Test func speakerJumpIsIncrementalAndEscapeReturns() {
    var state = SampleRecord.state()
    press(&state, "s 科")
    #expect(state.entry == 3)
    #expect(row(state, 23).contains("→ 2. 萨巴赫先生（科威特）"))
    press(&state, "Escape")
    #expect(state.entry == 0)
    press(&state, "s 中国 Enter")
    #expect(state.entry == 4)
    press(&state, "<")
    #expect(state.entry == 0)
    press(&state, "s 挪威 Enter")
    #expect(state.entry == 0)
    #expect(state.message == "no speaker matches 挪威")
}

@Test func backAndForwardRetraceJumps() {
    var state = SampleRecord.state()
    press(&state, ":1 Enter :3 Enter }")
    #expect(state.entry == 5)
    press(&state, "BSpace")
    #expect(state.entry == 4)
    press(&state, "C-o")
    #expect(state.entry == 2)
    press(&state, "<")
    #expect(state.entry == 0)
    press(&state, "<")
    #expect(state.message == "nothing to go back to")
    press(&state, "> >")
    #expect(state.entry == 4)
    press(&state, ">")
    #expect(state.entry == 5)
    press(&state, ">")
    #expect(state.message == "nothing to go forward to")
}

@Test func quitRedrawAndSuspendAreEffects() {
    var state = SampleRecord.state()
    #expect(press(&state, "q") == [.quit])
    #expect(press(&state, "C-l") == [.redraw])
    #expect(press(&state, "C-z") == [.suspend])
    // Ctrl-C quits even while typing in a prompt; `q` there is just a letter.
    #expect(press(&state, "/q") == [])
    #expect(state.prompt?.text == "q")
    #expect(press(&state, "C-c") == [.quit])
}

@Test func helpScrollsAndClosesWithoutQuitting() {
    var state = SampleRecord.state(100, 12)
    press(&state, "?")
    #expect(state.overlay == .help(top: 0))
    press(&state, "j j")
    #expect(state.overlay == .help(top: 2))
    #expect(press(&state, "q") == [])
    #expect(state.overlay == nil)
}

@Test func narrowScreensToggleTheSidebarWithR() {
    var state = SampleRecord.state(80, 20)
    #expect(Layout(size: state.size, showReferences: false).references == nil)
    press(&state, ":2 Enter r")
    #expect(state.focus == .references)
    #expect(screen(state).contains("S/RES/1540 (2004)"))
    press(&state, "Escape")
    #expect(state.focus == .statement)
    #expect(!screen(state).contains("S/RES/2231 (2015)   "))
}

@Test func aResizeKeepsTheTopLineInView() {
    let text = String(repeating: "安全理事会各成员一道参加本次及时的辩论会。", count: 60)
    let speaker = Speaker(label: "主席", role: .president, language: "zh")
    let statement = Statement(
        index: 1, speaker: speaker, paragraphs: [Paragraph(text: text, language: "zh", page: 2, lines: LineSpan(first: 1, last: 9))],
        lines: LineSpan(first: 1, last: 9), pages: LineSpan(first: 2, last: 2))
    var state = AppState(record: Record(meeting: Meeting(language: "zh"), statements: [statement]), path: nil, size: Size(width: 60, height: 12))
    state.initialScreen = .start
    press(&state, "j j j j j j j j j j")
    #expect(state.topPosition.paragraph == 0 && state.topPosition.start > 0)
    for size in [Size(width: 90, height: 14), Size(width: 51, height: 9), Size(width: 130, height: 30)] {
        let anchor = state.topPosition
        _ = App.update(&state, .resize(size))
        let top = state.topPosition
        #expect(top.paragraph == 0)
        // The line now at the top holds the text that was at the top before.
        #expect(top.start <= anchor.start)
        #expect(state.statementLayout()!.line(paragraph: 0, offset: anchor.start) == state.scroll)
    }
}

@Test func aResizeKeepsTheFollowedMentionAndTheCurrentMatchOnScreen() {
    // Statement 16 cites S/RES/1540 (2004) some way down; shrinking the screen would push it
    // below the pane if only the top line were kept.
    var state = Fixture.state(120, 40)
    press(&state, ":16 Enter Tab Enter")
    let mention = try! #require(state.mention)
    #expect(mention.entry == state.entry)
    #expect(state.isOnScreen(mention))
    _ = App.update(&state, .resize(Size(width: 60, height: 12)))
    #expect(state.isOnScreen(mention))
    #expect(state.mention == mention)

    var searching = Fixture.state(120, 40)
    press(&searching, "/核武器 Enter n n n n n n")
    let match = try! #require(searching.search?.current.map { searching.search!.matches[$0] })
    #expect(searching.isOnScreen(match))
    for size in [Size(width: 49, height: 10), Size(width: 200, height: 60), Size(width: 60, height: 8)] {
        _ = App.update(&searching, .resize(size))
        #expect(searching.isOnScreen(match), "at \(size)")
    }

    // A mention the reader has scrolled away from is not pulled back.
    var away = Fixture.state(120, 40)
    press(&away, ":16 Enter Tab Enter Tab Tab G")
    #expect(away.focus == .statement)
    let scrolledMention = try! #require(away.mention)
    #expect(!away.isOnScreen(scrolledMention))
    let scroll = away.scroll
    _ = App.update(&away, .resize(Size(width: 120, height: 30)))
    #expect(!away.isOnScreen(scrolledMention))
    #expect(away.scroll >= scroll)
}
