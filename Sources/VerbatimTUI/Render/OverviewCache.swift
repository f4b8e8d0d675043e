import VerbatimKit

/// The overview's lines last built for a document, kept for the next key or frame at the same
/// width, table and bar style (every key and frame asks for them). Thread-safe.
final class OverviewCache: @unchecked Sendable {
    private struct Key: Equatable {
        var width: Int
        var ambiguous: AmbiguousWidth
        var ascii: Bool
    }

    private let lock = Lock()
    private var key: Key?
    private var lines: OverviewLines?

    /// The lines for `width`, `displayWidth` and `ascii`, built by `make` when not kept.
    func lines(width: Int, displayWidth: DisplayWidth, ascii: Bool, make: () -> OverviewLines) -> OverviewLines {
        let wanted = Key(width: width, ambiguous: displayWidth.ambiguous, ascii: ascii)
        lock.lock()
        if key == wanted, let lines {
            lock.unlock()
            return lines
        }
        lock.unlock()
        let built = make()
        lock.lock()
        key = wanted
        lines = built
        lock.unlock()
        return built
    }
}
