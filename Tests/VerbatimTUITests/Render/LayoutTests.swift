import Testing
@testable import VerbatimTUI

@Test func panesAdaptToTheWidth() {
    let wide = Layout(size: Size(width: 100, height: 30), showReferences: false)
    #expect(wide.visiblePanes == [.speakers, .statement, .references])
    #expect(!wide.referencesFloat)
    // Side by side, sharing their borders, covering the width exactly.
    #expect(wide.speakers!.x == 0)
    #expect(wide.statement!.x == wide.speakers!.x + wide.speakers!.width - 1)
    #expect(wide.references!.x == wide.statement!.x + wide.statement!.width - 1)
    #expect(wide.references!.x + wide.references!.width == 100)

    let medium = Layout(size: Size(width: 99, height: 30), showReferences: false)
    #expect(medium.visiblePanes == [.speakers, .statement])
    let overlay = Layout(size: Size(width: 99, height: 30), showReferences: true)
    #expect(overlay.visiblePanes == [.speakers, .statement, .references])
    #expect(overlay.referencesFloat)
    #expect(overlay.references!.x + overlay.references!.width == 99)

    #expect(Layout(size: Size(width: 50, height: 30), showReferences: false).visiblePanes == [.speakers, .statement])
    #expect(Layout(size: Size(width: 49, height: 30), showReferences: false).visiblePanes == [.statement])
    #expect(Layout(size: Size(width: 49, height: 30), showReferences: true).references == Rect(x: 0, y: 1, width: 49, height: 28))

    // Too short for panes: the status row alone, then the title too.
    let one = Layout(size: Size(width: 80, height: 1), showReferences: false)
    #expect(one.title == nil && one.status != nil && one.visiblePanes.isEmpty)
    let two = Layout(size: Size(width: 80, height: 2), showReferences: false)
    #expect(two.title != nil && two.status != nil && two.visiblePanes.isEmpty)
}
