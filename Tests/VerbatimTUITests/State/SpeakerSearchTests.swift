import Testing
import VerbatimKit
@testable import VerbatimTUI

// The speaker jump (`s`) finds a country by any of its names, and the speaker list names a
// country whole when its short name fits where the written one does not.

@Test func theSpeakerJumpFindsACountryByItsNameInAnyLanguage() throws {
    let base = Fixture.state()
    let usa = try #require(base.document.entries.firstIndex { $0.speaker?.country == "美利坚合众国" })
    let china = try #require(base.document.entries.firstIndex { $0.speaker?.country == "中国" })
    for query in ["美国", "United States", "États-Unis", "Соединенные Штаты"] {
        var state = base
        press(&state, "s")
        for c in query { _ = App.update(&state, .key(.character(c))) }
        press(&state, "Enter")
        #expect(state.entry == usa, "\(query)")
    }
    var state = base
    press(&state, "sChina Enter")
    #expect(state.entry == china)
    // Part of a name in another language finds it too, while typing.
    state = base
    press(&state, "sChin")
    #expect(state.entry == china)
    press(&state, "Escape")
    // A text that is no country and no speaker finds nothing.
    press(&state, "sZanzibarland Enter")
    #expect(state.entry == 0 && state.message == "no speaker matches Zanzibarland")
}

@Test func theSpeakerListShowsTheShortNameRatherThanCuttingTheCountry() {
    let state = Fixture.state(100, 40)
    let rows = App.render(state, size: state.size).lines.filter { $0.contains("黑利夫人") }
    #expect(!rows.isEmpty)
    for row in rows {
        #expect(row.contains("美国") && !row.contains("美利坚…"), "\(row)")
    }
    // Where the written name fits, it is shown as written.
    let wide = Fixture.state(200, 40)
    #expect(App.render(wide, size: wide.size).lines.contains { $0.contains("黑利夫人 美利坚合众国") })
}

@Test func countryShortNamesComeInTheRecordsLanguage() {
    #expect(CountryTable.shortName(of: "USA", language: "zh") == "美国")
    #expect(CountryTable.shortName(of: "USA", language: "en") == "United States")
    #expect(CountryTable.shortName(of: "XXX", language: "zh") == nil)
    #expect(CountryTable.names(of: "CHN").contains("China"))
}

@Test func theSpeakerJumpMatchesTheLabelInAnotherVersionOpenBeside() throws {
    let zh = Fixture.record
    let en = ParallelRecords.english(of: zh)
    var state = try AppState(versions: [(zh, "/x/S_PV.8160_zh.txt"), (en, "/x/S_PV.8160_en.txt")], size: Size(width: 160, height: 40))
    let haley = try #require(state.document.entries.firstIndex { $0.speaker?.name == "黑利" })
    press(&state, "sHaley Enter")
    #expect(state.entry == haley)
    // Alone, the Chinese version has no `Haley`.
    var alone = Fixture.state()
    press(&alone, "sHaley Enter")
    #expect(alone.entry == 0 && alone.message == "no speaker matches Haley")
}
