import CICU

/// Words to find in UTF-8 bytes all at once (`vb_find_any`, one pass for all of them): their
/// bytes are held once, with a pointer to each, for every search that follows.
final class ByteNeedles: @unchecked Sendable {
    /// The words, as given (an empty one is never found).
    let words: [[UInt8]]
    private let storage: UnsafeMutableBufferPointer<UInt8>
    private let pointers: [UnsafePointer<UInt8>?]
    private let lengths: [Int64]

    init(_ words: [[UInt8]]) {
        self.words = words
        storage = .allocate(capacity: max(1, words.reduce(0) { $0 + $1.count }))
        var pointers: [UnsafePointer<UInt8>?] = []
        var offset = 0
        for word in words {
            _ = UnsafeMutableBufferPointer(rebasing: storage[offset..<(offset + word.count)]).initialize(from: word)
            pointers.append(UnsafePointer(storage.baseAddress! + offset))
            offset += word.count
        }
        self.pointers = pointers
        lengths = words.map { Int64($0.count) }
    }

    deinit {
        storage.deallocate()
    }

    /// The first offset at or after `from` where one of the words starts in `bytes`, with the
    /// word found there (the first listed of those that start there); `nil` when none does.
    func firstHit(in bytes: UnsafeBufferPointer<UInt8>, from: Int) -> (at: Int, word: Int)? {
        guard let base = bytes.baseAddress, from < bytes.count else { return nil }
        var which: Int64 = 0
        let hit = vb_find_any(base + from, Int64(bytes.count - from), pointers, lengths, Int64(words.count), &which)
        return hit < 0 ? nil : (from + Int(hit), Int(which))
    }
}
