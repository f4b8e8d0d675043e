import Dispatch

/// Runs independent pieces of work on all cores and gives their results in order.
enum SideBySide {
    /// `body(j)` for each `j` in `0..<count`, on up to as many threads as there are cores;
    /// `body` must only read what it shares with the other calls.
    static func map<T>(_ count: Int, _ body: (Int) -> T) -> [T] {
        guard count > 1 else { return (0..<count).map(body) }
        return withoutActuallyEscaping(body) { body in
            let box = ResultsBox<T>(count: count, body: body)
            DispatchQueue.concurrentPerform(iterations: count) { j in box.run(j) }
            return box.results
        }
    }

    /// `items` cut into `parts` runs of about equal length (fewer when there are fewer items).
    static func shares(_ items: Range<Int>, parts: Int) -> [Range<Int>] {
        let parts = max(1, min(parts, items.count))
        return (0..<parts).map { j in
            items.lowerBound + items.count * j / parts..<items.lowerBound + items.count * (j + 1) / parts
        }
    }
}

/// The work and its results, shared by the threads; each writes only its own slot, and the
/// slots are read after every thread is done.
private final class ResultsBox<T>: @unchecked Sendable {
    private let body: (Int) -> T
    private let slots: UnsafeMutableBufferPointer<T?>

    init(count: Int, body: @escaping (Int) -> T) {
        self.body = body
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    deinit {
        _ = slots.deinitialize()
        slots.deallocate()
    }

    func run(_ j: Int) {
        slots[j] = body(j)
    }

    var results: [T] { slots.map { $0! } }
}
