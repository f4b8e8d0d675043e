import Foundation

/// Where the indexing thread leaves its news for the event loop: progress, then the opened
/// library (handed over once; from then on only the loop's thread uses it) and its meetings.
/// Progress is coalesced: only the latest waits.
final class LibraryInbox: @unchecked Sendable {
    private let lock = NSLock()
    private var events: [Event] = []
    private var source: LibrarySource?
    private var finished = false

    /// Leaves `progress` for the loop, replacing progress not yet taken.
    func post(_ progress: IndexingProgress) {
        lock.lock()
        defer { lock.unlock() }
        if case .indexing = events.last { events.removeLast() }
        events.append(.indexing(progress))
    }

    /// Hands over the opened library (`nil` when it could not be opened) with its warnings.
    func finish(_ library: LibrarySource?, warnings: [String]) {
        let meetings = library?.meetingRows() ?? []
        lock.lock()
        defer { lock.unlock() }
        source = library
        finished = true
        events.append(.libraryLoaded(meetings: meetings, warnings: warnings))
    }

    /// The events waiting, and the library when it has just been handed over.
    func take() -> (events: [Event], library: LibrarySource?, finished: Bool) {
        lock.lock()
        defer { lock.unlock() }
        let taken = (events, source, finished)
        events = []
        source = nil
        return taken
    }
}

/// How a library is opened on the indexing thread: given a way to report progress, returns the
/// library (or `nil` when it cannot be opened) and the warnings to show.
public typealias LibraryOpener = @Sendable (_ progress: @escaping @Sendable (IndexingProgress) -> Void) -> (library: LibrarySource?, warnings: [String])
