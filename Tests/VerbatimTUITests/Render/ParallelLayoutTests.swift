import Testing
import VerbatimKit
@testable import VerbatimTUI

/// The padded layouts of one aligned row: every version keeps its own lines, in order, and each
/// group of paragraphs starts on the same line in every version.
@Suite struct ParallelLayoutTests {
    private func row(_ state: AppState) -> (ParallelState, Int) {
        let (parallel, primary) = state.activeParallel!
        return (parallel, parallel.row(of: state.entry, in: primary)!)
    }

    @Test func paddingOnlyAddsBlankLinesAndLevelsEveryGroup() {
        var state = ParallelViewTests.state(ParallelViewTests.enFr, 140, 20)
        press(&state, ":2 Enter")
        let (parallel, r) = row(state)
        let width = 30
        let padded = ParallelLayout.layouts(parallel, row: r, primary: 0, width: width)
        let members = parallel.alignment.rows[r]
        let entries = members.enumerated().map { v, e in parallel.versions[v].entries[e!] }
        #expect(entries.map(\.paragraphs.count) == [3, 4])
        let groups = ParagraphAlignment.groups(lengths: entries.map { $0.paragraphs.map { $0.text.unicodeScalars.count } })
        #expect(groups == [[0..<1, 0..<1], [1..<2, 1..<3], [2..<3, 3..<4]])
        for v in 0..<2 {
            let own = parallel.versions[v].layouts.layout(parallel.versions[v], entry: members[v]!, width: width, need: .all)
            let layout = padded[v]!
            // The version's own lines, in order, with only blank breaks added.
            let kept = layout.lines.filter { !($0.kind == .paragraphBreak && $0.text.isEmpty) }
            #expect(kept.map(\.text) == own.lines.filter { $0.kind != .paragraphBreak }.map(\.text))
            #expect(layout.lines.count == padded[0]!.lines.count)
            // A position still maps to the line that shows it.
            for (p, start) in layout.paragraphStarts.enumerated() {
                #expect(layout.lines[start].kind == .text && layout.lines[start].paragraph == p)
                #expect(layout.line(paragraph: p, offset: 0) == start)
            }
        }
        for (g, group) in groups.enumerated() {
            let starts = (0..<2).map { ParallelLayout.segmentStart(padded[$0]!, paragraph: group[$0].lowerBound, count: entries[$0].paragraphs.count) }
            #expect(starts[0] == starts[1], "group \(g) starts level")
        }
    }

    @Test func theRowsLineUpEveryEntryOfBothVersions() {
        let state = ParallelViewTests.state(ParallelViewTests.enFr, 140, 20)
        let (parallel, _) = row(state)
        // Opening, four shared statements, the United States only in English, the closing.
        #expect(parallel.alignment.rows == [[0, 0], [1, 1], [2, 2], [3, 3], [4, nil], [5, 4], [6, 5]])
        let zh = ParallelViewTests.state(ParallelViewTests.zhEn, 140, 20).activeParallel!.state
        #expect(zh.alignment.rows.count == zh.versions[0].entries.count)
        #expect(zh.alignment.rows.allSatisfy { $0[0] == $0[1] })
    }
}
