/// The bytes of a record file as the loader read them, which the parser writes the paragraphs'
/// text over (`TextBuffer(over:offset:capacity:)`): a paragraph's joined text is never longer
/// than the lines it is joined from, so it fits where those lines were, and the record keeps
/// no second copy of its text. It lives as long as a paragraph points into it.
final class InputBuffer: @unchecked Sendable {
    private var storage: [UInt8]
    /// The first byte; stays valid while the buffer lives (the storage is never resized).
    let base: UnsafeMutablePointer<UInt8>
    /// The number of bytes.
    let count: Int

    /// Takes `bytes` over (pass it with `consume`, so that no copy is made).
    init(_ bytes: consuming [UInt8]) {
        var storage = consume bytes
        count = storage.count
        base = storage.withUnsafeMutableBufferPointer { $0.baseAddress ?? UnsafeMutablePointer<UInt8>.allocate(capacity: 1) }
        self.storage = consume storage
    }

    /// The bytes, read-only (the parser's view while it writes over them).
    var bytes: UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: base, count: count)
    }
}
