#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Joins the hard-wrapped lines of one paragraph into its text, as UTF-8 bytes: no space between
/// CJK characters, one space between Latin words a line broke between, and stray spaces next to
/// CJK characters and punctuation removed.
enum ParagraphText {
    /// Room enough for the joined text of `segments`.
    static func capacity(_ segments: [Range<Int>]) -> Int {
        var total = 0
        for segment in segments { total += segment.count + 1 }
        return total
    }

    /// Writes the joined text of `segments` (byte ranges of `source`) to `out`, which has room
    /// for `capacity(segments)` bytes, and returns its length. `out` may be the source itself,
    /// at or before the first segment (the text is written over the lines it comes from: it
    /// never runs ahead of what is still to be read). `spaced[k]` says whether segment
    /// `k` may hold white space; a segment without any is copied whole.
    static func join(
        _ source: UnsafeBufferPointer<UInt8>, _ segments: [Range<Int>], spaced: [Bool], into out: UnsafeMutablePointer<UInt8>
    ) -> Int {
        var count = 0
        for (k, segment) in segments.enumerated() {
            var i = segment.lowerBound
            let e = segment.upperBound
            guard i < e else { continue }
            // A line broken after `/` or `-` (`大会第71/` + `258号`) splits one token, unless the
            // mark stands apart (`S /` + `2018/4`).
            let splitsToken = count > 1 && (out[count - 1] == 0x2F || out[count - 1] == 0x2D) && out[count - 2] != 0x20
            if count > 0, isLatin(out[count - 1]), isLatin(source[i]), !splitsToken {
                out[count] = 0x20
                count += 1
            }
            if !spaced[k] {
                memmove(out + count, source.baseAddress! + i, e - i)
                count += e - i
                continue
            }
            while i < e {
                // Copy up to the next space in one move.
                var j = i
                while j < e {
                    let b = source[j]
                    if b == 0x20 || b == 0x09 { break }
                    if b == 0xE3, j + 2 < e, source[j + 1] == 0x80, source[j + 2] == 0x80 { break }
                    j += 1
                }
                if j > i {
                    memmove(out + count, source.baseAddress! + i, j - i)
                    count += j - i
                }
                if j >= e { break }
                // A run of spaces: keep one only next to Latin text.
                var k = j
                while k < e {
                    let c = source[k]
                    if c == 0x20 || c == 0x09 {
                        k += 1
                    } else if c == 0xE3, k + 2 < e, source[k + 1] == 0x80, source[k + 2] == 0x80 {
                        k += 3
                    } else {
                        break
                    }
                }
                if count > 0, k < e, isLatin(out[count - 1]) || isLatin(source[k]), !isCJKPunctuation(source, k, e) {
                    out[count] = 0x20
                    count += 1
                }
                i = k
            }
        }
        return count
    }

    /// ASCII other than space and controls.
    @inline(__always)
    static func isLatin(_ b: UInt8) -> Bool { b > 0x20 && b < 0x7F }

    /// Full-width punctuation such as `。`, `，`, `）` at `i`: a space before it is an artifact.
    @inline(__always)
    private static func isCJKPunctuation(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, _ e: Int) -> Bool {
        guard bytes[i] >= 0xE0, i + 2 < e else { return false }
        let (v, _) = UTF8Scalars.decode(bytes, at: i)
        return UTF8Scalars.isClosingPunctuation(v)
    }
}

extension ParagraphText {
    /// Writes the joined text of `segments` for a script that separates words with spaces
    /// (Latin, Cyrillic, Arabic) to `out` and returns its length: lines are joined with one
    /// space, runs of spaces become one, and a hyphen that ends a line inside a word
    /// (`resolu-` + `tion`, `резо-` + `люцию`) is removed when the word goes on in lower case,
    /// kept without a space before a capital or a digit (`Under-` + `Secretary-General`).
    /// A line broken after `/` (`S/2020/` + `24`) splits one token: no space.
    static func joinWords(
        _ source: UnsafeBufferPointer<UInt8>, _ segments: [Range<Int>], into out: UnsafeMutablePointer<UInt8>
    ) -> Int {
        var count = 0
        for segment in segments {
            var i = segment.lowerBound
            let e = segment.upperBound
            while i < e, source[i] == 0x20 || source[i] == 0x09 { i += 1 }
            guard i < e else { continue }
            if count > 0 {
                let last = out[count - 1]
                let beforeLast: UInt8 = count > 1 ? out[count - 2] : 0x20
                if last == 0x2D, beforeLast != 0x20, beforeLast != 0x2D {
                    // A line-end hyphen inside a word.
                    if startsLowercase(source, i, e) { count -= 1 }
                } else if last == 0x2F, beforeLast != 0x20 {
                    // `S/2020/` + `24`.
                } else {
                    out[count] = 0x20
                    count += 1
                }
            }
            while i < e {
                let b = source[i]
                if b == 0x20 || b == 0x09 {
                    var k = i
                    while k < e, source[k] == 0x20 || source[k] == 0x09 { k += 1 }
                    if k < e {
                        out[count] = 0x20
                        count += 1
                    }
                    i = k
                } else {
                    out[count] = b
                    count += 1
                    i += 1
                }
            }
        }
        return count
    }

    /// Whether the text at `i` starts with a lower-case letter.
    private static func startsLowercase(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, _ e: Int) -> Bool {
        let b = bytes[i]
        if b < 0x80 { return b >= 0x61 && b <= 0x7A }
        let (v, _) = UTF8Scalars.decode(bytes, at: i)
        return Unicode.Scalar(v)?.properties.isLowercase ?? false
    }
}
