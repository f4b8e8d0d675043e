import VerbatimLibrary

/// Where the indexing thread leaves its news for the event loop: progress, then the opened
/// library (handed over once; from then on only the loop's thread uses it) with the warnings of
/// opening it. Progress is coalesced: only the latest waits.
final class LibraryInbox: @unchecked Sendable {
    /// What the loop takes at once.
    struct News {
        var progress: IndexProgress?
        /// The library, when it has just been handed over.
        var library: LibrarySource?
        /// The warnings of opening it, once indexing has ended (whether it could be opened or not).
        var finished: [String]?
    }

    private let lock = Lock()
    private var news = News()

    /// Leaves `progress` for the loop, replacing progress not yet taken.
    func post(_ progress: IndexProgress) {
        lock.lock()
        defer { lock.unlock() }
        news.progress = progress
    }

    /// Hands over the opened library (`nil` when it could not be opened) with its warnings.
    func finish(_ library: LibrarySource?, warnings: [String]) {
        lock.lock()
        defer { lock.unlock() }
        news.library = library
        news.finished = warnings
    }

    /// What is waiting, taken off.
    func take() -> News {
        lock.lock()
        defer { lock.unlock() }
        let taken = news
        news = News()
        return taken
    }
}

/// How a library is opened on the indexing thread: given a way to report progress, returns the
/// library (or `nil` when it cannot be opened) and the warnings to show.
public typealias LibraryOpener = @Sendable (_ progress: @escaping @Sendable (IndexProgress) -> Void) -> (library: LibrarySource?, warnings: [String])
