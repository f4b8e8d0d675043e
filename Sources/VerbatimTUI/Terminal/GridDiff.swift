/// One unit the terminal layer must draw: a cell and how many columns it covers (2 for a wide
/// character, whose continuation cell is never drawn on its own).
public struct CellChange: Equatable, Sendable {
    /// Where the unit starts.
    public var position: Point
    /// What to draw there; an orphan continuation cell comes out as a blank in its style.
    public var cell: Cell
    /// Columns covered: 1, or 2 for a wide character.
    public var width: Int

    public init(position: Point, cell: Cell, width: Int) {
        self.position = position
        self.cell = cell
        self.width = width
    }
}

/// The drawing units of `grid`'s row `y`, left to right: a cell followed by a continuation cell
/// is one unit of width 2; a continuation cell with no character before it is a blank.
func drawingUnits(of grid: Grid, row y: Int) -> [CellChange] {
    var units: [CellChange] = []
    var x = 0
    let width = grid.size.width
    while x < width {
        let cell = grid[x, y]
        if cell.isContinuation {
            units.append(CellChange(position: Point(x: x, y: y), cell: Cell(character: " ", style: cell.style), width: 1))
            x += 1
            continue
        }
        let wide = x + 1 < width && grid[x + 1, y].isContinuation
        units.append(CellChange(position: Point(x: x, y: y), cell: cell, width: wide ? 2 : 1))
        x += wide ? 2 : 1
    }
    return units
}

/// Every drawing unit of `grid`, row by row.
public func allUnits(of grid: Grid) -> [CellChange] {
    (0..<grid.size.height).flatMap { drawingUnits(of: grid, row: $0) }
}

/// What must be drawn to turn a screen showing `old` into one showing `new`: the units of `new`
/// (see `drawingUnits`) any of whose cells differ from `old`, in reading order. Grids of
/// different sizes share nothing, so every unit of `new` is returned.
public func diff(_ old: Grid, _ new: Grid) -> [CellChange] {
    guard old.size == new.size else { return allUnits(of: new) }
    var changes: [CellChange] = []
    let width = new.size.width
    for y in 0..<new.size.height {
        let base = y * width
        var rowChanged = false
        for x in 0..<width where old.cells[base + x] != new.cells[base + x] {
            rowChanged = true
            break
        }
        guard rowChanged else { continue }
        for unit in drawingUnits(of: new, row: y) {
            let x = unit.position.x
            var differs = false
            for column in x..<(x + unit.width) where old.cells[base + column] != new.cells[base + column] {
                differs = true
                break
            }
            if differs { changes.append(unit) }
        }
    }
    return changes
}
