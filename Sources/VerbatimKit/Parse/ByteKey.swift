/// A String used as a dictionary key by its UTF-8 bytes, skipping the Unicode normalisation
/// that String hashing and comparison pay for non-ASCII text. Ids and names built by the parser
/// come from the same bytes each time, so byte equality is the equality wanted.
struct ByteKey: Hashable {
    let string: String

    init(_ string: String) {
        var s = string
        s.makeContiguousUTF8()
        self.string = s
    }

    static func == (a: ByteKey, b: ByteKey) -> Bool {
        a.string.utf8.elementsEqual(b.string.utf8)
    }

    func hash(into hasher: inout Hasher) {
        var s = string
        s.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}

extension String {
    /// Suffix test on UTF-8 bytes (no normalisation).
    func hasUTF8Suffix(_ suffix: String) -> Bool {
        let a = utf8
        let b = suffix.utf8
        guard b.count <= a.count else { return false }
        return a.suffix(b.count).elementsEqual(b)
    }

    /// Equality on UTF-8 bytes (no normalisation).
    func utf8Equals(_ other: String) -> Bool {
        utf8.elementsEqual(other.utf8)
    }
}
