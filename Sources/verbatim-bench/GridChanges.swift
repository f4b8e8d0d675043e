import VerbatimTUI

/// The diff step of a frame: what the terminal layer compares before it draws.
enum GridChanges {
    /// The number of cells of `new` that differ from `old` (all of them when the sizes differ).
    static func count(from old: Grid, to new: Grid) -> Int {
        guard old.size == new.size else { return new.cells.count }
        var changed = 0
        let a = old.cells, b = new.cells
        for i in b.indices where a[i] != b[i] { changed += 1 }
        return changed
    }
}
