#if canImport(Glibc)
import Glibc
#endif

/// A cursor over a fuzz input: takes small numbers from the front, the rest as text.
struct FuzzBytes {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var position = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    /// Whether every byte has been taken.
    var isAtEnd: Bool { position >= bytes.count }

    /// The next byte, or 0 past the end.
    mutating func byte() -> UInt8 {
        guard position < bytes.count else { return 0 }
        defer { position += 1 }
        return bytes[position]
    }

    /// The next two bytes as a number, or 0 past the end.
    mutating func uint16() -> Int { Int(byte()) << 8 | Int(byte()) }

    /// The next `count` bytes (fewer at the end).
    mutating func take(_ count: Int) -> [UInt8] {
        let end = min(bytes.count, position + count)
        guard position < end else { return [] }
        defer { position = end }
        return Array(bytes[position..<end])
    }

    /// The bytes not yet taken.
    mutating func rest() -> [UInt8] {
        guard position < bytes.count else { return [] }
        defer { position = bytes.count }
        return Array(bytes[position...])
    }

    /// The bytes not yet taken, as text (invalid UTF-8 repaired).
    mutating func restAsText() -> String { String(decoding: rest(), as: UTF8.self) }
}

/// Stops the run with `message`: libFuzzer reports it as a crash and keeps the input.
func fuzzFailure(_ message: String) -> Never {
    var text = "FUZZ INVARIANT: " + message + "\n"
    text.withUTF8 { _ = fwrite($0.baseAddress, 1, $0.count, stderr) }
    abort()
}
