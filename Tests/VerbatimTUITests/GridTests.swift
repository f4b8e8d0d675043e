import Testing
@testable import VerbatimTUI

@Test func wideCharacterOwnsTwoCells() {
    var grid = Grid(size: Size(width: 4, height: 1))
    #expect(grid.put("中", at: Point(x: 0, y: 0), style: .plain) == 2)
    #expect(grid[1, 0].isContinuation)
    #expect(grid.put("中", at: Point(x: 3, y: 0), style: .plain) == 0)
    grid.put("a", at: Point(x: 1, y: 0), style: .plain)
    #expect(grid.lines == [" a  "])
}
