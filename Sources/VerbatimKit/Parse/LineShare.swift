#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The lines of one run of the bytes that starts at a line end (the whole text, or one core's
/// share of a large one), scanned in one pass from a given state: line ends, page-break markers
/// and indents stripped, headers and footers of known forms dropped, pages numbered, each
/// line's typeset width measured. `LineScanner` joins the shares of a text.
struct LineShare {
    /// The lines with content, in order; their numbers count from the starting state's.
    var lines: LineRegion
    /// How many lines have each width (widths above 511 counted at 511).
    var widthHistogram = [Int](repeating: 0, count: 512)
    /// How many lines kept start with an ideographic-space indent.
    var indentedLines = 0
    /// How many headers and footers were dropped.
    var artifactCount = 0
    /// The page footers met, in order: the page each is printed on (its number says which),
    /// and the byte offset of its line.
    var footers: [(page: Int32, number: Int, offset: Int)] = []
    /// Where each page, from the starting state's on, starts in `lines`.
    var pages = LinePages()
    /// The first running header dropped (its bytes).
    var firstHeader: Range<Int>?
    /// The state the scan started from.
    let start: LineScanState
    /// The state after the last line.
    var end: LineScanState
    /// What the scan took from the starting state before its own lines set it.
    var assumptions = LineScanAssumptions()
    /// True when the scan dropped `lineBefore` (a header's title on the page the run starts on);
    /// the counts above already leave it out.
    var dropsLineBefore = false

    private let hasFormFeeds: Bool
    private let startPage: Int32
    /// The last line kept before the run, which a header's title can be.
    private let lineBefore: SourceLine?
    /// The run has kept a line of text.
    private var contentHere = false
    /// The run has started a page.
    private var pageStartedHere = false
    /// The run has met a line that starts with one space.
    private var spaceMarkHere = false

    /// Scans `bytes[range]`, which starts at the start of the text or after a line feed, from
    /// `state`, into `region`. `lineBefore` is the last line kept before `range`, when there is one.
    init(
        _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, hasFormFeeds: Bool,
        from state: LineScanState, lineBefore: SourceLine? = nil, into region: LineRegion
    ) {
        lines = region
        self.hasFormFeeds = hasFormFeeds
        self.lineBefore = lineBefore
        startPage = state.page
        start = state
        end = state
        scan(bytes, range)
    }

    /// Scans `bytes[range]` from `LineScanState.shareStart`. When the run relied on pages not
    /// being marked by spaces and then met such a space, the text marks its pages with spaces:
    /// the run is scanned again from a guess that says so.
    static func guessing(
        _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, hasFormFeeds: Bool, into region: LineRegion
    ) -> LineShare {
        let share = LineShare(bytes, range, hasFormFeeds: hasFormFeeds, from: .shareStart, into: region)
        guard share.assumptions.spaceMarksPages, share.spaceMarkHere else { return share }
        var guess = LineScanState.shareStart
        guess.spaceMarksPages = true
        var again = share.lines
        again.removeAll()
        return LineShare(bytes, range, hasFormFeeds: hasFormFeeds, from: guess, into: again)
    }

    /// The state after the last line when the run really started from `actual`, which agrees
    /// with the state it was scanned from wherever the scan relied on that: what the run never
    /// set is `actual`'s, and line and page numbers move by as much as `actual`'s differ.
    func end(from actual: LineScanState) -> LineScanState {
        var state = end
        state.lineNumber = end.lineNumber &- start.lineNumber &+ actual.lineNumber
        state.page = end.page - start.page + actual.page
        if !spaceMarkHere { state.spaceMarksPages = actual.spaceMarksPages }
        if !contentHere { state.sawContent = actual.sawContent }
        if !contentHere, !pageStartedHere { state.contentOnPage = actual.contentOnPage }
        if !pageStartedHere, !assumptions.pageLines {
            state.linesOnPage = end.linesOnPage - start.linesOnPage + actual.linesOnPage
            state.titleDropped = actual.titleDropped
        }
        return state
    }

    private mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        guard let base = bytes.baseAddress, !range.isEmpty else { return }
        let count = range.upperBound
        var position = range.lowerBound
        // A byte-order mark is an artifact.
        if position == 0, count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { position = 3 }
        var state = end
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
                    addLine(bytes, segmentStart, ff, &state)
                    // Each form feed ends a page (pdftotext ends every PDF page with one), so a
                    // page with nothing on it still counts.
                    if state.pendingBreak {
                        state.page += 1
                        pages.append(startingAt: lines.count)
                    }
                    state.pendingBreak = true
                    segmentStart = ff + 1
                }
            }
            addLine(bytes, segmentStart, newline, &state)
            position = newline + 1
            state.lineNumber &+= 1
        }
        end = state
    }

    @inline(__always)
    private mutating func addLine(_ bytes: UnsafeBufferPointer<UInt8>, _ lineStart: Int, _ lineEnd: Int, _ state: inout LineScanState) {
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
            state.pendingBreak = true
            state.spaceMarksPages = true
            spaceMarkHere = true
        }
        // A form feed starts the next page at once: a footer right after it (pdftotext -raw
        // gives a page's footer before its body) is printed on that page, and a first page
        // without text keeps its place.
        if state.pendingBreak {
            if !contentHere, !hasFormFeeds { assumptions.sawContent = true }
            if state.sawContent || hasFormFeeds { startPage(&state) }
            state.pendingBreak = false
        }
        // Running headers and footers.
        let first = bytes[s]
        if (first >= 0x30 && first <= 0x39) || (first >= 0x41 && first <= 0x5A),
           let artifact = PageArtifact.classify(bytes, start: s, end: e, pageOnly: hasFormFeeds) {
            if artifact.isFragment {
                if state.page == startPage { assumptions.firstPage = true }
                if !contentHere { assumptions.sawContent = true }
            }
            // On the first page (a cover) a job number or date alone is content.
            let keep = artifact.isFragment && (state.page == 0 || !state.sawContent)
            if !keep {
                // Without form feeds or page-break spaces (pdf.js), a page's header and footer
                // come before its text: after text, they start the next page.
                if !hasFormFeeds, !artifact.isFragment {
                    if !spaceMarkHere { assumptions.spaceMarksPages = true }
                    if !state.spaceMarksPages {
                        if !contentHere, !pageStartedHere { assumptions.contentOnPage = true }
                        if state.contentOnPage { startPage(&state) }
                    }
                }
                if artifact == .headerFragment, hasFormFeeds { dropHeaderTitle(&state) }
                // A footer gives the number of the page it is printed on.
                if case .footer(let n) = artifact { footers.append((state.page, n, s)) }
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
        state.sawContent = true
        contentHere = true
        state.contentOnPage = true
        state.linesOnPage += 1
        if indent > 0 { indentedLines += 1 }
        var hasSpace = false
        var mayCite = false
        let width = LineScanner.measure(bytes, s, e, hasSpace: &hasSpace, mayCite: &mayCite)
        widthHistogram[min(width, 511)] += 1
        lines.append(SourceLine(
            start: UInt32(s), end: UInt32(e), number: state.lineNumber, width: width,
            indent: UInt8(min(indent, 255)), hasSpace: hasSpace, mayCite: mayCite))
    }

    /// Moves to the next page.
    private mutating func startPage(_ state: inout LineScanState) {
        state.page += 1
        pages.append(startingAt: lines.count)
        state.contentOnPage = false
        state.linesOnPage = 0
        state.titleDropped = false
        pageStartedHere = true
    }

    /// A header split over lines at the top of a page (`pdftotext` without `-raw`) is its
    /// symbol or date and, beside it, its title: the line before the piece when it is the
    /// page's only line so far, otherwise the line after it.
    private mutating func dropHeaderTitle(_ state: inout LineScanState) {
        if !pageStartedHere { assumptions.pageLines = true }
        // One title a page.
        guard state.linesOnPage <= 1, !state.titleDropped else { return }
        state.titleDropped = true
        if state.linesOnPage == 1, let last = lines.last ?? (dropsLineBefore ? nil : lineBefore), last.end - last.start <= 90 {
            if lines.isEmpty { dropsLineBefore = true } else { lines.removeLast() }
            widthHistogram[min(Int(last.width), 511)] -= 1
            if last.indent > 0 { indentedLines -= 1 }
            artifactCount += 1
            state.linesOnPage = 0
        } else if state.linesOnPage == 0 {
            state.titleFollows = true
        }
    }
}
