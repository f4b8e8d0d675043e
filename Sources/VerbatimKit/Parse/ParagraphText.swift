/// Joins the hard-wrapped lines of one paragraph into its text, as UTF-8 bytes: no space between
/// CJK characters, one space between Latin words a line broke between, and stray spaces next to
/// CJK characters and punctuation removed.
enum ParagraphText {
    /// Appends the joined text of `segments` (byte ranges of `bytes`) to `out`, which it clears first.
    static func join(_ bytes: UnsafeBufferPointer<UInt8>, _ segments: [Range<Int>], into out: inout [UInt8]) {
        out.removeAll(keepingCapacity: true)
        for segment in segments {
            var i = segment.lowerBound
            let e = segment.upperBound
            guard i < e else { continue }
            if let last = out.last, isLatin(last), isLatin(bytes[i]) { out.append(0x20) }
            while i < e {
                let b = bytes[i]
                let spaceLength = b == 0x20 || b == 0x09 ? 1
                    : (b == 0xE3 && i + 2 < e && bytes[i + 1] == 0x80 && bytes[i + 2] == 0x80 ? 3 : 0)
                if spaceLength == 0 {
                    out.append(b)
                    i += 1
                    continue
                }
                // A run of spaces: keep one only between Latin text.
                var j = i + spaceLength
                while j < e {
                    let c = bytes[j]
                    if c == 0x20 || c == 0x09 { j += 1 } else if c == 0xE3, j + 2 < e, bytes[j + 1] == 0x80, bytes[j + 2] == 0x80 { j += 3 } else { break }
                }
                if let last = out.last, j < e, isLatin(last) || isLatin(bytes[j]), !(isCJKPunctuation(bytes, j, e)) {
                    out.append(0x20)
                }
                i = j
            }
        }
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
