import Testing
@testable import VerbatimTUI

/// The `c` list's title tells where the selection is in a list longer than its box.
@Test func theCitingListTitleShowsThePositionInTheList() {
    var state = Fixture.state(60, 15)
    press(&state, ":6 Enter c")
    let entries = state.document.citingEntries("S/RES/1540 (2004)")
    #expect(entries.count == 10)
    #expect(CitingPane.visibleRows(size: state.size) < entries.count)
    #expect(screen(state).contains("Citing S/RES/1540 (2004) · 1/10"))
    press(&state, "j j")
    #expect(screen(state).contains("Citing S/RES/1540 (2004) · 3/10"))
    press(&state, "G")
    let text = screen(state)
    #expect(text.contains("· 10/10"))
    // The last row is scrolled into view.
    #expect(text.contains("19. 范·伍斯特隆姆先生"))
}
