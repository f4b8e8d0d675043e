#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Splits UTF-8 text into its non-blank lines in one pass over the bytes: strips line ends,
/// page-break markers and indents, drops running headers and footers, numbers the pages, and
/// measures each line's typeset width.
///
/// A large text is cut at line ends into one share per core, the shares are scanned side by
/// side (`LineShare`), each from a guess of the page state it starts in, and joined in order:
/// line numbers and pages shifted, and a share whose guess turns out wrong on something its
/// scan relied on scanned again from the state the share before it ended in. The result is
/// the one pass's, whatever the cut.
struct LineScanner {
    /// The lines with content, in order.
    var lines: [SourceLine] = []
    /// The page of each line: where each page starts in `lines`.
    var pages = LinePages()
    /// How many lines have each width (widths above 511 counted at 511).
    var widthHistogram = [Int](repeating: 0, count: 512)
    /// Page numbers printed in footers, by page index.
    var footerPages: [Int32: Int] = [:]
    /// Where on its page each footer of `footerPages` is: the byte offset of its line.
    var footerOffsets: [Int32: Int] = [:]
    /// Whether form feeds mark the pages (then leading spaces do not).
    var hasFormFeeds = false
    /// How many running headers and footers were dropped.
    var artifactCount = 0
    /// How many lines start with an ideographic-space indent.
    var indentedLines = 0
    /// Number of physical pages seen.
    var pageCount = 1
    /// The first running header dropped (its bytes), for the meeting's symbol and date when no
    /// cover gives them.
    var firstHeader: Range<Int>?
    /// How many shares were scanned again from the state the share before them ended in.
    private(set) var sharesScannedAgain = 0

    private static let layoutWidth = DisplayWidth(ambiguous: .wide)

    /// Typeset width of a scalar that is not on the fast path (looked up in the width table,
    /// which is built on first use; most lines never need it).
    @inline(never)
    static func slowWidth(_ v: UInt32) -> Int {
        guard let scalar = Unicode.Scalar(v) else { return 1 }
        if v < 0x10000 {
            if v < 0x20 { return 0 }
            return max(0, min(2, layoutWidth.of(scalar)))
        }
        return max(0, layoutWidth.of(scalar))
    }

    /// The lines of `bytes`, scanned on all cores when the text is large (`PartedParse`).
    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.init(bytes, shares: bytes.count >= PartedParse.minimumBytes ? PartedParse.cores : 1)
    }

    /// The lines of `bytes`, scanned in up to `shares` shares side by side.
    init(_ bytes: UnsafeBufferPointer<UInt8>, shares: Int) {
        guard let base = bytes.baseAddress, bytes.count > 0 else { return }
        hasFormFeeds = memchr(base, 0x0C, bytes.count) != nil
        let ranges = Self.shareRanges(bytes, parts: shares, hasFormFeeds: hasFormFeeds)
        // Each share writes its own region of the table, reserved at one line per 48 bytes.
        var regionStarts = [0]
        for range in ranges { regionStarts.append(regionStarts[regionStarts.count - 1] + range.count / 48 + 16) }
        var end = LineScanState.fileStart
        var whole: [SourceLine]?
        lines = [SourceLine](unsafeUninitializedCapacity: regionStarts[ranges.count]) { buffer, initialized in
            HugePages.advise(buffer.baseAddress, count: buffer.count * MemoryLayout<SourceLine>.stride)
            let regions = ranges.indices.map { j in
                LineRegion(buffer.baseAddress.map { $0 + regionStarts[j] }, capacity: regionStarts[j + 1] - regionStarts[j])
            }
            (end, initialized, whole) = join(bytes, ranges, regions, at: regionStarts, into: buffer)
        }
        if let whole { lines = whole }
        pageCount = Int(end.page) + 1
        if pageCount >= 4 { removeRunningLines(bytes, parts: ranges.count) }
    }

    /// Where the shares of `bytes` start: after a line end at or after each equal part, before
    /// a form feed there when the text has them (a page's start, where the page state is plain).
    static func shareRanges(_ bytes: UnsafeBufferPointer<UInt8>, parts: Int, hasFormFeeds: Bool) -> [Range<Int>] {
        guard let base = bytes.baseAddress else { return [0..<0] }
        let count = bytes.count
        var starts = [0]
        for j in 1..<max(1, parts) {
            let target = max(count * j / parts, starts[starts.count - 1] + 1)
            let limit = min(count, count * (j + 1) / parts)
            guard target < limit else { continue }
            var cut: Int?
            if hasFormFeeds {
                var from = target
                while cut == nil, from < limit, let p = memchr(base + from, 0x0C, limit - from) {
                    let ff = base.distance(to: p.assumingMemoryBound(to: UInt8.self))
                    if ff > 0, bytes[ff - 1] == 0x0A { cut = ff }
                    from = ff + 1
                }
            }
            if cut == nil, let p = memchr(base + target - 1, 0x0A, limit - target + 1) {
                cut = base.distance(to: p.assumingMemoryBound(to: UInt8.self)) + 1
            }
            if let cut, cut < count, cut > starts[starts.count - 1] { starts.append(cut) }
        }
        return starts.indices.map { j in starts[j]..<(j + 1 < starts.count ? starts[j + 1] : count) }
    }

    /// Scans the shares `ranges` side by side, each into its region of `buffer` (`regions`,
    /// starting at `regionStarts`), and joins them in order: the lines moved down to follow each
    /// other in `buffer`, the rest into this scanner's results. Returns the state after the last
    /// line and how many lines `buffer` holds, or, when a share's lines overflowed its region,
    /// the lines in an array of their own.
    private mutating func join(
        _ bytes: UnsafeBufferPointer<UInt8>, _ ranges: [Range<Int>], _ regions: [LineRegion],
        at regionStarts: [Int], into buffer: UnsafeMutableBufferPointer<SourceLine>
    ) -> (LineScanState, Int, [SourceLine]?) {
        let hasFormFeeds = hasFormFeeds
        var shares = SideBySide.map(ranges.count) { j in
            j == 0
                ? LineShare(bytes, ranges[j], hasFormFeeds: hasFormFeeds, from: .fileStart, into: regions[j])
                : LineShare.guessing(bytes, ranges[j], hasFormFeeds: hasFormFeeds, into: regions[j])
        }
        // How many of each share's lines are kept (a later share can drop the line before it),
        // and how much its line numbers and pages move.
        var kept = shares.map(\.lines.count)
        var lineShift = [UInt32](repeating: 0, count: shares.count)
        var pageShift = [Int32](repeating: 0, count: shares.count)
        var state = shares[0].end
        for j in shares.indices.dropFirst() {
            let actual = state
            if shares[j].assumptions.hold(from: shares[j].start, given: state) {
                lineShift[j] = state.lineNumber &- shares[j].start.lineNumber
                pageShift[j] = state.page - shares[j].start.page
            } else {
                // The last line kept so far, which the share's first page may drop.
                var before: SourceLine?
                if let k = (0..<j).last(where: { kept[$0] > 0 }) {
                    before = shares[k].lines[kept[k] - 1]
                    before?.number &+= lineShift[k]
                }
                var region = shares[j].lines
                region.removeAll()
                shares[j] = LineShare(bytes, ranges[j], hasFormFeeds: hasFormFeeds, from: state, lineBefore: before, into: region)
                kept[j] = shares[j].lines.count
                sharesScannedAgain += 1
                if shares[j].dropsLineBefore, let k = (0..<j).last(where: { kept[$0] > 0 }) { kept[k] -= 1 }
            }
            state = shares[j].end(from: actual)
        }
        var offsets = [0]
        for j in shares.indices { offsets.append(offsets[j] + kept[j]) }
        // A page that runs from one share into the next starts in the first of them; a share's
        // page starts past its kept lines (a line it lost to the next) are its end.
        var starts: [Int32] = []
        starts.reserveCapacity(Int(state.page) + 1)
        for j in shares.indices {
            let first = Int(shares[j].start.page + pageShift[j])
            for (r, start) in shares[j].pages.starts.enumerated() where first + r >= starts.count {
                starts.append(Int32(offsets[j] + min(Int(start), kept[j])))
            }
        }
        pages = LinePages(starts: starts)
        for j in shares.indices {
            for w in 0..<512 { widthHistogram[w] += shares[j].widthHistogram[w] }
            indentedLines += shares[j].indentedLines
            artifactCount += shares[j].artifactCount
            for footer in shares[j].footers {
                footerPages[footer.page + pageShift[j]] = footer.number
                footerOffsets[footer.page + pageShift[j]] = footer.offset
            }
            if firstHeader == nil { firstHeader = shares[j].firstHeader }
        }
        guard !shares.contains(where: \.lines.overflowed), let base = buffer.baseAddress else {
            var whole: [SourceLine] = []
            whole.reserveCapacity(offsets[shares.count])
            for j in shares.indices {
                for i in 0..<kept[j] {
                    var line = shares[j].lines[i]
                    line.number &+= lineShift[j]
                    whole.append(line)
                }
            }
            return (state, 0, whole)
        }
        // Each share's lines move down to follow the ones before (a region holds at least the
        // share's lines, so a line never moves up, and the shares move in order).
        for j in shares.indices.dropFirst() {
            let from = base + regionStarts[j]
            for i in 0..<kept[j] {
                var line = from[i]
                line.number &+= lineShift[j]
                (base + offsets[j] + i).initialize(to: line)
            }
        }
        return (state, offsets[shares.count], nil)
    }

    /// Drops running headers and footers of any wording: short lines that open or close at
    /// least three pages (and a third of them) with exactly the same text. The pages are
    /// counted in `parts` runs side by side.
    private mutating func removeRunningLines(_ bytes: UnsafeBufferPointer<UInt8>, parts: Int) {
        // The first two and last two lines of each page, with the page.
        var edges: [(line: Int, page: Int32)] = []
        // A cover page is not a page with running lines: its symbol line is content.
        let firstPageEnd = pages.lines(of: 0, lineCount: lines.count).upperBound
        let skipsFirst = (0..<firstPageEnd).contains(where: { CoverPage.isAnchor(bytes, lines: lines, at: $0) })
        for p in (skipsFirst ? 1 : 0)..<pages.count {
            let page = pages.lines(of: p, lineCount: lines.count)
            guard let k = page.first else { continue }
            let end = page.upperBound - 1
            for j in k...min(end, k + 1) { edges.append((j, Int32(p))) }
            for j in max(k + 2, end - 1)...max(k + 2, end) where j <= end { edges.append((j, Int32(p))) }
        }
        guard let base = bytes.baseAddress else { return }
        func key(_ line: SourceLine) -> LineBytes {
            LineBytes(base: base + Int(line.start), count: Int(line.end - line.start))
        }
        // Which edges are running lines (the table is read through a copy of its reference,
        // released before the lines move, so that they move in place).
        let drops: [Bool]
        do {
            let lines = lines
            // Edges come in page order, so counting the pages a text is on needs only the last
            // one; runs of whole pages are counted apart, and a text's pages in all are the sum.
            let runs = Self.pageRuns(edges, parts: parts)
            let counted = SideBySide.map(runs.count) { r in
                var pagesWith: [LineBytes: (pages: Int, lastPage: Int32)] = [:]
                for (j, page) in edges[runs[r]] where lines[j].end - lines[j].start <= 90 {
                    let k = key(lines[j])
                    if let seen = pagesWith[k] {
                        if seen.lastPage != page { pagesWith[k] = (seen.pages + 1, page) }
                    } else {
                        pagesWith[k] = (1, page)
                    }
                }
                return pagesWith
            }
            let threshold = max(3, pageCount / 3)
            // A text on enough pages in all is on its share of them in some run.
            let least = (threshold + runs.count - 1) / runs.count
            var running = Set<LineBytes>()
            for run in counted {
                for (k, seen) in run where seen.pages >= least && !running.contains(k) {
                    if counted.reduce(0, { $0 + ($1[k]?.pages ?? 0) }) >= threshold { running.insert(k) }
                }
            }
            guard !running.isEmpty else { return }
            // Found side by side.
            drops = SideBySide.map(runs.count) { r in
                edges[runs[r]].map { edge in
                    let line = lines[edge.line]
                    return line.end - line.start <= 90 && running.contains(key(line))
                }
            }.flatMap { $0 }
        }
        // The lines dropped, in order (`edges` is in increasing order).
        let dropped = edges.indices.filter { drops[$0] }.map { edges[$0].line }
        for j in dropped {
            artifactCount += 1
            widthHistogram[min(Int(lines[j].width), 511)] -= 1
        }
        // The runs of lines kept between them move down in place (no second table).
        lines.withUnsafeMutableBufferPointer { table in
            guard let base = table.baseAddress else { return }
            var kept = dropped.first ?? table.count
            for (n, j) in dropped.enumerated() {
                let next = n + 1 < dropped.count ? dropped[n + 1] : table.count
                memmove(base + kept, base + j + 1, (next - j - 1) * MemoryLayout<SourceLine>.stride)
                kept += next - j - 1
            }
        }
        lines.removeLast(dropped.count)
        // Each page starts at the first line kept at or after its old start.
        var starts = pages.starts
        var before = 0
        for p in starts.indices {
            while before < dropped.count, dropped[before] < Int(starts[p]) { before += 1 }
            starts[p] -= Int32(before)
        }
        pages = LinePages(starts: starts)
    }

    /// `edges` (in page order) cut into up to `parts` runs of about equal length, each of
    /// whole pages.
    private static func pageRuns(_ edges: [(line: Int, page: Int32)], parts: Int) -> [Range<Int>] {
        var bounds = [0]
        for r in 1..<max(1, parts) {
            var b = max(edges.count * r / parts, bounds[bounds.count - 1])
            while b > 0, b < edges.count, edges[b].page == edges[b - 1].page { b += 1 }
            if b < edges.count, b > bounds[bounds.count - 1] { bounds.append(b) }
        }
        bounds.append(edges.count)
        return zip(bounds, bounds.dropFirst()).map { $0..<$1 }
    }

    /// Typeset width of `bytes[s..<e]`: ASCII 1, CJK 2, ambiguous-width characters 2.
    @inline(__always)
    static func measure(_ bytes: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Int {
        var ignored = false
        var ignoredToo = false
        return measure(bytes, s, e, hasSpace: &ignored, mayCite: &ignoredToo)
    }

    /// Typeset width of `bytes[s..<e]`, noting whether it holds white space and whether a
    /// citation may start in it (`mayCite`: a `第`, `《`, ASCII capital or digit, Cyrillic capital
    /// or Arabic letter).
    @inline(__always)
    static func measure(
        _ bytes: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int, hasSpace: inout Bool, mayCite: inout Bool
    ) -> Int {
        var width = 0
        var i = s
        while i < e {
            let b = bytes[i]
            if b < 0x80 {
                width += 1
                // Capitals start symbols and names, digits start numbers: citations in any language.
                if b == 0x20 || b == 0x09 {
                    hasSpace = true
                } else if (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) {
                    mayCite = true
                }
                i += 1
            } else if b >= 0xE3 && b <= 0xE9 {
                // U+3000–U+9FFF: CJK symbols, kana, ideographs: all wide.
                width += 2
                if b == 0xE3, i + 2 < e, bytes[i + 1] == 0x80 {
                    let c = bytes[i + 2]
                    if c == 0x80 { hasSpace = true } else if c == 0x8A { mayCite = true }
                } else if b == 0xE7, i + 2 < e, bytes[i + 1] == 0xAC, bytes[i + 2] == 0xAC {
                    mayCite = true
                }
                i += 3
            } else if b >= 0xE0 && b < 0xF0 {
                guard i + 2 < e else { width += 1; i += 1; continue }
                let v = (UInt32(b & 0x0F) << 12) | (UInt32(bytes[i + 1] & 0x3F) << 6) | UInt32(bytes[i + 2] & 0x3F)
                if (v >= 0x2E80 && v <= 0xA4CF) || (v >= 0xFF00 && v <= 0xFF60) || (v >= 0xAC00 && v <= 0xD7A3)
                    || (v >= 0xF900 && v <= 0xFAFF) || (v >= 0xFE30 && v <= 0xFE4F) {
                    width += 2
                } else {
                    width += slowWidth(v)
                }
                i += 3
            } else if b >= 0xC0 && b < 0xE0 {
                guard i + 1 < e else { width += 1; i += 1; continue }
                let v = (UInt32(b & 0x1F) << 6) | UInt32(bytes[i + 1] & 0x3F)
                width += slowWidth(v)
                // Cyrillic capitals start names (`Устав`, `ДНЯО`); Arabic has no capitals, so
                // any Arabic letter may start one (`ميثاق`).
                if (v >= 0x400 && v <= 0x42F) || (v >= 0x620 && v <= 0x64A) { mayCite = true }
                i += 2
            } else if b >= 0xF0 {
                width += 2
                i += 4
            } else {
                i += 1
            }
        }
        return width
    }
}

/// The bytes of a line as a dictionary key, compared byte for byte (no String is made).
private struct LineBytes: Hashable {
    let base: UnsafePointer<UInt8>
    let count: Int

    static func == (a: LineBytes, b: LineBytes) -> Bool {
        a.count == b.count && memcmp(a.base, b.base, a.count) == 0
    }

    /// Hashes the length and the first and last 8 bytes (equality compares them all): lines
    /// of the same length that agree there are rare, and hashing every byte of each page's
    /// edge lines was most of the running-line pass.
    func hash(into hasher: inout Hasher) {
        hasher.combine(count)
        let raw = UnsafeRawPointer(base)
        if count >= 8 {
            hasher.combine(raw.loadUnaligned(as: UInt64.self))
            hasher.combine(raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self))
        } else {
            hasher.combine(bytes: UnsafeRawBufferPointer(start: raw, count: count))
        }
    }
}
