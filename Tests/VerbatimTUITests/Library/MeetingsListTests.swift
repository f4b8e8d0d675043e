import VerbatimLibrary
import Testing
import VerbatimKit
@testable import VerbatimTUI

/// The symbols of the meetings list's rows, top to bottom.
private func shownSymbols(_ state: AppState) -> [String] {
    state.library!.shown.map { $0.symbol ?? $0.key }
}

@Test func theMeetingsListAt80x24() {
    let (state, _) = libraryState(80, 24)
    assertGrid(App.render(state, size: state.size), [
        " Library /lib · 6 meetings                                                      ",
        "┌─ Meetings 6 · by date ───────────────────────────────────────────────────────┐",
        "│ Symbol         Date       Body Agenda              St. Lang                  │",
        "│▶S/PV.999       1961-06-07 SC   The Congo question    4 en                    │",
        "│ S/PV.8160      2018-01-18 SC   建立信任措施         19 zh                    │",
        "│ S/PV.9000      2022-04-05 SC   Maintenance of in…   12 en ru    provisional  │",
        "│ S/PV.9500      2023-12-20 SC   Threats to intern…   22 en       2 parts      │",
        "│ S/PV.10124     2026-03-02 SC   Non-proliferation    31 en fr zh              │",
        "│ /lib/notes/un…                                       0 en                    │",
        "│                                                                              │",
        "│                                                                              │",
        "│                                                                              │",
        "│                                                                              │",
        "│                                                                              │",
        "│                                                                              │",
        "│                                                                              │",
        "│                                                                              │",
        "│                                                                              │",
        "│                                                                              │",
        "│                                                                              │",
        "│                                                                              │",
        "│                                                                              │",
        "└──────────────────────────────────────────────────────────────────────────────┘",
        "                         Enter open  f filter  S sort  / search  ? help  q quit ",
    ])
}

@Test func theMeetingsListAt120x40() {
    let (state, _) = libraryState(120, 40)
    assertGrid(App.render(state, size: state.size), [
        " Library /lib · 6 meetings                                                                                              ",
        "┌─ Meetings 6 · by date ───────────────────────────────────────────────────────────────────────────────────────────────┐",
        "│ Symbol               Date       Body               Agenda                                  St. Lang                  │",
        "│▶S/PV.999             1961-06-07 Security Council   The Congo question                        4 en                    │",
        "│ S/PV.8160            2018-01-18 Security Council   建立信任措施                             19 zh                    │",
        "│ S/PV.9000            2022-04-05 Security Council   Maintenance of international peace an…   12 en ru    provisional  │",
        "│ S/PV.9500            2023-12-20 Security Council   Threats to international peace and se…   22 en       2 parts      │",
        "│ S/PV.10124           2026-03-02 Security Council   Non-proliferation                        31 en fr zh              │",
        "│ /lib/notes/undated.…                                                                         0 en                    │",
        "│                                                                                                                      │",
        "│                                                                                                                      │",
        "│                                                                                                                      │",
        "│                                                                                                                      │",
        "│                                                                                                                      │",
        "│                                                                                                                      │",
        "│                                                                                                                      │",
        "│                                                                                                                      │",
        "│                                                                                                                      │",
        "│                                                                                                                      │",
        "│                                                                                                                      │",
        "│                                                                                                                      │",
        "│                                                                                                                      │",
        "│                                                                                                                      │",
        "│                                                                                                                      │",
        "│                                                                                                                      │",
        "│                                                                                                                      │",
        "│                                                                                                                      │",
        "│                                                                                                                      │",
        "│                                                                                                                      │",
        "│                                                                                                                      │",
        "│                                                                                                                      │",
        "│                                                                                                                      │",
        "│                                                                                                                      │",
        "│                                                                                                                      │",
        "│                                                                                                                      │",
        "│                                                                                                                      │",
        "│                                                                                                                      │",
        "│                                                                                                                      │",
        "└──────────────────────────────────────────────────────────────────────────────────────────────────────────────────────┘",
        "                                                                 Enter open  f filter  S sort  / search  ? help  q quit ",
    ])
}

@Test func sortSwitchesBetweenDateAndNaturalSymbolOrder() {
    var (state, fake) = libraryState()
    #expect(shownSymbols(state) == ["S/PV.999", "S/PV.8160", "S/PV.9000", "S/PV.9500", "S/PV.10124", "/lib/notes/undated.txt"])
    press(&state, "S", library: fake)
    // Natural order: 999 before 8160 before 10124; the meeting without a symbol by its path.
    #expect(shownSymbols(state) == ["/lib/notes/undated.txt", "S/PV.999", "S/PV.8160", "S/PV.9000", "S/PV.9500", "S/PV.10124"])
    #expect(screen(state).contains("Meetings 6 · by symbol"))
    press(&state, "S", library: fake)
    #expect(state.library!.sort == .date)
}

@Test func theFilterNarrowsAsYouTypeBySymbolTitleOrDate() {
    var (state, fake) = libraryState()
    press(&state, "f 2 0 2", library: fake)
    #expect(shownSymbols(state) == ["S/PV.9000", "S/PV.9500", "S/PV.10124"])
    #expect(row(state, 23).hasPrefix("filter: 202"))
    press(&state, "2", library: fake)
    #expect(shownSymbols(state) == ["S/PV.9000"])
    press(&state, "Enter", library: fake)
    #expect(screen(state).contains("Meetings 1 of 6 · by date · filter “2022”"))
    // By title, case folded.
    press(&state, "f BSpace BSpace BSpace BSpace c o n g o Enter", library: fake)
    #expect(shownSymbols(state) == ["S/PV.999"])
    press(&state, "Escape f p v . 1 0 1", library: fake)
    #expect(shownSymbols(state) == ["S/PV.10124"])
    // Esc clears the filter.
    press(&state, "Escape", library: fake)
    #expect(shownSymbols(state).count == 6)
    press(&state, "f z z z z Enter", library: fake)
    #expect(screen(state).contains("No meeting matches the filter."))
}

@Test func enterOpensTheMeetingAndBackReturnsToTheListWithItsPlace() {
    var (state, fake) = libraryState(100, 30)
    press(&state, "f 8 1 6 0 Enter", library: fake)
    press(&state, "Enter", library: fake)
    #expect(state.library!.listShown == false)
    #expect(state.focus == .statement)
    #expect(state.document.name == "S/PV.8160")
    #expect(screen(state).contains("Speakers"))
    press(&state, "}", library: fake)
    press(&state, "BSpace", library: fake)
    press(&state, "BSpace", library: fake)
    #expect(state.library!.listShown)
    #expect(state.library!.filter == "8160")
    #expect(shownSymbols(state) == ["S/PV.8160"])
    // The place in an unfiltered list is kept too.
    press(&state, "Escape j", library: fake)
    let selected = state.library!.shown[state.library!.selection].key
    #expect(selected == "S/PV.9000")
    press(&state, "Enter", library: fake)
    #expect(state.library!.listShown == false)
    press(&state, "BSpace", library: fake)
    #expect(state.library!.listShown)
    #expect(state.library!.shown[state.library!.selection].key == "S/PV.9000")
    // Forward goes back into the meeting.
    press(&state, ">", library: fake)
    #expect(state.library!.listShown == false)
}

@Test func aMeetingInSeveralLanguagesOpensSideBySide() {
    var (state, fake) = libraryState(130, 30)
    press(&state, "G k", library: fake)
    #expect(state.library!.shown[state.library!.selection].key == "S/PV.10124")
    press(&state, "Enter", library: fake)
    #expect(state.parallel?.versions.count == 3)
    #expect(state.activeParallel != nil)
    press(&state, "BSpace", library: fake)
    #expect(state.library!.listShown)
}

@Test func keysOfAMeetingSaySoInTheList() {
    var (state, fake) = libraryState()
    press(&state, "}", library: fake)
    #expect(state.message?.hasPrefix("in the meetings list") == true)
    #expect(row(state, 23).contains("in the meetings list"))
    // q still quits, ? still helps.
    #expect(press(&state, "q", library: fake) == [.quit])
}

@Test func indexingProgressShowsInTheStatusRowAndTheListWaits() {
    var state = AppState(library: LibraryState(name: "/big", indexing: true), size: Size(width: 100, height: 12))
    #expect(screen(state).contains("Indexing the folder…"))
    // Before the files are counted, no figures that mean nothing.
    #expect(row(state, 11).contains("indexing the folder…"))
    #expect(!row(state, 11).contains("0/0"))
    _ = App.update(&state, .indexing(IndexProgress(filesDone: 120, files: 2000, bytesDone: 12_000_000, bytes: 200_000_000, seconds: 2.4)))
    #expect(row(state, 11).contains("indexing 120/2000 files · 12.0/200.0 MB · 5.0 MB/s · 38 s left"))
    // Keys work meanwhile.
    press(&state, "?")
    #expect(state.overlay == .help(top: 0))
    press(&state, "Escape")
    _ = App.update(&state, .libraryLoaded(meetings: FakeLibrary().meetingRows(), warnings: ["the index was corrupt and has been rebuilt"]))
    #expect(state.library!.progress == nil)
    #expect(row(state, 11).contains("6 meetings · ⚠ the index was corrupt and has been rebuilt"))
    #expect(IndexProgress(filesDone: 1, files: 9, bytesDone: 10, bytes: 9_000_000_000, seconds: 1).summary.contains("min"))
}

@Test func aClickSelectsAndASecondClickOpens() {
    var (state, fake) = libraryState()
    let effects = App.update(&state, .mouse(MouseEvent(action: .press, position: Point(x: 5, y: 4))))
    #expect(effects.isEmpty)
    #expect(state.library!.shown[state.library!.selection].key == "S/PV.8160")
    let open = App.update(&state, .mouse(MouseEvent(action: .press, position: Point(x: 5, y: 4))))
    answer(&state, open, fake)
    #expect(state.document.name == "S/PV.8160")
}

@Test func theIndexAsItWasIsListedWhileItIsUpdated() {
    var state = AppState(library: LibraryState(name: "/lib", indexing: true), size: Size(width: 100, height: 12))
    _ = App.update(&state, .libraryLoaded(meetings: Array(FakeLibrary().meetingRows().prefix(2)), warnings: [], indexing: true))
    _ = App.update(&state, .indexing(IndexProgress(filesDone: 1, files: 4, bytesDone: 100_000, bytes: 400_000, seconds: 1)))
    #expect(screen(state).contains("Meetings 2"))
    #expect(row(state, 11).contains("indexing 1/4 files"))
    // The list can be used meanwhile.
    press(&state, "j")
    #expect(state.library!.shown[state.library!.selection].key == "S/PV.10124")
    _ = App.update(&state, .libraryLoaded(meetings: FakeLibrary().meetingRows(), warnings: []))
    #expect(screen(state).contains("Meetings 6"))
    #expect(!row(state, 11).contains("indexing"))
    // The selection stays on the same meeting.
    #expect(state.library!.shown[state.library!.selection].key == "S/PV.10124")
}

@Test func aMeetingInPartsAsksWhichPartToOpen() {
    var (state, fake) = libraryState(100, 30)
    press(&state, "f 9 5 0 0 Enter Enter", library: fake)
    #expect(state.library!.listShown)
    let text = screen(state)
    #expect(text.contains("S/PV.9500: which text? · 1/2"))
    #expect(text.contains("part 1 · final · en"))
    #expect(text.contains("part 2 · final · en"))
    press(&state, "j Enter", library: fake)
    #expect(state.library!.listShown == false)
    #expect(state.path == Fixture.path)
    press(&state, "BSpace", library: fake)
    #expect(state.library!.listShown)
}

@Test func theTextsOfAMeetingArePartsAndStatuses() {
    let both = MeetingRow(key: "S/PV.1", symbol: "S/PV.1", isoDate: nil, body: nil, title: nil, statements: 1, languages: ["fr", "en"], files: [
        MeetingRow.File(path: "p-fr", language: "fr", provisional: true), MeetingRow.File(path: "f-fr", language: "fr"),
        MeetingRow.File(path: "f-en", language: "en"),
    ])
    #expect(both.texts.map(\.provisional) == [false, true])
    // Final first, English read first with the others beside it.
    #expect(both.openedFiles.map(\.path) == ["f-en", "f-fr"])
    #expect(both.files(part: nil, provisional: true).map(\.path) == ["p-fr"])
    let one = MeetingRow(key: "S/PV.2", symbol: "S/PV.2", isoDate: nil, body: nil, title: nil, statements: 1, languages: ["zh"],
                         files: [MeetingRow.File(path: "zh", language: "zh")])
    #expect(one.texts.isEmpty)
}

@Test func aSearchStoppedAtTheLimitSaysSo() {
    let row = FoundRow(symbol: "S/PV.1", isoDate: nil, text: "x", place: LibraryPlace(paths: ["p"]))
    let full = FoundList(kind: .search("x"), rows: Array(repeating: row, count: LibraryAnswers.searchLimit), truncated: true)
    #expect(full.title == "Found “x” in the library (the first \(LibraryAnswers.searchLimit))")
    #expect(FoundList(kind: .search("x"), rows: [row]).title == "Found “x” in the library")
}
