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
        for x in r.x...right {
            let top: Character = x == r.x ? "┌" : x == right ? "┐" : "─"
            let low: Character = x == r.x ? "└" : x == right ? "┘" : "─"
            grid.put(top, at: Point(x: x, y: r.y), style: style)
            grid.put(low, at: Point(x: x, y: bottom), style: style)
        }
        if r.height > 2 {
            for y in (r.y + 1)..<bottom {
                grid.put("│", at: Point(x: r.x, y: y), style: style)
                grid.put("│", at: Point(x: right, y: y), style: style)
            }
        }
        if let title, r.width >= 5 {
            // "─ Title ─": one rule and a space before, a space after, clipped before the corner.
            let limit = right - 1
            var x = r.x + 2
            x += grid.put(" ", at: Point(x: x, y: r.y), style: titleStyle, limit: limit)
            let clipped = Truncation.truncate(title, to: max(0, limit - x - 1))
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
