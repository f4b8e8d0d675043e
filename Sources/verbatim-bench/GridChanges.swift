import VerbatimTUI

/// The diff step of a frame: what the terminal layer computes before it draws.
enum GridChanges {
    /// The drawing units of `new` that differ from `old`, counted, as the terminal layer's
    /// `diff(_:_:)` finds them.
    static func count(from old: Grid, to new: Grid) -> Int {
        VerbatimTUI.diff(old, new).count
    }
}
