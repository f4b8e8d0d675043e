/// A value worked out the first time it is asked for and kept; thread-safe (states of one
/// document on several threads ask for the same value).
final class ComputedOnce<Value: Sendable>: @unchecked Sendable {
    private let lock = Lock()
    private var kept: Value?

    /// The kept value, else the one `make` works out (kept from then on).
    func value(_ make: () -> Value) -> Value {
        lock.lock()
        defer { lock.unlock() }
        if let kept { return kept }
        let made = make()
        kept = made
        return made
    }
}
