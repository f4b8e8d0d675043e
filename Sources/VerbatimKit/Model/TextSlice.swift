#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A byte range of a `TextBuffer`: the text of a paragraph or of a citation. Its `String` is
/// made only when asked for; a slice made from a `String` holds a buffer of its own. Two slices
/// are equal when their bytes are, whatever buffers they are in.
struct TextSlice: Equatable, Sendable {
    private(set) var buffer: TextBuffer
    private var start: UInt32
    private var end: UInt32

    /// The bytes `range` of `buffer`.
    init(_ buffer: TextBuffer, _ range: Range<Int>) {
        self.buffer = buffer
        start = UInt32(range.lowerBound)
        end = UInt32(range.upperBound)
    }

    /// `text` in a buffer of its own.
    init(_ text: String) {
        let buffer = TextBuffer(text)
        self.init(buffer, 0..<buffer.count)
    }

    /// The text, as a new `String`.
    var string: String { buffer.string(Int(start)..<Int(end)) }

    /// Where the text starts in `buffer`.
    var offset: Int { Int(start) }

    /// The length of the text in UTF-8 bytes.
    var utf8Count: Int { Int(end - start) }

    /// Calls `body` with the text's UTF-8 bytes (valid only during the call).
    func withUTF8<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try body(buffer.bytes(Int(start)..<Int(end)))
    }

    static func == (a: TextSlice, b: TextSlice) -> Bool {
        guard a.utf8Count == b.utf8Count else { return false }
        return a.withUTF8 { x in
            b.withUTF8 { y in x.count == 0 || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0 }
        }
    }
}
