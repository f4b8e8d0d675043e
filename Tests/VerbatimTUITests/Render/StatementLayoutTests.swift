import Testing
import VerbatimKit
@testable import VerbatimTUI

@Test func aLayoutBuiltBitByBitEqualsOneBuiltAtOnce() {
    let document = Document(record: Fixture.record, path: Fixture.path)
    for entry in document.entries.indices {
        let whole = LayoutCache().layout(document, entry: entry, width: 57)
        #expect(whole.complete)
        let cache = LayoutCache()
        var step = 1
        var partial = cache.layout(document, entry: entry, width: 57, need: .lines(step))
        while !partial.complete {
            #expect(partial.lines.count >= step)
            #expect(zip(partial.lines, whole.lines).allSatisfy { $0.text == $1.text && $0.kind == $1.kind && $0.start == $1.start })
            step += 7
            partial = cache.layout(document, entry: entry, width: 57, need: .lines(step))
        }
        #expect(partial.lines.map(\.text) == whole.lines.map(\.text))
        #expect(partial.paragraphStarts == whole.paragraphStarts)
    }
}

@Test func showingTheTopOfAStatementWrapsOnlyWhatFits() {
    var state = Fixture.state(200, 20)
    // The longest statement.
    let longest = state.document.statementEntries.max { a, b in
        state.document.entries[a].paragraphs.count < state.document.entries[b].paragraphs.count
    }!
    press(&state, ":\(state.document.entries[longest].statementNumber!) Enter")
    _ = App.render(state, size: state.size)
    let cached = state.document.layouts.layout(state.document, entry: longest, width: state.layout.statementText.width, need: .lines(0))
    #expect(!cached.complete)
    #expect(cached.paragraphStarts.count < state.document.entries[longest].paragraphs.count)
    #expect(row(state, 19).contains("%"))
    #expect(!row(state, 19).contains("100%"))
    press(&state, "G")
    #expect(row(state, 19).contains("100%"))
    press(&state, "g")
    #expect(state.scroll == 0)
}
