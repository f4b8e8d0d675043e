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

/// `lines` writes each cell's UTF-8 as it is held: the same text as appending each cell's
/// `character`, for ASCII, wide characters and their continuations, combining marks, a flag,
/// a cluster of exactly 15 bytes, an emoji ZWJ sequence held shortened, and an empty cluster.
@Test func linesAreTheCellsCharacters() {
    var grid = Grid(size: Size(width: 12, height: 2))
    grid.put("a中e\u{301}🇨🇳", at: Point(x: 0, y: 0), style: .plain)
    grid[8, 0] = Cell(character: "👨‍👩‍👧‍👦")
    grid[10, 0] = Cell(character: "e\u{301}\u{302}\u{303}\u{304}\u{305}\u{306}\u{307}")
    grid[0, 1] = Cell(character: "x\u{301}\u{302}\u{303}\u{304}\u{305}\u{306}\u{307}\u{308}")
    let expected = (0..<2).map { y in
        var line = ""
        for x in 0..<12 where !grid[x, y].isContinuation { line.append(grid[x, y].character) }
        return line
    }
    #expect(grid.lines == expected)
    #expect(grid.lines[0].hasPrefix("a中e\u{301}🇨🇳"))
}
