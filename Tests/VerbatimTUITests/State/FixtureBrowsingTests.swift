import Testing
import VerbatimKit
@testable import VerbatimTUI

// The browser on the real record S/PV.8160 (24 statements).

private let resolution = "S/RES/1540 (2004)"

/// Focuses the sidebar of `state`'s entry and selects `key` there.
private func selectReference(_ state: inout AppState, _ key: String) {
    press(&state, "Tab")
    while state.focus != .references { press(&state, "Tab") }
    press(&state, "g")
    let index = state.document.entryReferences[state.entry].firstIndex { $0.key == key }!
    for _ in 0..<index { press(&state, "j") }
    #expect(state.selectedReference == key)
}

@Test func followingResolution1540VisitsItsFifteenMentionsInOrderAndWraps() {
    var state = Fixture.state(160, 50)
    let mentions = state.document.mentions[resolution] ?? []
    #expect(mentions.count == 15)
    let first = state.document.entries[mentions[0].entry].statementNumber!
    press(&state, ":\(first) Enter")
    selectReference(&state, resolution)
    var visited: [TextPosition] = []
    for _ in 0..<16 {
        press(&state, "Enter")
        visited.append(state.mention!)
        // The mention is on screen, drawn as the selected mention.
        let grid = App.render(state, size: state.size)
        #expect(grid.cells.contains { $0.style == Theme.color.mention })
    }
    #expect(Array(visited.prefix(15)) == mentions)
    #expect(visited[15] == mentions[0])
    #expect(Set(mentions.map(\.entry)).count > 1)
    #expect(state.message == "\(resolution): mention 1 of 15, wrapped to the first")
}

@Test func backAndForwardOnTheRecord() {
    var state = Fixture.state()
    press(&state, ":5 Enter")
    let five = state.entry
    press(&state, "/核武器 Enter n n")
    let third = state.search!.current!
    #expect(state.search!.matches.count > 10)
    press(&state, "BSpace BSpace")
    #expect(state.search!.matches[state.search!.current!].entry >= five)
    press(&state, "BSpace")
    #expect(state.entry == five && state.scroll == 0)
    press(&state, "> > >")
    #expect(state.entry == state.search!.matches[third].entry)
}

@Test func searchRunsAcrossStatementsAndPastSourceLineBreaks() {
    var state = Fixture.state()
    press(&state, "/第1540(2004)号决议 Enter")
    let matches = state.search!.matches
    #expect(Set(matches.map(\.entry)).count >= 5)
    var entries: Set<Int> = [state.entry]
    for _ in 0..<matches.count {
        press(&state, "n")
        entries.insert(state.entry)
    }
    #expect(entries.count == Set(matches.map(\.entry)).count)
    #expect(row(state, 39).contains("match 1/\(matches.count)"))
    // The record writes `S / 2018/4` with stray spaces too; the search ignores them.
    press(&state, "/s/2018/4 Enter")
    #expect((state.search?.matches.count ?? 0) >= (state.document.mentions["S/2018/4"]?.count ?? 99))
}

@Test func speakerJumpFindsNamesAndCountries() {
    var state = Fixture.state()
    press(&state, "s 科威特 Enter")
    #expect(state.document.entries[state.entry].speaker?.country == "科威特")
    press(&state, "s 杜达 Enter")
    #expect(state.document.entries[state.entry].speaker?.label.contains("杜达") == true)
}

@Test func theRecordDrawsAtEverySize() {
    for (name, make) in sweepStates({ Fixture.state($0.width, $0.height) }, statement: "7", search: "核武器") {
        for size in sweepSizes {
            checkScreen(make(size), size: size, name: "fixture " + name)
        }
    }
}

@Test func proceduralLinesOpenAndCloseTheReadingOrder() {
    let state = Fixture.state()
    let entries = state.document.entries
    #expect(entries.first?.kind == .procedural(.opening))
    #expect(entries.last?.kind == .procedural(.closing))
    #expect(state.document.statementEntries.count == 24)
}

@Test func searchCountsEveryMatchOfTheMeetingFromAFreshDocumentAndAgain() {
    // The folded text is built when a search first needs it; the first search must still see
    // every paragraph, and a later one (from the kept text) the same.
    var state = Fixture.state()
    let expected = state.document.entries.reduce(0) { sum, entry in
        sum + entry.paragraphs.reduce(0) { $0 + String($1.text.filter { !$0.isWhitespace }).components(separatedBy: "核武器").count - 1 }
    }
    #expect(expected > 10)
    press(&state, "/核武器 Enter")
    #expect(state.search?.matches.count == expected)
    #expect(row(state, 39).contains("/\(expected)"))
    let first = state.search!.matches
    press(&state, "G /核武器 Enter")
    #expect(state.search!.matches == first)
}
