import Testing
import VerbatimKit
@testable import VerbatimTUI

/// The overview on the reference record: the first screen, its figures as drawn, its rows and
/// keys, at small and large sizes and with either ambiguous-width table.
@Suite struct OverviewScreenTests {
    /// The fixture as a record opens: on the overview.
    func opened(_ width: Int, _ height: Int) -> AppState {
        AppState(record: Fixture.record, path: Fixture.path, size: Size(width: width, height: height))
    }

    static let blocks: Set<Character> = ["▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"]

    @Test func theFirstScreenShowsTheMeetingAtAGlance() {
        let state = opened(120, 40)
        #expect(state.overview != nil)
        let lines = App.render(state, size: state.size).lines
        let text = lines.joined(separator: "\n")
        #expect(lines[1].contains("─ Overview "))
        #expect(text.contains("S/PV.8160"))
        #expect(text.contains("10:20–13:00 · 2 h 40 min"))
        #expect(text.contains("Who spoke"))
        // The most-cited references include 1540, in 10 of the 24 statements.
        let row = lines.first { $0.contains("S/RES/1540 (2004)") && $0.contains("10/24") }
        #expect(row != nil, "\(text)")
        // Every speaker row has a bar of block elements and a share.
        let chair = lines.first { $0.contains("│ 主席 ") && $0.contains("%") }
        #expect(chair?.contains { OverviewScreenTests.blocks.contains($0) } == true, "\(text)")
        #expect(lines.last?.contains("overview") == true)
    }

    @Test func at80x24TheRowsScrollAndEveryRowFits() {
        var state = opened(80, 24)
        let lines = state.overviewLines
        #expect(lines.rows.count > 20, "more rows than the pane has: it must scroll")
        for _ in 0..<200 {
            let grid = App.render(state, size: state.size)
            #expect(grid.lines.allSatisfy { DisplayWidth.standard.of($0) == 80 })
            press(&state, "j")
        }
        // The last selectable row is in view, and the view moved down to it.
        let cursor = try! #require(state.overview)
        #expect(cursor.selection == lines.targetRows.count - 1)
        #expect(cursor.top > 0)
        let screen = App.render(state, size: state.size).lines.joined(separator: "\n")
        #expect(screen.contains("Who cited what") || screen.contains("●"))
        // Back up past the first speaker: the meeting's facts above come back into view.
        press(&state, Array(repeating: "k", count: lines.targetRows.count + 30).joined(separator: " "))
        #expect(state.overview?.top == 0 && state.overview?.selection == 0)
        #expect(App.render(state, size: state.size).lines.joined().contains("10:20–13:00"))
        press(&state, "G g")
        #expect(state.overview?.top == 0 && state.overview?.selection == 0)
    }

    @Test func pagesKeepTheSelectionOnScreen() throws {
        var state = opened(80, 24)
        let height = state.statementHeight
        press(&state, "Space")
        let cursor = try #require(state.overview)
        #expect(cursor.top == height - 1)
        let selected = state.overviewLines.targetRows[cursor.selection]
        #expect(selected >= cursor.top && selected < cursor.top + height)
        press(&state, "b")
        #expect(state.overview?.top == 0)
        #expect(state.overview.map { state.overviewLines.targetRows[$0.selection] < height } == true)
    }

    @Test func enterOnASpeakerGoesToTheirFirstStatementAndBackReturns() throws {
        var state = opened(120, 40)
        let summary = state.document.summary
        let row = try #require(summary.speakers.firstIndex { $0.name.contains("拉夫罗夫") })
        press(&state, Array(repeating: "j", count: row).joined(separator: " "))
        press(&state, "Enter")
        #expect(state.overview == nil)
        #expect(state.document.entries[state.entry].statementNumber == summary.speakers[row].statements.first)
        #expect(App.render(state, size: state.size).lines[1].contains("Statement 8/24"))
        press(&state, "BSpace")
        #expect(state.overview?.selection == row)
    }

    @Test func enterOnAReferenceGoesToItsFirstMention() throws {
        var state = opened(120, 40)
        let lines = state.overviewLines
        let index = try #require(lines.selectables.firstIndex { $0.target == .reference("S/RES/1540 (2004)") })
        press(&state, Array(repeating: "j", count: index).joined(separator: " "))
        press(&state, "Enter")
        #expect(state.overview == nil)
        #expect(state.followed == "S/RES/1540 (2004)")
        #expect(state.mention == state.document.mentions["S/RES/1540 (2004)"]?.first)
        #expect(state.message?.hasPrefix("S/RES/1540 (2004): mention 1/") == true)
    }

    @Test func iOpensAndClosesOverWhereTheReaderWas() {
        var state = opened(120, 40)
        press(&state, "i")
        #expect(state.overview == nil)
        press(&state, ":5 Enter j j")
        let (entry, scroll) = (state.entry, state.scroll)
        press(&state, "i")
        #expect(state.overview != nil)
        #expect(App.render(state, size: state.size).lines[1].contains("Overview"))
        press(&state, "j i")
        #expect(state.overview == nil && state.entry == entry && state.scroll == scroll)
        press(&state, "i j j g BSpace")
        #expect(state.overview == nil && state.entry == entry && state.scroll == scroll)
        // A jump from the overview leaves it.
        press(&state, "i }")
        #expect(state.overview == nil && state.document.entries[state.entry].statementNumber == 6)
    }

    @Test func theInitialScreenCanBeTheFirstEntry() {
        var state = opened(120, 40)
        state.initialScreen = .start
        #expect(state.overview == nil)
        #expect(App.render(state, size: state.size).lines.joined().contains("Opening of the meeting"))
        state.initialScreen = .overview
        #expect(state.overview != nil)
    }

    @Test func wideScreensSetTheSpeakersAndTheReferencesSideBySide() throws {
        let narrow = opened(80, 24).overviewLines
        let wide = opened(200, 60)
        let lines = wide.overviewLines
        // At 80 columns one column; at 200 the speakers and the references share rows, and the
        // whole overview fits the pane without scrolling.
        #expect(!narrow.texts.contains { $0.contains("Who spoke") && $0.contains("What was cited") })
        let chair = try #require(lines.texts.first { $0.hasPrefix("主席 ") && $0.contains("%") })
        #expect(chair.contains("《") || chair.contains("S/RES/"), "\(chair)")
        #expect(lines.rows.count <= wide.statementHeight)
        let grid = App.render(wide, size: wide.size)
        #expect(grid.lines.allSatisfy { DisplayWidth.standard.of($0) == 200 })
        let shown = grid.lines.joined(separator: "\n")
        for part in ["10:20–13:00", "Who spoke", "What was cited", "Who cited what", "涅边贾先生", "instruments"] {
            #expect(shown.contains(part), "\(part)")
        }
        // Every matrix column is there at both sizes.
        // (The matrix's header row numbers its columns: `… 10 11 12`.)
        #expect(lines.texts.contains { $0.hasSuffix(" 10 11 12") })
        #expect(narrow.texts.contains { $0.hasSuffix(" 10 11 12") })
        // The keys go down the speakers, then on to the references in the second column.
        let speakers = wide.document.summary.speakers.count
        #expect(lines.selectables[speakers].target == .reference(wide.document.summary.references[0].id))
        #expect(lines.selectables[speakers].start > 0)
    }

    @Test func aClickSelectsARowInEitherColumnAndASecondGoesThere() throws {
        var state = opened(200, 60)
        let lines = state.overviewLines
        let text = Layout.textArea(Layout.inner(try #require(state.layout.statement)))
        let index = try #require(lines.selectables.firstIndex { $0.target == .reference("S/RES/1540 (2004)") })
        let part = lines.selectables[index]
        let point = Point(x: text.x + part.start + 2, y: text.y + part.row)
        _ = App.update(&state, .mouse(MouseEvent(action: .press, position: point)))
        #expect(state.overview?.selection == index)
        // Only that part of the row is drawn as selected.
        let grid = App.render(state, size: state.size)
        #expect(grid[point.x, point.y].style == Theme.color.selection)
        #expect(grid[text.x + 1, point.y].style != Theme.color.selection)
        _ = App.update(&state, .mouse(MouseEvent(action: .press, position: point)))
        #expect(state.overview == nil && state.followed == "S/RES/1540 (2004)")
    }

    @Test(arguments: [Size(width: 80, height: 24), Size(width: 200, height: 60)])
    func withTheWideAmbiguousTableNothingOverflows(size: Size) {
        let wide = DisplayWidth(ambiguous: .wide)
        let state = opened(size.width, size.height)
        let area = Layout.inner(state.layout.statement!)
        let text = Layout.textArea(area)
        let lines = OverviewLines(
            summary: state.document.summary, record: state.document.record, name: state.document.name, width: text.width,
            displayWidth: wide, ascii: false)
        for row in lines.rows {
            #expect(wide.of(row.spans.map(\.text).joined()) <= text.width)
        }
        var grid = Grid(size: size)
        var cursor = OverviewCursor()
        for top in stride(from: 0, to: lines.rows.count, by: max(1, text.height)) {
            cursor.top = top
            OverviewPane(lines: lines, cursor: cursor, theme: .color, focused: true, displayWidth: wide, bidi: .reorder)
                .render(into: &grid, area: area)
            // A block element takes two cells: its second is a continuation, nothing is drawn past the pane.
            for y in text.y..<(text.y + text.height) {
                for x in text.x..<(text.x + text.width) where OverviewScreenTests.blocks.contains(grid[x, y].character) {
                    #expect(x + 1 < text.x + text.width && grid[x + 1, y].isContinuation)
                }
                #expect(!grid[text.x + text.width, y].isContinuation)
            }
        }
        // Narrow bars have twice as many cells as wide ones of the same width.
        let narrow = BarGlyphs.bar(1, width: 20, displayWidth: .standard, ascii: false)
        let wideBar = BarGlyphs.bar(1, width: 20, displayWidth: wide, ascii: false)
        #expect(narrow.filter { $0 == "█" }.count == 20 && wideBar.filter { $0 == "█" }.count == 10)
        #expect(wide.of(wideBar) == 20)
    }

    @Test func everySizeDrawsWholeRows() {
        for width in stride(from: 1, through: 130, by: 7) {
            for height in [1, 2, 3, 5, 9, 24] {
                var state = opened(width, height)
                for keys in ["", "j j j", "Space Space", "G", "k"] {
                    press(&state, keys)
                    let grid = App.render(state, size: state.size)
                    #expect(grid.lines.count == height)
                    #expect(grid.lines.allSatisfy { DisplayWidth.standard.of($0) == width }, "\(width)x\(height) after \(keys)")
                }
            }
        }
    }

    @Test func aRecordWithoutCitationsOrTimesStillHasAnOverview() {
        let speaker = Speaker(label: "主席", role: .president, language: "zh")
        let statement = Statement(
            index: 1, speaker: speaker, paragraphs: [Paragraph(text: "发言。", language: "zh", page: 1, lines: LineSpan(first: 1, last: 1))],
            lines: LineSpan(first: 1, last: 1), pages: LineSpan(first: 1, last: 1))
        var state = AppState(record: Record(meeting: Meeting(language: "zh"), statements: [statement]), path: nil, size: Size(width: 80, height: 24))
        let text = App.render(state, size: state.size).lines.joined(separator: "\n")
        #expect(text.contains("Time       not stated"))
        #expect(text.contains("no references in the statements"))
        #expect(text.contains("100%"))
        press(&state, "j j Enter")
        #expect(state.overview == nil && state.document.entries[state.entry].statementNumber == 1)
    }

    @Test func thePresidingOfficersComeFromTheCoverElseFromThePresidentsLabels() {
        func statement(_ index: Int, _ name: String?) -> Statement {
            Statement(
                index: index, speaker: Speaker(label: "The President", name: name, title: name == nil ? nil : "Mr.", role: .president, country: name == nil ? nil : "Kazakhstan", language: "en"),
                paragraphs: [Paragraph(text: "I give the floor.", language: "en", page: 1, lines: LineSpan(first: index, last: index))],
                lines: LineSpan(first: index, last: index), pages: LineSpan(first: 1, last: 1))
        }
        var record = Record(meeting: Meeting(language: "en"), statements: [statement(1, "Abdrakhmanov"), statement(2, nil), statement(3, "Abdrakhmanov")])
        #expect(OverviewLines.Builder.presiding(record) == ["Mr. Abdrakhmanov (Kazakhstan)"])
        record.meeting.presidents = [PresidingOfficer(name: "Mr. Nazarbayev", country: "Kazakhstan")]
        #expect(OverviewLines.Builder.presiding(record) == ["Mr. Nazarbayev (Kazakhstan)"])
        let state = AppState(record: record, path: nil, size: Size(width: 100, height: 30))
        #expect(App.render(state, size: state.size).lines.contains { $0.contains("Presiding  Mr. Nazarbayev (Kazakhstan)") })
    }

    @Test func asciiBarsUseHashes() {
        var state = opened(120, 40)
        state.ascii = true
        let text = App.render(state, size: state.size).lines.joined(separator: "\n")
        #expect(!text.contains { OverviewScreenTests.blocks.contains($0) })
        #expect(text.contains("###"))
    }

    @Test func openingAtAStatementOrAReference() {
        var state = opened(120, 40)
        let opened7 = state.open(at: "7")
        #expect(opened7)
        #expect(state.overview == nil && state.document.entries[state.entry].statementNumber == 7)
        var other = opened(120, 40)
        let openedRef = other.open(at: "S/RES/1540(2004)")
        #expect(openedRef)
        #expect(other.followed == "S/RES/1540 (2004)" && other.mention == other.document.mentions["S/RES/1540 (2004)"]?.first)
        #expect(other.isOnScreen(other.mention!))
        var missing = opened(120, 40)
        let (a, b) = (missing.open(at: "99"), missing.open(at: "S/RES/9999 (2099)"))
        #expect(!a && !b)
        #expect(missing.overview != nil)
    }
}

@Suite struct BarAndLocaleTests {
    @Test func barsHaveEighthCellPrecision() {
        #expect(BarGlyphs.bar(0, width: 4, displayWidth: .standard, ascii: false) == "    ")
        #expect(BarGlyphs.bar(0.5, width: 4, displayWidth: .standard, ascii: false) == "██  ")
        #expect(BarGlyphs.bar(1.0 / 32, width: 4, displayWidth: .standard, ascii: false) == "▏   ")
        #expect(BarGlyphs.bar(9.0 / 32, width: 4, displayWidth: .standard, ascii: false) == "█▏  ")
        #expect(BarGlyphs.bar(0.3, width: 4, displayWidth: .standard, ascii: false) == "█▎  ")
        #expect(BarGlyphs.bar(1, width: 4, displayWidth: .standard, ascii: false) == "████")
        #expect(BarGlyphs.bar(0.001, width: 4, displayWidth: .standard, ascii: false) == "▏   ")
        #expect(BarGlyphs.bar(0.5, width: 4, displayWidth: .standard, ascii: true) == "##  ")
        #expect(BarGlyphs.bar(.nan, width: 3, displayWidth: .standard, ascii: true) == "   ")
    }

    @Test func theLocaleCharsetComesFromTheFirstVariableSet() {
        #expect(LocaleCharset.isUTF8(environment: ["LANG": "zh_CN.UTF-8"]))
        #expect(LocaleCharset.isUTF8(environment: ["LC_CTYPE": "en_US.utf8", "LANG": "C"]))
        #expect(!LocaleCharset.isUTF8(environment: ["LC_ALL": "C", "LANG": "en_US.UTF-8"]))
        #expect(LocaleCharset.isUTF8(environment: ["LC_ALL": "", "LANG": "de_DE.UTF-8@euro"]))
        #expect(!LocaleCharset.isUTF8(environment: ["LANG": "zh_CN.GB18030"]))
        #expect(!LocaleCharset.isUTF8(environment: [:]))
    }
}
