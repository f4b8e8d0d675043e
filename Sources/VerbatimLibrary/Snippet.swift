/// Pieces of a paragraph shown in lists: around a match, or its opening words.
enum Snippet {
    /// Scalars kept before a match and in all.
    static let before = 24
    static let length = 80

    /// The first words of `text`.
    static func opening(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count > length else { return text }
        return String(String.UnicodeScalarView(scalars[0..<length])) + "…"
    }

    /// The first place of `query` in `text` (case aside), in scalars.
    static func find(_ query: String, in text: String) -> Range<Int>? {
        let needle = Array(query.unicodeScalars).map(fold)
        let hay = Array(text.unicodeScalars)
        guard !needle.isEmpty, hay.count >= needle.count else { return nil }
        outer: for start in 0...(hay.count - needle.count) {
            for k in 0..<needle.count where fold(hay[start + k]) != needle[k] { continue outer }
            return start..<(start + needle.count)
        }
        return nil
    }

    /// A piece of `text` around `match`, with `…` where it is cut, and the match's place in it.
    static func around(_ match: Range<Int>, in text: String) -> (String, Range<Int>) {
        let scalars = Array(text.unicodeScalars)
        let start = max(0, match.lowerBound - before)
        let end = min(scalars.count, max(match.upperBound, start + length))
        var out = start > 0 ? "…" : ""
        let shift = start > 0 ? 1 - start : 0
        out += String(String.UnicodeScalarView(scalars[start..<end]))
        if end < scalars.count { out += "…" }
        return (out, (match.lowerBound + shift)..<(match.upperBound + shift))
    }

    /// Simple case folding of one scalar (the trigram index folds case the same way for Latin).
    static func fold(_ s: Unicode.Scalar) -> Unicode.Scalar {
        if s.value >= 0x41 && s.value <= 0x5A { return Unicode.Scalar(s.value + 32)! }
        if s.value < 0x80 { return s }
        let lower = s.properties.lowercaseMapping.unicodeScalars
        return lower.count == 1 ? lower.first! : s
    }
}
