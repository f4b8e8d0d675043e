import Testing
import VerbatimKit
@testable import VerbatimTUI

private let resolution = "S/RES/1540 (2004)"

@Test func followingVisitsEveryMentionInOrderAndWraps() {
    var state = SampleRecord.state()
    press(&state, ":2 Enter Tab")
    #expect(state.focus == .references)
    #expect(state.selectedReference == resolution)
    var visited: [TextPosition] = []
    for _ in 0..<4 {
        press(&state, "Enter")
        visited.append(state.mention!)
    }
    let mentions = state.document.mentions[resolution]!
    #expect(mentions.count == 3)
    #expect(Array(visited.prefix(3)) == mentions)
    #expect(visited[3] == mentions[0])
    #expect(state.message == "\(resolution): mention 1 of 3, wrapped to the first")
    press(&state, "[")
    #expect(state.mention == mentions[2])
    #expect(state.entry == 4)
    // The sidebar of the new statement selects the followed reference.
    #expect(state.selectedReference == resolution)
    press(&state, "<")
    #expect(state.mention == mentions[0])
    press(&state, "< < <")
    #expect(state.mention == mentions[0])
    press(&state, "<")
    #expect(state.mention == nil)
    #expect(state.entry == 3)
}

@Test func nextMentionWorksFromTheStatementPaneToo() {
    var state = SampleRecord.state()
    press(&state, ":3 Enter ]")
    #expect(state.focus == .statement)
    #expect(state.mention == state.document.mentions[resolution]![2])
    press(&state, "]")
    #expect(state.mention == state.document.mentions[resolution]![0])
    #expect(state.entry == 3)
}

@Test func theSelectedMentionIsDrawnMoreStronglyThanOtherCitations() {
    for colors in [true, false] {
        var state = SampleRecord.state(120, 24, colors: colors)
        press(&state, ":2 Enter Tab Enter")
        let grid = App.render(state, size: state.size)
        let theme = colors ? Theme.color : Theme.monochrome
        let styles = Set(grid.cells.map(\.style))
        #expect(styles.contains(theme.mention))
        #expect(styles.contains(theme.citation))
        #expect(theme.mention != theme.citation)
        if !colors {
            #expect(styles.allSatisfy { $0.foreground == .default && $0.background == .default })
        }
    }
}

@Test func citingListJumpsToTheChosenStatement() {
    var state = SampleRecord.state()
    press(&state, ":2 Enter c")
    #expect(state.overlay == .citing(key: resolution, selection: 0, top: 0))
    let text = screen(state)
    #expect(text.contains("2. 萨巴赫先生 科威特"))
    #expect(text.contains("3. 吴海涛先生 中国"))
    press(&state, "j Enter")
    #expect(state.overlay == nil)
    #expect(state.entry == 4)
    #expect(state.mention == state.document.mentions[resolution]![2])
    press(&state, "BSpace")
    #expect(state.entry == 3)
}

@Test func openLinkGivesTheURLOrSaysThereIsNone() {
    var state = SampleRecord.state()
    press(&state, ":2 Enter Tab")
    #expect(press(&state, "o") == [.openURL("https://undocs.org/zh/S/RES/1540(2004)")])
    press(&state, "G")
    #expect(state.selectedReference == "《不扩散核武器条约》")
    #expect(press(&state, "o") == [])
    #expect(state.message == "《不扩散核武器条约》 is an instrument: it has no document link")
}

@Test func openRecordAsksForTheCitedFileWhenItIsBeside() {
    var state = SampleRecord.state()
    state.siblingFiles = ["S_PV.8160_zh.txt", "S_PV.3046_zh.txt"]
    press(&state, ":2 Enter Tab j j")
    #expect(state.selectedReference == "S/PV.3046")
    #expect(press(&state, "O") == [.openRecord(path: "/records/S_PV.3046_zh.txt")])
    state.siblingFiles = ["S_PV.8160_zh.txt"]
    #expect(press(&state, "O") == [])
    #expect(state.message == "no file S_PV.3046_zh.txt in this record's folder")
    press(&state, "k")
    #expect(press(&state, "O") == [])
    #expect(state.message == "no file S_RES_2231(2015)_zh.txt in this record's folder")

    // The runtime loads it; back returns to the first record where it was.
    var other = SampleRecord.record
    other.meeting.symbol = "S/PV.3046"
    _ = App.update(&state, .recordOpened(other, path: "/records/S_PV.3046_zh.txt"))
    #expect(state.document.name == "S/PV.3046")
    #expect(state.entry == 0)
    press(&state, "BSpace")
    #expect(state.document.name == "S/PV.8160")
    #expect(state.entry == 3)
}

@Test func copyCitationNamesTheRecordPageSpeakerAndParagraph() {
    var state = SampleRecord.state()
    press(&state, ":2 Enter")
    let effects = press(&state, "y")
    #expect(effects == [.copyToClipboard("S/PV.8160, p. 3, 萨巴赫先生（科威特）（以阿拉伯语发言）\n\(SampleRecord.p3)",
                                          label: "S/PV.8160, p. 3, paragraph 1")])
    // The status row names it while the runtime copies, then says which way it went.
    #expect(state.message == "copying S/PV.8160, p. 3, paragraph 1…")
    _ = App.update(&state, .notice(ClipboardReport.message(label: "S/PV.8160, p. 3, paragraph 1", via: "tmux buffer")))
    #expect(state.message == "copied S/PV.8160, p. 3, paragraph 1 via tmux buffer")
}

@Test func searchFindsMatchesAcrossStatementsAndCountsThem() {
    var state = SampleRecord.state()
    press(&state, "/1540(2004) Enter")
    #expect(state.search?.matches.count == 3)
    #expect(state.search?.current == 0)
    #expect(state.entry == 3)
    #expect(row(state, 23).contains("/1540(2004) match 1/3"))
    press(&state, "n n")
    #expect(state.entry == 4)
    #expect(row(state, 23).contains("match 3/3"))
    press(&state, "n")
    #expect(state.search?.current == 0)
    #expect(state.message == "search wrapped to the first match")
    press(&state, "N")
    #expect(state.search?.current == 2)
    // Full-width letters, the name dot and case fold together.
    press(&state, "/abc·d Enter")
    #expect(state.search?.matches.count == 1)
    press(&state, "/没有的 Enter")
    #expect(state.search?.matches.isEmpty == true)
    #expect(row(state, 23).contains("no match"))
    press(&state, "Escape")
    #expect(state.search == nil)
}

@Test func mouseClicksFocusAndSelectAndTheWheelScrollsThePaneUnderIt() {
    var state = SampleRecord.state(120, 24)
    let layout = Layout(size: state.size, showReferences: false)
    let speakers = Layout.inner(layout.speakers!)
    _ = App.update(&state, .mouse(MouseEvent(action: .press, position: Point(x: speakers.x + 3, y: speakers.y + 4))))
    #expect(state.focus == .speakers)
    #expect(state.speakerSelection == 4)
    #expect(state.entry == 0)
    // A second click on the selected row opens it.
    _ = App.update(&state, .mouse(MouseEvent(action: .press, position: Point(x: speakers.x + 3, y: speakers.y + 4))))
    #expect(state.entry == 4)
    let refs = Layout.inner(layout.references!)
    _ = App.update(&state, .mouse(MouseEvent(action: .press, position: Point(x: refs.x + 2, y: refs.y + 1))))
    #expect(state.focus == .references)
    #expect(state.selectedReference == resolution)

    state = SampleRecord.state(60, 10)
    press(&state, ":2 Enter")
    let statement = Layout.inner(Layout(size: state.size, showReferences: false).statement!)
    _ = App.update(&state, .mouse(MouseEvent(action: .wheelDown, position: Point(x: statement.x + 2, y: statement.y + 1))))
    #expect(state.scroll == 3)
    #expect(state.focus == .statement)
}

@Test func aRecordWithoutItsCoverPageIsNamedAfterItsFile() {
    #expect(Document.symbol(fromFileName: "S_PV.8160_zh.txt") == "S/PV.8160")
    #expect(Document.symbol(fromFileName: "A_70_PV.3.txt") == "A/70/PV.3")
    #expect(Document.symbol(fromFileName: "S_PV.3046") == "S/PV.3046")
    #expect(Document.symbol(fromFileName: "meeting notes.txt") == nil)
    #expect(Document.symbol(fromFileName: "S_PV_zh.txt") == nil)
    var record = SampleRecord.record
    record.meeting.symbol = nil
    var state = AppState(record: record, path: "/x/S_PV.8160_zh.txt", size: Size(width: 100, height: 20))
    press(&state, ":3 Enter")
    #expect(press(&state, "y") == [.copyToClipboard("S/PV.8160, p. 5, 吴海涛先生（中国）\n\(SampleRecord.p5)",
                                                    label: "S/PV.8160, p. 5, paragraph 1")])
    #expect(row(state, 0).hasPrefix(" S/PV.8160 · "))
}

@Test func followingFromTheFloatingSidebarUncoversTheMention() {
    var state = SampleRecord.state(80, 20)
    press(&state, ":2 Enter r")
    #expect(state.showReferences)
    press(&state, "Enter")
    #expect(state.mention == state.document.mentions[resolution]![0])
    #expect(!state.showReferences)
    #expect(state.focus == .statement)
    #expect(Layout(size: state.size, showReferences: state.showReferences).references == nil)
    // `]` goes on from the statement; `r` brings the list back with the followed reference selected.
    press(&state, "] r")
    #expect(state.mention == state.document.mentions[resolution]![1])
    #expect(state.showReferences)
    #expect(state.selectedReference == resolution)
    // With a column of its own the sidebar stays and keeps the focus.
    var wide = SampleRecord.state(120, 24)
    press(&wide, ":2 Enter Tab Enter")
    #expect(wide.focus == .references)
    #expect(wide.mention != nil)
}

@Test func referenceKeysOnAnEntryWithoutReferencesSaySoTheSameWay() {
    // The opening line cites nothing: every reference key gives the same reason.
    for key in ["c", "o", "O", "]", "["] {
        var state = SampleRecord.state()
        #expect(state.selectedReference == nil)
        #expect(press(&state, key) == [])
        #expect(state.message == "no references here", "key \(key)")
        #expect(state.overlay == nil)
    }
}

@Test func aSearchWithoutMatchesIsReportedOnceOnTheStatusRow() {
    var state = SampleRecord.state()
    press(&state, "/xyzzy Enter")
    #expect(state.search?.matches.isEmpty == true)
    let status = row(state, state.size.height - 1)
    #expect(status.contains("/xyzzy no match"))
    #expect(status.components(separatedBy: "no match").count == 2, "\(status)")
}

@Test func aJumpFromTheCitingListUncoversTheMentionToo() {
    var state = SampleRecord.state(80, 20)
    press(&state, ":2 Enter r c j Enter")
    #expect(state.overlay == nil)
    let mention = try! #require(state.mention)
    let all = state.document.mentions[resolution]!
    // The status row says which mention the jump reached, as `]` would.
    #expect(state.message == "\(resolution): mention \(all.firstIndex(of: mention)! + 1) of \(all.count)")
    #expect(!state.showReferences)
    #expect(state.focus == .statement)
}
