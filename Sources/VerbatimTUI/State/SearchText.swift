/// Text prepared for searching: folded with `SearchFolding` (white space, width, case,
/// accents, `ё`, Arabic tatweel, harakat, alef forms and presentation forms), with a map back to
/// the original scalar offsets so that a match can be highlighted where it was written.
///
/// Lam and alef: pdf.js writes each lam-alef ligature with its two letters swapped (`األمن` for
/// `الأمن`, `باإلنكليزية` for `بالإنكليزية`, `لألمم` for `للأمم`). So a run of lams and alefs
/// is one token that holds only how many of each it has, and tokens are compared by those
/// counts: correct text and pdf.js text fold alike (the cost: `ال` and `لا` fold alike too). A
/// run at either end of the query may be part of a longer run in the text (`أمن` finds `الأمن`;
/// typing `ال` already finds `السيد`); the match then covers the whole run.
public struct SearchText: Sendable {
    /// The folded tokens: a folded scalar, or a run of lams and alefs (`SearchText.run`).
    public private(set) var scalars: [UInt32] = []
    /// For each token, its first offset in the original text (in Unicode scalars); ascending.
    public private(set) var origins: [Int32] = []
    /// For each token, the end of what it covers in the original text (exclusive).
    public private(set) var ends: [Int32] = []

    public init<S: StringProtocol>(_ text: S) {
        let count = SearchText.scalarCount(text)
        scalars.reserveCapacity(count)
        origins.reserveCapacity(count)
        ends.reserveCapacity(count)
        var offset: Int32 = 0
        var run = Run()
        for scalar in text.unicodeScalars {
            let value = scalar.value
            // A breve after и makes й (decomposed): not an accent to drop.
            if value == 0x0306, run.isEmpty, let last = scalars.last, last == 0x0438 {
                scalars[scalars.count - 1] = 0x0439
                ends[ends.count - 1] = offset + 1
                offset += 1
                continue
            }
            switch SearchFolding.fold(value) {
            case .ignored:
                // Marks (accents, harakat) and tatweel belong to the token before them.
                if !SearchText.isSpace(value) {
                    if !run.isEmpty {
                        run.end = offset + 1
                    } else if !ends.isEmpty {
                        ends[ends.count - 1] = offset + 1
                    }
                }
            case .one(let folded):
                append(folded, origin: offset, run: &run)
            case .many(let list):
                for folded in list { append(folded, origin: offset, run: &run) }
            }
            offset += 1
        }
        flush(&run)
    }

    /// A run of lams and alefs being read.
    private struct Run {
        var alefs = 0
        var lams = 0
        var origin: Int32 = 0
        var end: Int32 = 0
        var isEmpty: Bool { alefs == 0 && lams == 0 }
    }

    @inline(__always)
    private mutating func append(_ value: UInt32, origin: Int32, run: inout Run) {
        if value == SearchFolding.alef || value == SearchFolding.lam {
            if run.isEmpty { run.origin = origin }
            if value == SearchFolding.alef { run.alefs += 1 } else { run.lams += 1 }
            run.end = origin + 1
            return
        }
        flush(&run)
        scalars.append(value)
        origins.append(origin)
        ends.append(origin + 1)
    }

    private mutating func flush(_ run: inout Run) {
        guard !run.isEmpty else { return }
        scalars.append(SearchText.run(alefs: run.alefs, lams: run.lams))
        origins.append(run.origin)
        ends.append(run.end)
        run = Run()
    }

    /// The token for a run of `alefs` alefs and `lams` lams (above any scalar value).
    static func run(alefs: Int, lams: Int) -> UInt32 {
        0x4000_0000 | UInt32(min(alefs, 0x3FFF)) << 14 | UInt32(min(lams, 0x3FFF))
    }

    @inline(__always)
    static func isRun(_ token: UInt32) -> Bool { token & 0x4000_0000 != 0 }

    /// True when query token `query` matches text token `token`; at an end of the query a run
    /// matches any run that holds at least as many alefs and lams.
    @inline(__always)
    static func matches(_ query: UInt32, _ token: UInt32, atEnd: Bool) -> Bool {
        if query == token { return true }
        guard atEnd, isRun(query), isRun(token) else { return false }
        return (token >> 14) & 0x3FFF >= (query >> 14) & 0x3FFF && token & 0x3FFF >= query & 0x3FFF
    }

    /// White space, which ends a run (folding ignores it, but a word boundary is not a mark).
    private static func isSpace(_ value: UInt32) -> Bool {
        value == 0x20 || value == 0xA0 || (0x09...0x0D).contains(value) || (0x2000...0x200A).contains(value)
            || value == 0x3000 || value == 0x202F || value == 0x205F || value == 0x1680 || value == 0x2028 || value == 0x2029
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
        let n = query.count
        let last = scalars.count - n
        let firstIsRun = SearchText.isRun(first)
        while i <= last {
            let token = scalars[i]
            if token == first || (firstIsRun && SearchText.matches(first, token, atEnd: true)) {
                var j = 1
                while j < n && SearchText.matches(query[j], scalars[i + j], atEnd: j == n - 1) { j += 1 }
                if j == n {
                    result.append(Int(origins[i])..<Int(ends[i + n - 1]))
                    i += n
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
