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

    /// The joined text of `segments` (byte ranges of `bytes`, the UTF-8 of `source`). `spaced[k]`
    /// says whether segment `k` may hold white space; a segment without any is copied whole.
    ///
    /// The text is copied out of `source` piece by piece: `source` is valid UTF-8 already, so the
    /// new String is not validated again (building it from raw bytes would be).
    static func text(
        _ source: String, _ bytes: UnsafeBufferPointer<UInt8>, _ segments: [Range<Int>], spaced: [Bool]
    ) -> String {
        var out = String()
        out.reserveCapacity(capacity(segments))
        let utf8 = source.utf8
        let origin = utf8.startIndex
        var written = 0
        var last: UInt8 = 0
        @inline(__always) func copy(_ a: Int, _ b: Int) {
            out.append(contentsOf: source[utf8.index(origin, offsetBy: a)..<utf8.index(origin, offsetBy: b)])
            written += b - a
            last = bytes[b - 1]
        }
        @inline(__always) func space() {
            out.append(" ")
            written += 1
            last = 0x20
        }
        for (k, segment) in segments.enumerated() {
            var i = segment.lowerBound
            let e = segment.upperBound
            guard i < e else { continue }
            if written > 0, isLatin(last), isLatin(bytes[i]) { space() }
            if !spaced[k] {
                copy(i, e)
                continue
            }
            while i < e {
                // Copy up to the next space in one move.
                var j = i
                while j < e {
                    let b = bytes[j]
                    if b == 0x20 || b == 0x09 { break }
                    if b == 0xE3, j + 2 < e, bytes[j + 1] == 0x80, bytes[j + 2] == 0x80 { break }
                    j += 1
                }
                if j > i { copy(i, j) }
                if j >= e { break }
                // A run of spaces: keep one only next to Latin text.
                var k = j
                while k < e {
                    let c = bytes[k]
                    if c == 0x20 || c == 0x09 {
                        k += 1
                    } else if c == 0xE3, k + 2 < e, bytes[k + 1] == 0x80, bytes[k + 2] == 0x80 {
                        k += 3
                    } else {
                        break
                    }
                }
                if written > 0, k < e, isLatin(last) || isLatin(bytes[k]), !isCJKPunctuation(bytes, k, e) { space() }
                i = k
            }
        }
        return out
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
