extension StringProtocol {
    /// The last place where `other` occurs (compared `Character` by `Character`), found from
    /// the end: an occurrence that overlaps a later one still counts, as in Foundation's
    /// `range(of:options: .backwards)`. `nil` when it does not occur or is empty.
    public func lastRange(of other: some StringProtocol) -> Range<Index>? {
        guard !other.isEmpty else { return nil }
        var start = endIndex
        while start > startIndex {
            start = index(before: start)
            var i = start
            var j = other.startIndex
            while i < endIndex, j < other.endIndex, self[i] == other[j] {
                formIndex(after: &i)
                other.formIndex(after: &j)
            }
            if j == other.endIndex { return start..<i }
        }
        return nil
    }

    /// The first place where `other` occurs with ASCII letters compared without case (`other`
    /// is ASCII: a phrase such as "Adopted by the Security Council"); `nil` when it does not.
    public func firstRange(ofASCIIIgnoringCase other: String) -> Range<Index>? {
        let needle = Array(other.utf8).map(Self.asciiLowercase)
        guard !needle.isEmpty else { return nil }
        let bytes = utf8
        var start = bytes.startIndex
        while start != bytes.endIndex {
            var i = start
            var k = 0
            while k < needle.count, i != bytes.endIndex, Self.asciiLowercase(bytes[i]) == needle[k] {
                bytes.formIndex(after: &i)
                k += 1
            }
            if k == needle.count { return start..<i }
            bytes.formIndex(after: &start)
        }
        return nil
    }

    private static func asciiLowercase(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
    }
}
