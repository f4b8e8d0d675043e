#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Splits UTF-8 text into its non-blank lines in one pass over the bytes: strips line ends,
/// page-break markers and indents, drops running headers and footers, numbers the pages, and
/// measures each line's typeset width.
struct LineScanner {
    /// The lines with content, in order.
    var lines: [SourceLine] = []
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

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress, bytes.count > 0 else { return }
        let count = bytes.count
        hasFormFeeds = memchr(base, 0x0C, count) != nil
        lines.reserveCapacity(count / 48 + 16)
        lines.withUnsafeBufferPointer { HugePages.advise($0.baseAddress, count: lines.capacity * MemoryLayout<SourceLine>.stride) }
        var position = 0
        // A byte-order mark is an artifact.
        if count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { position = 3 }
        var lineNumber: UInt32 = 1
        var pendingBreak = false
        var page: Int32 = 0
        var sawContent = false
        var state = PageState()
        while position < count {
            let newline: Int
            if let p = memchr(base + position, 0x0A, count - position) {
                newline = base.distance(to: p.assumingMemoryBound(to: UInt8.self))
            } else {
                newline = count
            }
            var segmentStart = position
            // Form feeds split a line into segments and start a page.
            if hasFormFeeds {
                while let p = memchr(base + segmentStart, 0x0C, newline - segmentStart) {
                    let ff = base.distance(to: p.assumingMemoryBound(to: UInt8.self))
                    addLine(bytes, segmentStart, ff, lineNumber, &pendingBreak, &page, &sawContent, &state)
                    // Each form feed ends a page (pdftotext ends every PDF page with one), so a
                    // page with nothing on it still counts.
                    if pendingBreak { page += 1 }
                    pendingBreak = true
                    segmentStart = ff + 1
                }
            }
            addLine(bytes, segmentStart, newline, lineNumber, &pendingBreak, &page, &sawContent, &state)
            position = newline + 1
            lineNumber &+= 1
        }
        pageCount = Int(page) + 1
        if pageCount >= 4 { removeRunningLines(bytes) }
    }

    /// Drops running headers and footers of any wording: short lines that open or close at
    /// least three pages (and a third of them) with exactly the same text.
    private mutating func removeRunningLines(_ bytes: UnsafeBufferPointer<UInt8>) {
        var edges: [Int] = []
        var k = 0
        // A cover page is not a page with running lines: its symbol line is content.
        var firstPageEnd = 0
        while firstPageEnd < lines.count, lines[firstPageEnd].page == 0 { firstPageEnd += 1 }
        if (0..<firstPageEnd).contains(where: { CoverPage.isAnchor(bytes, lines: lines, at: $0) }) { k = firstPageEnd }
        while k < lines.count {
            var end = k
            while end + 1 < lines.count, lines[end + 1].page == lines[k].page { end += 1 }
            for j in k...min(end, k + 1) { edges.append(j) }
            for j in max(k + 2, end - 1)...max(k + 2, end) where j <= end { edges.append(j) }
            k = end + 1
        }
        // Edges come in page order, so counting the pages a text is on needs only the last one.
        guard let base = bytes.baseAddress else { return }
        func key(_ line: SourceLine) -> LineBytes {
            LineBytes(base: base + Int(line.start), count: Int(line.end - line.start))
        }
        var pagesWith: [LineBytes: (pages: Int, lastPage: Int32)] = [:]
        for j in edges where lines[j].end - lines[j].start <= 90 {
            let page = lines[j].page
            let k = key(lines[j])
            if let seen = pagesWith[k] {
                if seen.lastPage != page { pagesWith[k] = (seen.pages + 1, page) }
            } else {
                pagesWith[k] = (1, page)
            }
        }
        let threshold = max(3, pageCount / 3)
        let running = Set(pagesWith.filter { $0.value.pages >= threshold }.keys)
        guard !running.isEmpty else { return }
        // The lines kept move down in place (no second table).
        var kept = 0
        var cursor = 0
        for j in lines.indices {
            let line = lines[j]
            // `edges` is in increasing order.
            while cursor < edges.count, edges[cursor] < j { cursor += 1 }
            if cursor < edges.count, edges[cursor] == j, line.end - line.start <= 90, running.contains(key(line)) {
                artifactCount += 1
                widthHistogram[min(Int(line.width), 511)] -= 1
                continue
            }
            lines[kept] = line
            kept += 1
        }
        lines.removeLast(lines.count - kept)
    }

    @inline(__always)
    private mutating func addLine(
        _ bytes: UnsafeBufferPointer<UInt8>, _ lineStart: Int, _ lineEnd: Int, _ number: UInt32,
        _ pendingBreak: inout Bool, _ page: inout Int32, _ sawContent: inout Bool, _ state: inout PageState
    ) {
        var s = lineStart
        var e = lineEnd
        // Trailing whitespace, CR included.
        while e > s {
            let b = bytes[e - 1]
            if b == 0x20 || b == 0x09 || b == 0x0D {
                e -= 1
            } else if b == 0x80, e - s >= 3, bytes[e - 2] == 0x80, bytes[e - 3] == 0xE3 {
                e -= 3
            } else {
                break
            }
        }
        if s >= e { return }
        // Leading whitespace: ASCII spaces (one alone marks a new page) and an ideographic indent.
        var spaces = 0
        var indent = 0
        while s < e {
            let b = bytes[s]
            if b == 0x20 || b == 0x09 {
                spaces += 1
                s += 1
            } else if b == 0xE3, s + 2 < e, bytes[s + 1] == 0x80, bytes[s + 2] == 0x80 {
                indent += 2
                s += 3
            } else {
                break
            }
        }
        if spaces == 1, !hasFormFeeds, bytes[lineStart] == 0x20 {
            pendingBreak = true
            state.spaceMarksPages = true
        }
        // A form feed starts the next page at once: a footer right after it (pdftotext -raw
        // gives a page's footer before its body) is printed on that page, and a first page
        // without text keeps its place.
        if pendingBreak {
            if sawContent || hasFormFeeds {
                page += 1
                state.contentOnPage = false
                state.linesOnPage = 0
                state.titleDropped = false
            }
            pendingBreak = false
        }
        // Running headers and footers.
        let first = bytes[s]
        if (first >= 0x30 && first <= 0x39) || (first >= 0x41 && first <= 0x5A),
           let artifact = PageArtifact.classify(bytes, start: s, end: e, pageOnly: hasFormFeeds) {
            // On the first page (a cover) a job number or date alone is content.
            let keep = artifact.isFragment && (page == 0 || !sawContent)
            if !keep {
                // Without form feeds or page-break spaces (pdf.js), a page's header and footer
                // come before its text: after text, they start the next page.
                if !hasFormFeeds, !state.spaceMarksPages, !artifact.isFragment, state.contentOnPage {
                    page += 1
                    state.contentOnPage = false
                    state.linesOnPage = 0
                    state.titleDropped = false
                }
                if artifact == .headerFragment, hasFormFeeds { dropHeaderTitle(&state) }
                // A footer gives the number of the page it is printed on.
                if case .footer(let n) = artifact {
                    footerPages[page] = n
                    footerOffsets[page] = s
                }
                if artifact == .header, firstHeader == nil { firstHeader = s..<e }
                artifactCount += 1
                return
            }
        }
        // The title of a header split over lines, after its symbol or date.
        if state.titleFollows, e - s <= 90 {
            state.titleFollows = false
            artifactCount += 1
            return
        }
        state.titleFollows = false
        sawContent = true
        state.contentOnPage = true
        state.linesOnPage += 1
        if indent > 0 { indentedLines += 1 }
        var hasSpace = false
        var mayCite = false
        let width = Self.measure(bytes, s, e, hasSpace: &hasSpace, mayCite: &mayCite)
        widthHistogram[min(width, 511)] += 1
        lines.append(SourceLine(
            start: UInt32(s), end: UInt32(e), number: number, width: width, page: page,
            indent: UInt8(min(indent, 255)), hasSpace: hasSpace, mayCite: mayCite))
    }

    /// A header split over lines at the top of a page (`pdftotext` without `-raw`) is its
    /// symbol or date and, beside it, its title: the line before the piece when it is the
    /// page's only line so far, otherwise the line after it.
    private mutating func dropHeaderTitle(_ state: inout PageState) {
        // One title a page.
        guard state.linesOnPage <= 1, !state.titleDropped else { return }
        state.titleDropped = true
        if state.linesOnPage == 1, let last = lines.last, last.end - last.start <= 90 {
            lines.removeLast()
            widthHistogram[min(Int(last.width), 511)] -= 1
            if last.indent > 0 { indentedLines -= 1 }
            artifactCount += 1
            state.linesOnPage = 0
        } else if state.linesOnPage == 0 {
            state.titleFollows = true
        }
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

/// How the pages of a text without form feeds are marked, learnt while scanning.
private struct PageState {
    /// A line that starts with one space has been seen: such spaces mark the pages.
    var spaceMarksPages = false
    /// The current page has text (not only headers and footers).
    var contentOnPage = false
    /// Lines of text kept on the current page so far.
    var linesOnPage = 0
    /// A header's symbol or date opened the page: the next line is the header's title.
    var titleFollows = false
    /// The current page's header title has been found.
    var titleDropped = false
}

/// The bytes of a line as a dictionary key, compared byte for byte (no String is made).
private struct LineBytes: Hashable {
    let base: UnsafePointer<UInt8>
    let count: Int

    static func == (a: LineBytes, b: LineBytes) -> Bool {
        a.count == b.count && memcmp(a.base, b.base, a.count) == 0
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(bytes: UnsafeRawBufferPointer(start: base, count: count))
    }
}
