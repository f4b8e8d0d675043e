import VerbatimKit

/// Rows of the speaker list as drawn, kept per document so that a keypress redraws only the
/// rows whose look changed (the entry on show, the selection) and copies the others.
///
/// A row is a function of the entry, the pane's width and how the row is marked; the key holds
/// all of it, so a kept row is exactly what drawing it again would give.
final class SpeakerRowCache: @unchecked Sendable {
    /// Everything a speaker-list row depends on besides the document.
    struct Key: Hashable {
        var entry: Int
        var width: Int
        var selected: Bool
        var current: Bool
        var focused: Bool
        var colors: Bool
        var bidi: BidiMode
        var ambiguous: AmbiguousWidth
    }

    private let lock = Lock()
    private var rows: [Key: [Cell]] = [:]
    /// Rows kept at most; the cache starts again when it is full (a resize, a long session).
    /// A frame draws at most one row per terminal line, so this keeps every row of the frames
    /// before and after a keypress on any real terminal, while bounding the memory of a long
    /// session of resizes (Scripts/soak.sh: 4096 rows let a 37 MB browser grow by 4.5 MB).
    private let limit = 512

    /// The cells of the row for `key`: kept ones, or those `draw` makes (then kept).
    func row(_ key: Key, draw: () -> [Cell]) -> [Cell] {
        lock.lock()
        if let kept = rows[key] {
            lock.unlock()
            return kept
        }
        lock.unlock()
        let made = draw()
        lock.lock()
        if rows.count >= limit { rows.removeAll(keepingCapacity: true) }
        rows[key] = made
        lock.unlock()
        return made
    }
}
