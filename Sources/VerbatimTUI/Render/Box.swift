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
        func set(_ character: Character, _ x: Int, _ y: Int) {
            guard x >= 0, y >= 0, x < grid.size.width, y < grid.size.height else { return }
            if grid[x, y].isContinuation || (x + 1 < grid.size.width && grid[x + 1, y].isContinuation) {
                grid.put(character, at: Point(x: x, y: y), style: style)
            } else {
                grid[x, y] = Cell(character: character, style: style)
            }
        }
        for x in r.x...right {
            set(x == r.x ? glyphs.topLeft : x == right ? glyphs.topRight : glyphs.horizontal, x, r.y)
            set(x == r.x ? glyphs.bottomLeft : x == right ? glyphs.bottomRight : glyphs.horizontal, x, bottom)
        }
        if r.height > 2 {
            for y in (r.y + 1)..<bottom {
                set(glyphs.vertical, r.x, y)
                set(glyphs.vertical, right, y)
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
