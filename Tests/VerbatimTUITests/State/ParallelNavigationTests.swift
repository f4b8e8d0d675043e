import Testing
import VerbatimKit
@testable import VerbatimTUI

/// Moving through the parallel view: every column follows the primary version's position.
@Suite struct ParallelNavigationTests {
    /// The padded layout of `version` for the row on show.
    private func layout(_ state: AppState, version: Int) -> StatementLayout? {
        guard let (parallel, primary) = state.activeParallel, let row = parallel.row(of: state.entry, in: primary),
            let width = state.parallelColumnWidth
        else { return nil }
        return parallel.layouts.layouts(parallel, row: row, primary: primary, width: width)[version]
    }

    /// The paragraph of the line at the top of `version`'s column.
    private func topParagraph(_ state: AppState, version: Int) -> Int? {
        guard let layout = layout(state, version: version), layout.lines.indices.contains(state.scroll) else { return nil }
        return layout.lines[state.scroll].paragraph
    }

    @Test func theNextStatementKeyMovesEveryColumn() {
        var state = ParallelViewTests.state(ParallelViewTests.zhEn, 140, 20)
        press(&state, ":6 Enter")
        #expect(row(state, 2).contains("6. 萨巴赫先生（科威特）") && row(state, 2).contains("6. Mr. Al-Sabah (Kuwait)"))
        press(&state, "}")
        #expect(row(state, 2).contains("7. 主席（以俄语发言）") && row(state, 2).contains("7. The President (spoke in"))
        press(&state, "{ {")
        #expect(row(state, 2).contains("5. 主席") && row(state, 2).contains("5. The President"))
    }

    @Test func scrollingKeepsAlignedParagraphsLevel() {
        var state = ParallelViewTests.state(ParallelViewTests.zhEn, 140, 20)
        press(&state, ":3 Enter")
        let count = state.document.entries[state.entry].paragraphs.count
        for _ in 0..<12 {
            press(&state, "Space")
            let zh = layout(state, version: 0), en = layout(state, version: 1)
            #expect(zh?.lines.count == en?.lines.count)
            // One paragraph each, so each (with the notes before it) starts on the same line.
            for p in 0..<(zh?.paragraphStarts.count ?? 0) {
                #expect(zh.map { ParallelLayout.segmentStart($0, paragraph: p, count: count) } == en.map { ParallelLayout.segmentStart($0, paragraph: p, count: count) })
            }
            #expect(topParagraph(state, version: 0) == topParagraph(state, version: 1))
        }
        #expect(state.scroll > 0)
    }

    @Test func followingACitationMovesEveryColumn() {
        var state = ParallelViewTests.state(ParallelViewTests.zhEn, 140, 20)
        press(&state, ":3 Enter Tab")
        #expect(state.focus == .references)
        press(&state, "] ] ]")
        let mention = try! #require(state.mention)
        #expect(mention.entry == state.entry && state.scroll > 0)
        // The English column is at the same paragraph: the mention's, or one before it when the
        // Chinese paragraph runs longer than the screen.
        #expect(topParagraph(state, version: 1) == topParagraph(state, version: 0))
        #expect((topParagraph(state, version: 1) ?? -1) <= mention.paragraph)
    }

    @Test func searchMatchesMoveEveryColumn() {
        var state = ParallelViewTests.state(ParallelViewTests.zhEn, 140, 20)
        press(&state, "/核武器 Enter")
        let first = (state.entry, state.scroll)
        press(&state, "n n n n n n")
        #expect((state.entry, state.scroll) != first)
        let match = try! #require(state.search?.current.map { state.search!.matches[$0] })
        #expect(match.entry == state.entry)
        let en = try! #require(layout(state, version: 1))
        let zh = try! #require(layout(state, version: 0))
        let count = state.document.entries[state.entry].paragraphs.count
        #expect(ParallelLayout.segmentStart(zh, paragraph: match.paragraph, count: count) == ParallelLayout.segmentStart(en, paragraph: match.paragraph, count: count))
        #expect(topParagraph(state, version: 0) == topParagraph(state, version: 1))
    }

    @Test func lMakesTheNextVersionPrimaryInPlace() {
        var state = ParallelViewTests.state(ParallelViewTests.enFr, 140, 20)
        press(&state, ":2 Enter j j")
        let scroll = state.scroll
        #expect(row(state, 1).contains("Speakers 5") && row(state, 1).contains("▸en"))
        press(&state, "L")
        #expect(state.document === state.parallel?.versions[1])
        #expect(row(state, 1).contains("Speakers 4") && row(state, 1).contains("▸fr"))
        #expect(state.document.entries[state.entry].statementNumber == 2 && state.scroll == scroll)
        #expect(state.message == "primary version: fr")
        press(&state, "L")
        #expect(state.document === state.parallel?.versions[0] && state.scroll == scroll)
    }

    @Test func lFromAStatementWithoutCounterpartGoesToTheNearest() {
        var state = ParallelViewTests.state(ParallelViewTests.enFr, 140, 20)
        press(&state, ":4 Enter")
        press(&state, "L")
        // The United States spoke in English only; the French version is at the statement before.
        #expect(state.document.entries[state.entry].speaker?.countryCode == "RUS")
        #expect(state.message?.contains("nearest") == true)
        #expect(row(state, 2).contains("3. M. Nebenzia") && row(state, 2).contains("3. Mr. Nebenzia"))
    }

    @Test func vFlipsOnlyOnNarrowScreens() {
        var wide = ParallelViewTests.state(ParallelViewTests.enFr, 140, 20)
        press(&wide, "v")
        #expect(wide.message?.contains("every version is shown") == true)
        var narrow = ParallelViewTests.state(ParallelViewTests.enFr, 100, 20)
        press(&narrow, ":3 Enter")
        #expect(row(narrow, 2).contains("3. Mr. Nebenzia"))
        press(&narrow, "v")
        #expect(row(narrow, 2).contains("3. M. Nebenzia") && !row(narrow, 2).contains("Mr. Nebenzia"))
        #expect(narrow.document === narrow.parallel?.versions[0], "the primary stays")
        press(&narrow, "v")
        #expect(row(narrow, 2).contains("3. Mr. Nebenzia"))
    }

    @Test func aResizeAcrossOneHundredTwentyColumnsKeepsThePlace() {
        var state = ParallelViewTests.state(ParallelViewTests.zhEn, 140, 20)
        press(&state, ":4 Enter Space")
        let top = topParagraph(state, version: 0)
        _ = App.update(&state, .resize(Size(width: 100, height: 20)))
        #expect(state.parallelColumnCount == 1)
        #expect(topParagraph(state, version: 0) == top)
        _ = App.update(&state, .resize(Size(width: 160, height: 20)))
        #expect(state.parallelColumnCount == 2)
        #expect(topParagraph(state, version: 0) == top)
    }

    @Test func aClickSelectsACitationInThePrimaryColumnOnly() {
        var state = ParallelViewTests.state(ParallelViewTests.enFr, 140, 20)
        press(&state, ":2 Enter")
        let line = Array(row(state, 6))
        let hits = (0..<(line.count - 4)).filter { String(line[$0..<($0 + 4)]) == "2774" }
        #expect(hits.count == 2, "the citation shows in both columns: \(String(line))")
        // The French column's citation is not the primary's text.
        _ = App.update(&state, .mouse(MouseEvent(action: .press, position: Point(x: hits[1] + 1, y: 6))))
        #expect(state.mention == nil)
        _ = App.update(&state, .mouse(MouseEvent(action: .press, position: Point(x: hits[0] + 1, y: 6))))
        #expect(state.followed == "S/RES/2774 (2025)" && state.mention?.paragraph == 0)
    }

    @Test func theFollowedMentionIsMarkedInEveryColumn() {
        var state = ParallelViewTests.state(ParallelViewTests.enFr, 140, 20)
        press(&state, ":2 Enter Tab Enter")
        #expect(state.followed == "S/RES/2774 (2025)" && state.mention?.paragraph == 0)
        let grid = App.render(state, size: state.size)
        let line = Array(grid.lines[6])
        let hits = (0..<(line.count - 4)).filter { String(line[$0..<($0 + 4)]) == "2774" }
        #expect(hits.count == 2)
        for x in hits { #expect(grid[x, 6].style == Theme.color.mention) }
        // On to its mention in Mr. Nebenzia's statement: the French column marks its own.
        press(&state, "]")
        #expect(state.mention?.paragraph == 1 && row(state, 2).contains("3. M. Nebenzia"))
        let next = App.render(state, size: state.size)
        let rowTen = (0..<next.size.width).filter { next[$0, 10].style == Theme.color.mention }
        #expect(rowTen.count == 2 * "2774 (2025)".count, "both columns mark the mention")
        #expect((2..<next.size.height - 1).allSatisfy { y in y == 10 || (32..<104).allSatisfy { next[$0, y].style != Theme.color.mention } })
    }

    @Test func versionsOfDifferentMeetingsAreRefused() {
        var other = ParallelRecords.englishAndFrench.fr
        other.meeting.symbol = "S/PV.10125"
        #expect(throws: ParallelVersionsError.self) {
            try AppState(versions: [(ParallelRecords.englishAndFrench.en, "a_en.txt"), (other, "b_fr.txt")])
        }
        // Without symbols in the records, the file names decide.
        var zh = Fixture.record
        zh.meeting.symbol = nil
        #expect(throws: ParallelVersionsError.self) {
            try AppState(versions: [(zh, "/x/S_PV.8160_zh.txt"), (zh, "/x/S_PV.8161_zh.txt")])
        }
        #expect((try? AppState(versions: [(zh, "/x/S_PV.8160_zh.txt"), (zh, "/y/S_PV.8160_en.txt")])) != nil)
    }

    @Test func randomKeysNeverBreakTheParallelView() {
        let keys = ["j", "k", "Space", "b", "g", "G", "}", "{", "L", "v", "]", "[", "n", "N", "Tab", "Enter", "BSpace", ">", "r"]
        var generator = SystemRandomNumberGenerator()
        for size in [Size(width: 140, height: 20), Size(width: 100, height: 12), Size(width: 40, height: 8)] {
            var state = ParallelViewTests.state(ParallelViewTests.enFr, size.width, size.height)
            press(&state, "/the Enter")
            for _ in 0..<300 {
                press(&state, keys.randomElement(using: &generator)!)
                let grid = App.render(state, size: state.size)
                #expect(grid.lines.count == size.height)
            }
        }
    }
}
