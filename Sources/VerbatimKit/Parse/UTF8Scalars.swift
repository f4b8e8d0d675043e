/// Byte-level helpers for reading UTF-8 text without building Strings.
enum UTF8Scalars {
    /// Decodes the scalar starting at `i` (which must be a lead byte) and returns it with its
    /// length in bytes. Ill-formed input (never produced by the loader) decodes as U+FFFD.
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (value: UInt32, length: Int) {
        let b0 = UInt32(bytes[i])
        if b0 < 0x80 { return (b0, 1) }
        let n = bytes.count
        if b0 < 0xE0 {
            guard i + 1 < n else { return (0xFFFD, 1) }
            return (((b0 & 0x1F) << 6) | (UInt32(bytes[i + 1]) & 0x3F), 2)
        }
        if b0 < 0xF0 {
            guard i + 2 < n else { return (0xFFFD, 1) }
            return (((b0 & 0x0F) << 12) | ((UInt32(bytes[i + 1]) & 0x3F) << 6) | (UInt32(bytes[i + 2]) & 0x3F), 3)
        }
        guard i + 3 < n else { return (0xFFFD, 1) }
        return (((b0 & 0x07) << 18) | ((UInt32(bytes[i + 1]) & 0x3F) << 12)
            | ((UInt32(bytes[i + 2]) & 0x3F) << 6) | (UInt32(bytes[i + 3]) & 0x3F), 4)
    }

    /// The offset of the lead byte of the scalar that ends just before `i`.
    @inline(__always)
    static func previousStart(_ bytes: UnsafeBufferPointer<UInt8>, before i: Int, limit: Int) -> Int {
        var j = i - 1
        while j > limit, bytes[j] & 0xC0 == 0x80 { j -= 1 }
        return j
    }

    /// True for CJK ideographs (the scalars names and running text are made of).
    @inline(__always)
    static func isIdeograph(_ v: UInt32) -> Bool {
        (v >= 0x4E00 && v <= 0x9FFF) || (v >= 0x3400 && v <= 0x4DBF) || (v >= 0xF900 && v <= 0xFAFF)
            || (v >= 0x20000 && v <= 0x3FFFD) || v == 0x3007
    }

    /// True for ASCII space, tab and the ideographic space.
    @inline(__always)
    static func isSpace(_ v: UInt32) -> Bool {
        v == 0x20 || v == 0x09 || v == 0x3000 || v == 0xA0
    }

    /// True for CJK punctuation that closes or ends something and never starts a line.
    @inline(__always)
    static func isClosingPunctuation(_ v: UInt32) -> Bool {
        switch v {
        case 0x3002, 0xFF0C, 0x3001, 0xFF1B, 0xFF1A, 0xFF1F, 0xFF01, 0xFF09, 0x300B, 0x300D, 0x300F,
             0x201D, 0x2019, 0x3011, 0xFF3D, 0xFF5D, 0x2026, 0x2014:
            return true
        default:
            return false
        }
    }

    /// True for CJK punctuation that opens something and never ends a line.
    @inline(__always)
    static func isOpeningPunctuation(_ v: UInt32) -> Bool {
        switch v {
        case 0xFF08, 0x300A, 0x300C, 0x300E, 0x201C, 0x2018, 0x3010, 0x28: return true
        default: return false
        }
    }

    /// Full-width punctuation a Chinese typesetter may set at half width.
    @inline(__always)
    static func isCompressiblePunctuation(_ v: UInt32) -> Bool {
        switch v {
        case 0x3002, 0xFF0C, 0x3001, 0xFF1B, 0xFF1A, 0xFF1F, 0xFF01, 0xFF08, 0xFF09, 0x300A, 0x300B,
             0x300C, 0x300D, 0x300E, 0x300F, 0x201C, 0x201D, 0x2018, 0x2019, 0x3010, 0x3011:
            return true
        default:
            return false
        }
    }

    /// Number of scalars in `bytes[from..<to]`.
    @inline(__always)
    static func scalarCount(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int {
        var count = 0
        var i = from
        while i < to {
            if bytes[i] & 0xC0 != 0x80 { count += 1 }
            i += 1
        }
        return count
    }

    /// A String built once from a byte range.
    @inline(__always)
    static func string(_ bytes: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[from..<to]), as: UTF8.self)
    }

    /// The UTF-8 bytes of a literal, for matching markers.
    static func bytes(_ s: String) -> [UInt8] { Array(s.utf8) }

    /// True when `bytes[at...]` starts with `pattern`.
    @inline(__always)
    static func matches(_ bytes: UnsafeBufferPointer<UInt8>, at: Int, end: Int, _ pattern: [UInt8]) -> Bool {
        if at + pattern.count > end { return false }
        var k = 0
        while k < pattern.count {
            if bytes[at + k] != pattern[k] { return false }
            k += 1
        }
        return true
    }
}
