import VerbatimKit
@testable import VerbatimTUI

/// What every drawn screen must hold: the grid is the state's size, every row is exactly its
/// width, no half of a wide character, no control character (C0, DEL, C1) in a cell, and without
/// an overlay each pane's side borders in the same columns on every row.
enum ScreenInvariants {
    static func problem(_ state: AppState) -> String? {
        let size = state.size
        let grid = App.render(state, size: size)
        if grid.size != size { return "grid \(grid.size) for size \(size)" }
        for (y, line) in grid.lines.enumerated() where DisplayWidth.standard.of(line) != size.width {
            return "row \(y) is \(DisplayWidth.standard.of(line)) wide at \(size): \(line.debugDescription)"
        }
        for y in 0..<size.height {
            var x = 0
            while x < size.width {
                let cell = grid[x, y]
                if cell.isContinuation { return "stray continuation at \(x),\(y)" }
                if let bad = cell.character.unicodeScalars.first(where: { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }) {
                    return "control U+\(String(bad.value, radix: 16)) in cell \(x),\(y)"
                }
                let w = DisplayWidth.standard.of(cell.character)
                if w == 2, !(x + 1 < size.width && grid[x + 1, y].isContinuation) { return "half a wide character at \(x),\(y)" }
                x += max(1, w)
            }
        }
        guard state.overlay == nil, state.library == nil else { return nil }
        let layout = state.layout
        for pane in layout.visiblePanes {
            guard let box = layout.box(pane), box.width >= 2, box.height >= 3 else { continue }
            let covered = pane != .references && layout.referencesFloat
            for y in (box.y + 1)..<(box.y + box.height - 1) {
                if grid[box.x, y].character != "│" { return "left border of \(pane) at row \(y) (\(size))" }
                if (!covered || pane == .speakers) && grid[box.x + box.width - 1, y].character != "│" {
                    return "right border of \(pane) at row \(y) (\(size))"
                }
            }
        }
        return nil
    }
}
