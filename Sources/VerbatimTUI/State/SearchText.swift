/// Text prepared for searching: folded with `SearchFolding` (white space, width, case,
/// accents, `ё`, Arabic tatweel, harakat, alef forms and presentation forms), with a map back to
/// the original scalar offsets so that a match can be highlighted where it was written.
///
/// Lam and alef: pdf.js writes each lam-alef ligature with its two letters swapped (`األمن` for
/// `الأمن`, `باإلنكليزية` for `بالإنكليزية`). So within a run of lams and alefs only how many of
/// each there are is compared: a run is stored alefs first, then lams. Correct text and pdf.js
/// text then fold alike; the cost is that `ال` and `لا` fold alike too.
public struct SearchText: Sendable {
    /// The folded scalars.
    public private(set) var scalars: [UInt32] = []
    /// For each folded scalar, its offset in the original text (in Unicode scalars); ascending.
    public private(set) var origins: [Int32] = []

    public init<S: StringProtocol>(_ text: S) {
        let count = SearchText.scalarCount(text)
        scalars.reserveCapacity(count)
        origins.reserveCapacity(count)
        var offset: Int32 = 0
        var runStart = -1
        for scalar in text.unicodeScalars {
            let value = scalar.value
            // A breve after и makes й (decomposed): not an accent to drop.
            if value == 0x0306, let last = scalars.last, last == 0x0438 {
                scalars[scalars.count - 1] = 0x0439
                offset += 1
                continue
            }
            switch SearchFolding.fold(value) {
            case .ignored:
                break
            case .one(let folded):
                append(folded, origin: offset, runStart: &runStart)
            case .many(let list):
                for folded in list { append(folded, origin: offset, runStart: &runStart) }
            }
            offset += 1
        }
        closeRun(&runStart)
    }

    /// Appends one folded scalar, keeping track of the run of lams and alefs it may extend.
    @inline(__always)
    private mutating func append(_ value: UInt32, origin: Int32, runStart: inout Int) {
        if value == SearchFolding.alef || value == SearchFolding.lam {
            if runStart < 0 { runStart = scalars.count }
        } else if runStart >= 0 {
            closeRun(&runStart)
        }
        scalars.append(value)
        origins.append(origin)
    }

    /// Stores the run of lams and alefs from `runStart` to the end as its alefs, then its lams.
    private mutating func closeRun(_ runStart: inout Int) {
        defer { runStart = -1 }
        guard runStart >= 0, scalars.count - runStart >= 2 else { return }
        let alefs = scalars[runStart...].lazy.filter { $0 == SearchFolding.alef }.count
        for i in runStart..<scalars.count {
            scalars[i] = i - runStart < alefs ? SearchFolding.alef : SearchFolding.lam
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
        SearchText(query).scalars
    }

    /// True when `query` (folded) occurs in `text`.
    public static func contains<S: StringProtocol>(_ text: S, _ query: [UInt32]) -> Bool {
        !SearchText(text).ranges(of: query).isEmpty
    }
}
