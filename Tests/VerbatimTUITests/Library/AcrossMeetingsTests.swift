import Testing
import VerbatimKit
@testable import VerbatimTUI

/// The bundled meeting opened from the fake library, at statement 6 (which cites S/RES/1540 (2004)).
private func openedAtStatement6(_ width: Int = 120, _ height: Int = 40) -> (AppState, FakeLibrary) {
    var (state, fake) = libraryState(width, height)
    press(&state, "f 8 1 6 0 Enter Enter :6 Enter", library: fake)
    return (state, fake)
}

@Test func theSidebarAndTheCitingListSayHowManyOtherMeetingsCite() {
    var (state, fake) = openedAtStatement6()
    #expect(state.citedElsewhere("S/RES/1540 (2004)") == 2)
    let text = screen(state)
    #expect(text.contains("S/RES/1540 (2004)"))
    #expect(text.contains(" S/RES/1540 (2004) 2 · 15 +2│"), "\(text)")
    press(&state, "c", library: fake)
    #expect(screen(state).contains("Citing S/RES/1540 (2004) · 1/10 · 2 other meetings (M)"))
}

@Test func outsideALibraryTheLibraryKeysSaySo() {
    var state = Fixture.state(120, 40)
    press(&state, ":6 Enter")
    for key in ["M", "a", "A"] {
        #expect(press(&state, key).isEmpty)
        #expect(state.message == AppState.noLibraryMessage, "\(key)")
    }
    // The sidebar has no count of other meetings.
    #expect(screen(state).contains("S/RES/1540 (2004)    2 · 15│"))
}

@Test func mListsTheOtherMeetingsAndEnterOpensOneAtItsFirstMention() {
    var (state, fake) = openedAtStatement6()
    let before = state.entry
    press(&state, "M", library: fake)
    #expect(fake.asked.last == "citing S/RES/1540 (2004)")
    guard case .found = state.overlay else {
        Issue.record("no list shown")
        return
    }
    let text = screen(state)
    #expect(text.contains("Other meetings citing S/RES/1540 (2004) · 1/2"))
    #expect(text.contains("2022-04-05 · S/PV.9000 · 2 mentions"))
    #expect(text.contains("2023-12-20 · S/PV.9500 · 3 mentions"))
    press(&state, "j Enter", library: fake)
    #expect(state.overlay == nil)
    // At the first mention, followed, so that ] goes on from there.
    let first = state.document.mentions["S/RES/1540 (2004)"]!.first!
    #expect(state.mention == first)
    #expect(state.followed == "S/RES/1540 (2004)")
    #expect(state.entry == first.entry)
    // Back: the meeting as it was; back again: the meetings list.
    press(&state, "BSpace", library: fake)
    #expect(state.entry == before)
    #expect(state.library!.listShown == false)
    // (`:6` was a jump too.)
    press(&state, "BSpace BSpace", library: fake)
    #expect(state.library!.listShown)
}

@Test func oOpensAResolutionTheLibraryHoldsAndSaysWhenItHoldsNone() {
    var (state, fake) = openedAtStatement6()
    press(&state, "O", library: fake)
    #expect(fake.asked.last == "document S/RES/1540 (2004)")
    #expect(state.path == FakeLibrary.resolutionPath)
    let text = screen(state)
    #expect(text.contains("Resolution 1540 (2004)"))
    #expect(text.contains("Adopted by the Security Council at its 4956th meeting"))
    press(&state, "BSpace", library: fake)
    #expect(state.path == Fixture.path)
    // A reference the library does not hold.
    let refs = state.document.entryReferences[state.entry]
    if let other = refs.firstIndex(where: { $0.key != "S/RES/1540 (2004)" && $0.key.contains("/") }) {
        press(&state, "r", library: fake)
        for _ in 0..<other { press(&state, "j", library: fake) }
        press(&state, "O", library: fake)
        #expect(state.message?.hasSuffix("is not in the library") == true)
    }
}

@Test func aListsTheCountrysStatementsWithTheVoteAndEnterOpensOne() throws {
    var (state, fake) = libraryState(120, 40)
    press(&state, "f 8 1 6 0 Enter Enter", library: fake)
    let document = state.document
    let e = try #require(document.entries.firstIndex { $0.speaker?.countryCode != nil && $0.statementNumber != nil })
    let speaker = document.entries[e].speaker!
    press(&state, ":\(document.entries[e].statementNumber!) Enter a", library: fake)
    #expect(fake.asked.last == "country \(speaker.countryCode!)")
    let text = screen(state)
    #expect(text.contains("Statements by \(speaker.country!)"))
    #expect(text.contains("voted in favour"))
    #expect(text.contains("2018-01-18 · S/PV.8160"))
    press(&state, "Escape G Enter", library: fake)
    let rows = fake.countryRows(code: speaker.countryCode!)
    #expect(state.document.entries[state.entry].statementNumber == rows.last!.place.statement)
}

@Test func capitalAListsThePersonsStatements() throws {
    var (state, fake) = libraryState(120, 40)
    press(&state, "f 8 1 6 0 Enter Enter :2 Enter A", library: fake)
    #expect(fake.asked.last == "person 2")
    guard case .found = state.overlay else {
        Issue.record("no list shown")
        return
    }
    #expect(state.library!.found!.rows.allSatisfy { $0.speaker == state.document.entries[state.entry].speaker?.label })
}

@Test func searchAcrossTheLibraryMarksTheMatchAndOpensAtIt() throws {
    var (state, fake) = libraryState(120, 40)
    press(&state, "/ 决 议 Enter", library: fake)
    #expect(fake.asked.last == "search 决议")
    let list = try #require(state.library!.found)
    #expect(!list.rows.isEmpty)
    let grid = App.render(state, size: state.size)
    #expect(grid.lines.joined().contains("Found “决议” in the library · 1/\(list.rows.count)"))
    // The match is drawn in the match style on the selected row's second line.
    let box = Layout.inner(FoundPane.box(size: state.size))
    let y = box.y + 1
    let marked = (box.x..<(box.x + box.width)).filter { grid[$0, y].style == Theme.color.currentMatch && !grid[$0, y].isContinuation }.map { grid[$0, y].character }
    #expect(String(marked) == "决议")
    press(&state, "Enter", library: fake)
    let first = list.rows[0].place
    #expect(state.library!.listShown == false)
    #expect(state.mention?.paragraph == first.paragraph)
    #expect(state.mention?.start == first.offset)
    #expect(state.mention.map { $0.end - $0.start } == 2)
    press(&state, "BSpace", library: fake)
    #expect(state.library!.listShown)
}

@Test func anEmptyAnswerIsOneLine() {
    var (state, fake) = libraryState()
    press(&state, "/ z q x Enter", library: fake)
    #expect(state.overlay == nil)
    #expect(state.message == "“zqx” is not in the library")
}

@Test func backFromAnotherMeetingBringsTheVersionsSideBySideBack() {
    var (state, fake) = libraryState(130, 30)
    press(&state, "G k Enter", library: fake)
    #expect(state.activeParallel?.state.versions.count == 3)
    press(&state, ":6 Enter M Enter", library: fake)
    // The meeting opened from the list is read alone.
    #expect(state.activeParallel == nil)
    #expect(state.followed == "S/RES/1540 (2004)")
    press(&state, "BSpace", library: fake)
    #expect(state.activeParallel?.state.versions.count == 3)
}
