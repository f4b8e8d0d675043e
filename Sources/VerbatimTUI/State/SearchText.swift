/// Text prepared for searching: full-width and half-width forms folded together, the name dots
/// `·` `•` `・` made one, Latin case folded, and white space dropped, with a map back to the
/// original scalar offsets so that a match can be highlighted where it was written.
public struct SearchText: Sendable {
    /// The folded scalars.
    public private(set) var scalars: [UInt32] = []
    /// For each folded scalar, its offset in the original text (in Unicode scalars).
    public private(set) var origins: [Int32] = []

    public init<S: StringProtocol>(_ text: S) {
        let count = SearchText.scalarCount(text)
        scalars.reserveCapacity(count)
        origins.reserveCapacity(count)
        var offset: Int32 = 0
        for scalar in text.unicodeScalars {
            if let folded = SearchText.fold(scalar) {
                scalars.append(folded)
                origins.append(offset)
            }
            offset += 1
        }
    }

    /// The number of Unicode scalars in `text`: its UTF-8 bytes that are not continuation bytes,
    /// counted over contiguous storage (far cheaper than walking the scalars); the UTF-8 length
    /// (an upper bound) when the storage is not contiguous.
    static func scalarCount<S: StringProtocol>(_ text: S) -> Int {
        text.utf8.withContiguousStorageIfAvailable { bytes in
            var count = 0
            for byte in bytes where byte & 0xC0 != 0x80 { count += 1 }
            return count
        } ?? text.utf8.count
    }

    /// The scalar `scalar` is compared as; `nil` for white space, which is ignored.
    public static func fold(_ scalar: Unicode.Scalar) -> UInt32? {
        var v = scalar.value
        switch v {
        case 0x09...0x0D, 0x20, 0xA0, 0x1680, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF:
            return nil
        case 0xFF01...0xFF5E:
            v -= 0xFEE0
        case 0x00B7, 0x2022, 0x2027, 0x2219, 0x22C5, 0x30FB, 0xFF65, 0x16EB, 0x0387:
            return 0x00B7
        default:
            break
        }
        if v >= 0x41 && v <= 0x5A { return v + 0x20 }
        if v < 0x80 { return v }
        // Case folding for the Latin script only (Latin-1 to Latin Extended Additional).
        if v < 0x00C0 || (v > 0x024F && v < 0x1E00) || v > 0x1EFF { return v }
        if let s = Unicode.Scalar(v), s.properties.isUppercase {
            let lower = s.properties.lowercaseMapping.unicodeScalars
            if lower.count == 1, let first = lower.first { return first.value }
        }
        return v
    }

    /// The original scalar ranges where `query` (already folded) occurs, in order.
    public func ranges(of query: [UInt32]) -> [Range<Int>] {
        guard let first = query.first, query.count <= scalars.count else { return [] }
        var result: [Range<Int>] = []
        var i = 0
        let last = scalars.count - query.count
        while i <= last {
            if scalars[i] == first {
                var j = 1
                while j < query.count && scalars[i + j] == query[j] { j += 1 }
                if j == query.count {
                    result.append(Int(origins[i])..<Int(origins[i + query.count - 1]) + 1)
                    i += query.count
                    continue
                }
            }
            i += 1
        }
        return result
    }

    /// `query` folded for `ranges(of:)`.
    public static func folded<S: StringProtocol>(_ query: S) -> [UInt32] {
        query.unicodeScalars.compactMap(fold)
    }

    /// True when `query` (folded) occurs in `text`.
    public static func contains<S: StringProtocol>(_ text: S, _ query: [UInt32]) -> Bool {
        !SearchText(text).ranges(of: query).isEmpty
    }
}
