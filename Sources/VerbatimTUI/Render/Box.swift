import VerbatimKit

/// A frame of line-drawing characters around a rectangle, with a title set into its top edge.
struct Box {
    var rect: Rect
    var style: Style
    var title: String?
    var titleStyle: Style

    /// Draws the frame; the inside is left as it is.
    func render(into grid: inout Grid) {
        let r = rect
        guard r.width >= 2, r.height >= 2 else {
            grid.fill(r, with: " ", style: style)
            return
        }
        let right = r.x + r.width - 1, bottom = r.y + r.height - 1
        let glyphs = BorderGlyphs.fitting(grid.displayWidth)
        // Line-drawing characters are one column wide: written as cells directly, clipped to the grid.
        // Each glyph's cell is made once per box.
        let style = self.style
        func set(_ character: Character, _ cell: Cell, _ x: Int, _ y: Int) {
            guard x >= 0, y >= 0, x < grid.size.width, y < grid.size.height else { return }
            if grid[x, y].isContinuation || (x + 1 < grid.size.width && grid[x + 1, y].isContinuation) {
                grid.put(character, at: Point(x: x, y: y), style: style)
            } else {
                grid[x, y] = cell
            }
        }
        let horizontal = Cell(character: glyphs.horizontal, style: style), vertical = Cell(character: glyphs.vertical, style: style)
        let corners = (Cell(character: glyphs.topLeft, style: style), Cell(character: glyphs.topRight, style: style),
                       Cell(character: glyphs.bottomLeft, style: style), Cell(character: glyphs.bottomRight, style: style))
        for x in r.x...right {
            if x == r.x {
                set(glyphs.topLeft, corners.0, x, r.y)
                set(glyphs.bottomLeft, corners.2, x, bottom)
            } else if x == right {
                set(glyphs.topRight, corners.1, x, r.y)
                set(glyphs.bottomRight, corners.3, x, bottom)
            } else {
                set(glyphs.horizontal, horizontal, x, r.y)
                set(glyphs.horizontal, horizontal, x, bottom)
            }
        }
        if r.height > 2 {
            for y in (r.y + 1)..<bottom {
                set(glyphs.vertical, vertical, r.x, y)
                set(glyphs.vertical, vertical, right, y)
            }
        }
        if let title, r.width >= 5 {
            // "─ Title ─": one rule and a space before, a space after, clipped before the corner.
            let limit = right - 1
            var x = r.x + 2
            x += grid.put(" ", at: Point(x: x, y: r.y), style: titleStyle, limit: limit)
            let clipped = Truncation.truncate(title, to: max(0, limit - x - 1), displayWidth: grid.displayWidth)
            x += grid.put(clipped, at: Point(x: x, y: r.y), style: titleStyle, limit: limit)
            grid.put(" ", at: Point(x: x, y: r.y), style: titleStyle, limit: limit)
        }
    }
}

/// What every pane is: a value that draws itself into a rectangle of the grid, and nowhere else.
protocol Pane {
    /// Draws into `area` (the inside of the pane's box); cells outside `area` are not touched.
    func render(into grid: inout Grid, area: Rect)
}
