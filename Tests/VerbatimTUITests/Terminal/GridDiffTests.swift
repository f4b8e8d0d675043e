import Testing
@testable import VerbatimTUI

private func grid(_ rows: [String], width: Int) -> Grid {
    var grid = Grid(size: Size(width: width, height: rows.count))
    for (y, row) in rows.enumerated() {
        grid.put(row, at: Point(x: 0, y: y), style: .plain)
    }
    return grid
}

@Test func identicalGridsNeedNoDrawing() {
    let a = grid(["中文 text", "second"], width: 12)
    #expect(diff(a, a).isEmpty)
}

@Test func onlyChangedCellsAreDrawn() {
    let old = grid(["abcdef", "ghijkl"], width: 6)
    let new = grid(["abXdef", "ghijkl"], width: 6)
    #expect(diff(old, new) == [CellChange(position: Point(x: 2, y: 0), cell: Cell(character: "X"), width: 1)])
}

@Test func styleChangeIsAChange() {
    let old = grid(["abc"], width: 3)
    var new = old
    new[1, 0] = Cell(character: "b", style: Style(attributes: .reverse))
    #expect(diff(old, new).map(\.position) == [Point(x: 1, y: 0)])
}

@Test func wideCharacterIsOneUnitOfTwoColumns() {
    let old = grid(["ab"], width: 4)
    let new = grid(["中"], width: 4)
    let changes = diff(old, new)
    #expect(changes == [CellChange(position: Point(x: 0, y: 0), cell: Cell(character: "中"), width: 2)])
}

@Test func wideCharacterReplacedByTwoNarrowOnes() {
    let old = grid(["中x"], width: 3)
    let new = grid(["abx"], width: 3)
    let changes = diff(old, new)
    #expect(changes.map(\.position.x) == [0, 1])
    #expect(changes.map(\.cell.character) == ["a", "b"])
    #expect(changes.allSatisfy { $0.width == 1 && !$0.cell.isContinuation })
}

@Test func rewritingTheTrailingCellOfAWideCharacterRedrawsBoth() {
    let old = grid(["中"], width: 2)
    var new = old
    new.put("b", at: Point(x: 1, y: 0), style: .plain)   // blanks the first half
    let changes = diff(old, new)
    #expect(changes == [
        CellChange(position: Point(x: 0, y: 0), cell: Cell(character: " "), width: 1),
        CellChange(position: Point(x: 1, y: 0), cell: Cell(character: "b"), width: 1),
    ])
}

@Test func wideCharacterShiftedByOneColumn() {
    let old = grid([" 中"], width: 3)
    let new = grid(["中 "], width: 3)
    let changes = diff(old, new)
    // Both the new wide character and the cell where the old one's second half was.
    #expect(changes == [
        CellChange(position: Point(x: 0, y: 0), cell: Cell(character: "中"), width: 2),
        CellChange(position: Point(x: 2, y: 0), cell: Cell(character: " "), width: 1),
    ])
}

@Test func onlyTheContinuationDifferingRedrawsTheLead() {
    // Same lead character but its second cell changed style: the unit is redrawn whole.
    let old = grid(["中"], width: 2)
    var new = old
    new[1, 0] = Cell(character: " ", style: Style(attributes: .bold), isContinuation: true)
    #expect(diff(old, new).map(\.position.x) == [0])
}

@Test func orphanContinuationCellIsDrawnAsABlank() {
    var new = Grid(size: Size(width: 2, height: 1))
    new[0, 0] = Cell(character: " ", style: Style(attributes: .underline), isContinuation: true)
    let changes = diff(Grid(size: Size(width: 3, height: 1)), new)
    #expect(changes.first == CellChange(position: Point(x: 0, y: 0), cell: Cell(character: " ", style: Style(attributes: .underline)), width: 1))
    #expect(changes.count == 2)
}

@Test func aResizeRedrawsEverything() {
    let old = grid(["abc"], width: 3)
    let new = grid(["abc", "def"], width: 3)
    #expect(diff(old, new).count == 6)
}

@Test func unchangedRowsAreSkippedWholesale() {
    let rows = (0..<50).map { "row \($0) 中文" }
    let old = grid(rows, width: 20)
    var changed = rows
    changed[37] = "row 37 改了"
    let changes = diff(old, grid(changed, width: 20))
    #expect(Set(changes.map(\.position.y)) == [37])
}
