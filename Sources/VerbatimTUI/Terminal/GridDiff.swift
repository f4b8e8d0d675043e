#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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
            units.append(CellChange(position: Point(x: x, y: y), cell: Cell(blankIn: cell.style), width: 1))
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
///
/// One pass per row: a row whose cells are byte-for-byte those of `old` is skipped after a
/// `memcmp`; in any other row the units are found as in `drawingUnits` and only the ones that
/// differ are kept, without building the row's list of units first.
public func diff(_ old: Grid, _ new: Grid) -> [CellChange] {
    guard old.size == new.size else { return allUnits(of: new) }
    let width = new.size.width
    let height = new.size.height
    guard width > 0, height > 0 else { return [] }
    return old.cells.withUnsafeBufferPointer { oldCells in
        new.cells.withUnsafeBufferPointer { newCells in
            let oldBase = oldCells.baseAddress!, newBase = newCells.baseAddress!
            let rowBytes = width * MemoryLayout<Cell>.stride
            // Rows that differ, and how many cells differ in them: no more units than that.
            var changedRows: [Int] = []
            var differing = 0
            for y in 0..<height {
                let o = oldBase + y * width, n = newBase + y * width
                // A cell has no padding (see `Cell.sameBits`): equal bytes are equal cells and back.
                if memcmp(o, n, rowBytes) == 0 { continue }
                changedRows.append(y)
                for x in 0..<width where !Cell.sameBits(o + x, n + x) { differing += 1 }
            }
            return [CellChange](unsafeUninitializedCapacity: differing) { units, count in
                var k = 0
                for y in changedRows {
                    let o = oldBase + y * width, n = newBase + y * width
                    var x = 0
                    while x < width {
                        if n[x].isContinuation {
                            if !Cell.sameBits(o + x, n + x) {
                                units.baseAddress!.advanced(by: k).initialize(
                                    to: CellChange(position: Point(x: x, y: y), cell: Cell(blankIn: n[x].style), width: 1))
                                k += 1
                            }
                            x += 1
                            continue
                        }
                        let wide = x + 1 < width && n[x + 1].isContinuation
                        if !Cell.sameBits(o + x, n + x) || (wide && !Cell.sameBits(o + x + 1, n + x + 1)) {
                            units.baseAddress!.advanced(by: k).initialize(
                                to: CellChange(position: Point(x: x, y: y), cell: n[x], width: wide ? 2 : 1))
                            k += 1
                        }
                        x += wide ? 2 : 1
                    }
                }
                count = k
            }
        }
    }
}
