
/// The folded search text of a document's entries, built per entry the first time a search
/// reaches it and kept for the next searches. Loading a record therefore costs nothing for
/// search; the first search folds the whole text once (it has to see every match to count them).
final class SearchIndex: @unchecked Sendable {
    private let lock = Lock()
    private var texts: [[SearchText]?]

    /// An empty index for `count` entries.
    init(count: Int) {
        texts = Array(repeating: nil, count: count)
    }

    /// The texts of entry `entry`: the kept ones, or those `build` makes (then kept).
    func texts(of entry: Int, build: () -> [SearchText]) -> [SearchText] {
        lock.lock()
        defer { lock.unlock() }
        if let kept = texts[entry] { return kept }
        let made = build()
        texts[entry] = made
        return made
    }
}
