import Testing
@testable import VerbatimTUI

/// On a narrow screen the help wraps long descriptions instead of cutting them, and every
/// description can still be scrolled to.
@Test func narrowHelpWrapsDescriptionsInsteadOfCuttingThem() {
    var state = SampleRecord.state(60, 15)
    press(&state, "?")
    var seen = ""
    var previous = ""
    for _ in 0..<40 {
        // The help box: between the title row and the status row.
        let text = App.render(state, size: state.size).lines.dropFirst().dropLast().joined(separator: "\n")
        #expect(!text.contains("…"), "a help line was cut:\n\(text)")
        seen += text
        if text == previous { break }
        previous = text
        press(&state, "Space")
    }
    // A description wider than the box continues on the next row, keys column left blank.
    #expect(seen.contains("down a line (statement) or an item"))
    #expect(seen.contains("(lists)"))
    // The last line is reachable: scrolling is bounded by the wrapped rows, not the source lines.
    #expect(seen.contains("closes it."))
    let rows = HelpPane.rows(size: state.size, for: state)
    #expect(rows.count > HelpPane.lines(for: state).count)
    press(&state, "G")
    #expect(state.overlay == .help(top: rows.count - HelpPane.visibleRows(size: state.size)))
}
