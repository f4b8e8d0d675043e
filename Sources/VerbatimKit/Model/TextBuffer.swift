#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The UTF-8 text of a record's paragraphs in one buffer: the parser appends each paragraph's
/// joined text as it ends, and each `Paragraph` is a byte range into it. A `String` is made
/// only when a paragraph's text is asked for.
///
/// Appended to only by the parser that made it, before the record is handed out; read-only
/// from then on, so sharing it between threads is safe.
public final class TextBuffer: @unchecked Sendable {
    private var base: UnsafeMutablePointer<UInt8>
    private(set) var capacity: Int
    /// The bytes written so far.
    private(set) var count = 0
    /// The input this buffer is a window of, when it writes over it (it then never grows).
    private let input: InputBuffer?

    /// An empty buffer with room for `capacity` bytes (it grows when needed).
    init(capacity: Int) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
        input = nil
        HugePages.advise(base, count: self.capacity)
    }

    /// A buffer written over `input`'s bytes from `offset` on, at most `capacity` of them: the
    /// text of lines already read, written where they were (see `InputBuffer`).
    init(over input: InputBuffer, offset: Int, capacity: Int) {
        self.input = input
        base = input.base + offset
        self.capacity = max(0, min(capacity, input.count - offset))
    }

    /// A buffer holding `text` alone.
    convenience init(_ text: String) {
        self.init(capacity: text.utf8.count)
        var text = text
        text.withUTF8 { appendCopy(of: $0) }
    }

    /// A buffer holding a copy of `bytes` alone.
    convenience init(copying bytes: UnsafeBufferPointer<UInt8>) {
        self.init(capacity: bytes.count)
        appendCopy(of: bytes)
    }

    private func appendCopy(of bytes: UnsafeBufferPointer<UInt8>) {
        _ = append(capacity: bytes.count) { out in
            if let from = bytes.baseAddress { memcpy(out, from, bytes.count) }
            return bytes.count
        }
    }

    deinit {
        if input == nil { base.deallocate() }
    }

    /// Whether `needed` more bytes fit without growing (a buffer over the input cannot grow).
    func fits(_ needed: Int) -> Bool {
        count + needed <= capacity
    }

    /// Appends what `write` writes (at most `capacity` bytes, its return value) and returns
    /// the byte range it takes. A buffer over the input must have room (`fits`).
    func append(capacity needed: Int, _ write: (UnsafeMutablePointer<UInt8>) -> Int) -> Range<Int> {
        precondition(input == nil || count + needed <= capacity, "a text buffer over the input cannot grow")
        if count + needed > capacity {
            let grown = max(capacity * 2, count + needed)
            let new = UnsafeMutablePointer<UInt8>.allocate(capacity: grown)
            new.update(from: base, count: count)
            base.deallocate()
            base = new
            capacity = grown
        }
        let written = write(base + count)
        let range = count..<count + written
        count += written
        return range
    }

    /// Drops the bytes from `offset` on (the text just appended, when it is kept elsewhere).
    func truncate(to offset: Int) {
        count = min(count, max(0, offset))
    }

    /// The bytes of `range`.
    func bytes(_ range: Range<Int>) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: base + range.lowerBound, count: range.count)
    }

    /// The text of `range`, as a new `String`.
    func string(_ range: Range<Int>) -> String {
        String(decoding: bytes(range), as: UTF8.self)
    }
}
