/// Turns the UTF-8 bytes of a record into a `Record` in one forward pass over its lines.
///
/// The lines are first measured (`LineScanner`); then each line is classified in turn: cover
/// page, procedural line, speaker label, note, or running text. Running text is gathered into
/// paragraphs by the typesetting facts of the format: a paragraph's first line is indented by
/// two ideographs, its other lines are full, so a line shorter than its full width (with room
/// for the next line's first word) ends the paragraph.
///
/// The read-only helpers of the pass (`paragraphEnds`, `endsSentence`, `page`, …) are declared
/// `mutating` although they change nothing: called from the pass, a non-mutating method got a
/// copy of the whole parser (about 670 bytes) on every line; a mutating one borrows it in place.
struct RecordParser {
    private let bytes: UnsafeBufferPointer<UInt8>
    private let lines: [SourceLine]
    /// The full line width of the record, inferred from the most common line width.
    let fullWidth: Int
    /// True when the text has no hard wraps (one paragraph per line).
    let reflowed: Bool
    /// True when paragraphs keep their ideographic-space indent: then it alone starts them.
    let indented: Bool
    private var pageNumbers: [Int] = []
    private var pageShiftAfterCover = 0
    private var coverEndLine = -1
    /// The covers in the text: where each starts, and its anchor (the symbol's line).
    private var coverStarts: [(start: Int, anchor: Int)] = []
    /// The next cover of `coverStarts` the pass will meet.
    private var nextCover = 0
    /// The symbol and date of the first running header, for a record without its cover.
    private var headerFacts: (symbol: String?, isoDate: String?) = (nil, nil)
    /// True when running footers print the page numbers.
    private var hasFooters = false
    /// Where a later meeting's pages restart (its cover is page 1, its opening page 2): the
    /// physical page and its printed number.
    private var pageRestart: (physical: Int, number: Int)?

    // Output.
    private var meeting = Meeting(language: "zh")
    private var agenda: [AgendaItem] = []
    private var procedural: [ProceduralLine] = []
    private var statements: [Statement] = []
    private var blocks: [Record.Block] = []
    private var unattributed: [UnattributedBlock] = []
    private var warnings: [String]
    private var referenceIndex = ReferenceIndex(language: "zh")

    // Parsing state.
    private enum Context { case front, agenda, statement, afterClosing }
    private var context = Context.front
    /// The statement being read (its paragraphs and notes are kept apart, appended in place).
    private var open: Statement?
    private var hasOpen = false
    private var openIndex = 0
    private var openLastLine = 0
    private var openLastPage = 0
    private var openParagraphs: [Paragraph] = []
    private var openNotes: [Note] = []
    private var language = "zh"
    private var pending: [Range<Int>] = []
    private var pendingSpaced: [Bool] = []
    private var pendingMayCite = false
    private var paragraphOpen = false
    private var paragraphFirstLine = 0
    private var paragraphLastLine = 0
    private var openings = 0
    private var covers = 0
    private var sawCloseTime = false

    init(bytes: UnsafeBufferPointer<UInt8>, warnings: [String]) {
        self.bytes = bytes
        let scan = LineScanner(bytes)
        self.lines = scan.lines
        self.warnings = warnings
        (fullWidth, reflowed) = Self.inferWidth(scan.widthHistogram, lineCount: scan.lines.count)
        indented = scan.indentedLines >= 3 && scan.indentedLines * 20 >= scan.lines.count
        let anchors = CoverPage.anchors(bytes, lines: lines)
        coverStarts = anchors.enumerated().map { k, anchor in
            (CoverPage.start(bytes, lines: lines, anchor: anchor, isFirst: k == 0), anchor)
        }
        pageNumbers = pageTable(scan)
        if let header = scan.firstHeader {
            headerFacts = RunningHeader.facts(UTF8Scalars.string(bytes, header.lowerBound, header.upperBound))
            meeting.symbol = headerFacts.symbol
            meeting.symbolSource = headerFacts.symbol == nil ? nil : .runningHeader
            meeting.isoDate = headerFacts.isoDate
        }
    }

    /// The most common width of lines at least 20 columns wide; with many lines much wider than
    /// that, the text was not hard-wrapped.
    static func inferWidth(_ histogram: [Int], lineCount: Int) -> (Int, Bool) {
        var best = 44
        var bestCount = 0
        // Ties go to the wider width (a short text has few lines of each width).
        for w in 20..<histogram.count - 1 where histogram[w] >= bestCount && histogram[w] > 0 {
            best = w
            bestCount = histogram[w]
        }
        // In a short text, first lines (full width less a two-ideograph indent) can outnumber
        // full lines: a width four columns wider, well represented, is the full one.
        if best + 4 < histogram.count - 1, histogram[best + 4] >= 2, histogram[best + 4] * 3 >= bestCount {
            best += 4
            bestCount = histogram[best]
        }
        var wider = 0
        for w in min(best + 12, histogram.count - 1)..<histogram.count { wider += histogram[w] }
        let reflowed = lineCount > 0 && (bestCount == 0 || wider * 5 > lineCount || wider > bestCount)
        return (best, reflowed)
    }

    /// Printed page number of each physical page: footers when present, otherwise counted from
    /// the first page (page 2 when the file starts with the meeting's opening, as a record's
    /// cover is page 1).
    private mutating func pageTable(_ scan: LineScanner) -> [Int] {
        let count = scan.pageCount
        var base = 1
        if !lines.isEmpty {
            if let first = coverStarts.first, first.start == 0 {
                if let end = coverEnd(from: first.anchor) {
                    coverEndLine = end
                    if end < lines.count, lines[end].page == 0 { pageShiftAfterCover = 1 }
                }
            } else if case .opening = LineKind.procedural(bytes, Int(lines[0].start), Int(lines[0].end)) {
                base = 2
            }
        }
        var table = (0..<count).map { base + $0 }
        if !scan.footerPages.isEmpty {
            var known = [Int?](repeating: nil, count: count)
            for (page, number) in scan.footerPages where Int(page) < count { known[Int(page)] = number }
            var last: (Int, Int)?
            for k in 0..<count {
                if let n = known[k] { last = (k, n); table[k] = n } else if let (lk, ln) = last { table[k] = ln + (k - lk) }
            }
            // Pages before the first footer count back from it.
            if let firstKnown = known.firstIndex(where: { $0 != nil }), let n = known[firstKnown] {
                for k in 0..<firstKnown { table[k] = max(1, n - (firstKnown - k)) }
            }
            pageShiftAfterCover = 0
            hasFooters = true
        }
        return table
    }

    private mutating func page(_ lineIndex: Int) -> Int {
        if let restart = pageRestart, Int(lines[lineIndex].page) >= restart.physical {
            return restart.number + Int(lines[lineIndex].page) - restart.physical
        }
        let p = pageNumbers[Int(lines[lineIndex].page)]
        return lineIndex >= coverEndLine && coverEndLine >= 0 ? p + pageShiftAfterCover : p
    }

    /// The printed page of every non-blank line kept (by 1-based line number in the file), as
    /// the pass assigns them; meaningful after `parse()`.
    mutating func printedPages() -> [Int: Int] {
        var pages: [Int: Int] = [:]
        for k in lines.indices { pages[Int(lines[k].number)] = page(k) }
        return pages
    }

    /// The index of the line that ends a cover page whose anchor is `index` (its first
    /// non-cover line: the meeting's opening, the first line of the next page, or the end of a
    /// file that holds the cover alone), or `nil` when none comes soon.
    private mutating func coverEnd(from index: Int) -> Int? {
        var k = index + 1
        while k < lines.count, k < index + 400 {
            if lines[k].page != lines[index].page { return k }
            if case .opening = LineKind.procedural(bytes, Int(lines[k].start), Int(lines[k].end)) { return k }
            k += 1
        }
        return k == lines.count ? k : nil
    }

    // MARK: - The pass

    mutating func parse() -> Record {
        var i = 0
        let n = lines.count
        while i < n {
            let line = lines[i]
            let s = Int(line.start)
            let e = Int(line.end)
            while nextCover < coverStarts.count, coverStarts[nextCover].start < i { nextCover += 1 }
            // A cover never starts inside a paragraph.
            if nextCover < coverStarts.count, coverStarts[nextCover].start == i, !paragraphOpen,
               let end = coverEnd(from: coverStarts[nextCover].anchor) {
                nextCover += 1
                addCover(i..<end)
                i = end
                continue
            }
            if e - s <= 90, LineKind.mayBeProcedural(bytes, s, e), let kind = LineKind.procedural(bytes, s, e) {
                handleProcedural(kind, at: i)
                i += 1
                continue
            }
            if mayStartBlock(i), LineKind.isAgendaItemHeading(bytes, s, e) {
                // An agenda item announced in the body; the lines after it up to the next
                // statement are its title.
                flushParagraph()
                finishStatement()
                context = .agenda
                addLine(i, segment: s..<e, isFirst: true)
                i += 1
                continue
            }
            if mayStartBlock(i), let label = SpeakerLabel.match(bytes, lines: lines, at: i, fullWidth: reflowed ? 0 : fullWidth) {
                startStatement(label, at: i)
                i = label.endLine + 1
                continue
            }
            if bytes[s] == 0xEF || bytes[s] == 0x28, let note = LineKind.note(bytes, lines: lines, at: i) {
                let language = LanguageName.code(inNote: String(note.text.dropFirst().dropLast()))
                if !paragraphOpen || pending.isEmpty || language != nil || (i > 0 && endsSentence(lines[i - 1])) {
                    flushParagraph()
                    if hasOpen {
                        addNote(note.text, language: language, first: i, last: note.lastLine)
                    } else {
                        // Outside a statement a note is kept as text of its own.
                        paragraphOpen = true
                        paragraphFirstLine = i
                        paragraphLastLine = note.lastLine
                        for k in i...note.lastLine {
                            pending.append(lines[k].range)
                            pendingSpaced.append(true)
                        }
                        pendingMayCite = true
                        flushParagraph()
                    }
                    i = note.lastLine + 1
                    continue
                }
            }
            if e - s == 9, LineKind.isVoteHeading(bytes, s, e) {
                // A vote list's heading stands alone: it ends the list before it.
                flushParagraph()
                addLine(i, segment: s..<e, isFirst: true)
                flushParagraph()
                i += 1
                continue
            }
            addLine(i, segment: s..<e, isFirst: !paragraphOpen)
            i += 1
        }
        flushParagraph()
        finishStatement()
        return finish()
    }

    /// Whether a label can start at `lines[index]`: a statement ends with the end of a sentence
    /// (or a short line, such as a title), so a label never follows a full line that stops
    /// mid-sentence inside an open paragraph.
    private mutating func mayStartBlock(_ index: Int) -> Bool {
        if !paragraphOpen || index == 0 || reflowed { return true }
        let previous = lines[index - 1]
        return Int(previous.width) + 8 <= fullWidth || endsSentence(previous) || isHeading(index - 1)
    }

    /// Whether `lines[index]` is a heading (`一般性辩论`, `…总统…先生的讲话`): a line that opens a
    /// paragraph on its own, no wider than a paragraph's first line, and stops on a word rather
    /// than on punctuation that asks for more.
    private mutating func isHeading(_ index: Int) -> Bool {
        let line = lines[index]
        guard pending.count == 1, pending[0].lowerBound == Int(line.start), paragraphFirstLine == index,
              Int(line.width) <= fullWidth - 4, line.end > line.start else { return false }
        let last = UTF8Scalars.decode(bytes, at: UTF8Scalars.previousStart(bytes, before: Int(line.end), limit: Int(line.start))).value
        return UTF8Scalars.isIdeograph(last) || last == 0xFF09 || last == 0x300B
    }

    /// Adds a line of running text to the open paragraph and closes the paragraph when the line
    /// is short for its place.
    private mutating func addLine(_ index: Int, segment: Range<Int>, isFirst: Bool) {
        if !paragraphOpen {
            paragraphOpen = true
            paragraphFirstLine = index
        }
        if !segment.isEmpty {
            pending.append(segment)
            pendingSpaced.append(lines[index].hasSpace)
            if lines[index].mayCite { pendingMayCite = true }
        }
        paragraphLastLine = index
        if paragraphEnds(after: index, isFirst: isFirst) { flushParagraph() }
    }

    /// Whether the paragraph that `lines[index]` belongs to ends with it.
    ///
    /// Running text ends a paragraph at the end of a sentence, on a line too short for its place
    /// (the first line is indented by two ideographs, the others are full), with room left for
    /// the next line's first word. A full line that ends a sentence ends the paragraph too when
    /// the next line is as wide as an indented first line. A line that stops mid-sentence ends
    /// it only when it is far too short (a heading).
    private mutating func paragraphEnds(after index: Int, isFirst: Bool) -> Bool {
        guard index + 1 < lines.count, !reflowed else { return true }
        let line = lines[index]
        let next = lines[index + 1]
        if next.indent > 0 { return true }
        // The indent a first line lost (when the extraction removed it) or kept.
        let indent = line.indent > 0 ? Int(line.indent) : 4
        if context == .agenda {
            return Int(line.width) + firstWordWidth(next) <= fullWidth - indent
        }
        if indented { return false }
        // A line ending in `/` (`S/2017/`) breaks a document symbol: the text goes on.
        if line.end > line.start, bytes[Int(line.end) - 1] == 0x2F { return false }
        var limit = isFirst ? fullWidth - indent : fullWidth
        let room = Int(line.width) + firstWordWidth(next)
        // A first line holds the full width less the indent; one crowded with brackets
        // (`《…》（《…》）`) was seen to stop two columns short.
        if isFirst, room > limit - 2, room <= limit, compressiblePunctuation(line) >= 3 { limit -= 2 }
        // Mid-sentence, only a line far too short for its place (a heading) ends a paragraph.
        guard endsSentence(line) else { return room <= limit - 8 && !leavesCitationOpen(line) }
        if room <= limit { return true }
        guard looksLikeFirstLine(next) else { return false }
        // After a closing parenthesis (`第2375（2017）` + `号决议…`) the next line is a first line
        // only when the word after it would have fitted on it as a full line; otherwise only the
        // layout (a Latin token or an opening bracket pushed down) kept it short.
        if index + 2 < lines.count, endsWithParenthesis(line),
           Int(next.width) + firstWordWidth(lines[index + 2]) > fullWidth {
            return false
        }
        return true
    }

    /// True when the line leaves a bracket open (`安理会第2334（2016`, `《禁止化学武器`) or ends
    /// with `第`: a citation goes on in the next line, so no paragraph ends here.
    private mutating func leavesCitationOpen(_ line: SourceLine) -> Bool {
        var depth = 0
        var i = Int(line.start)
        let e = Int(line.end)
        var last: UInt32 = 0
        while i < e {
            let (v, length) = UTF8Scalars.decode(bytes, at: i)
            switch v {
            case 0xFF08, 0x28, 0x300A: depth += 1
            case 0xFF09, 0x29, 0x300B: depth = max(0, depth - 1)
            default: break
            }
            last = v
            i += length
        }
        return depth > 0 || last == 0x7B2C
    }

    /// How many punctuation marks a typesetter may set at half width the line holds.
    private mutating func compressiblePunctuation(_ line: SourceLine) -> Int {
        var count = 0
        var i = Int(line.start)
        let e = Int(line.end)
        while i < e {
            if bytes[i] >= 0xE0 {
                let (v, length) = UTF8Scalars.decode(bytes, at: i)
                if UTF8Scalars.isCompressiblePunctuation(v) { count += 1 }
                i += length
            } else {
                i += 1
            }
        }
        return count
    }

    /// True when the line's last character is a closing parenthesis.
    private mutating func endsWithParenthesis(_ line: SourceLine) -> Bool {
        guard line.end > line.start else { return false }
        let v = UTF8Scalars.decode(bytes, at: UTF8Scalars.previousStart(bytes, before: Int(line.end), limit: Int(line.start))).value
        return v == 0xFF09 || v == 0x29
    }

    /// True when the line ends with sentence-final punctuation (possibly inside closing quotes)
    /// or a closing parenthesis: the places where a paragraph can end.
    private mutating func endsSentence(_ line: SourceLine) -> Bool {
        let s = Int(line.start)
        var e = Int(line.end)
        var closers = 0
        // Byte tests on the last scalar (the text is valid UTF-8, so E2, E3 and EF are lead bytes).
        while e > s {
            let c = bytes[e - 1]
            if c < 0x80 {
                // . ? ! : ; )
                return c == 0x2E || c == 0x3F || c == 0x21 || c == 0x3A || c == 0x3B || c == 0x29
            }
            guard e - s >= 3 else { return false }
            let a = bytes[e - 3]
            let b = bytes[e - 2]
            if a == 0xE3 && b == 0x80 {
                if c == 0x82 || c == 0x91 { return true }  // 。】
                guard c == 0x8D || c == 0x8F || c == 0x8B else { return false }  // 」』》
            } else if a == 0xEF && b == 0xBC {
                return c == 0x81 || c == 0x9F || c == 0x9A || c == 0x9B || c == 0x89  // ！？：；）
            } else if a == 0xE2 && b == 0x80 {
                if c == 0xA6 { return true }  // …
                guard c == 0x9D || c == 0x99 else { return false }  // ”’
            } else {
                return false
            }
            closers += 1
            if closers > 2 { return false }
            e -= 3
        }
        return false
    }

    /// A line as wide as an indented first line (full width less the indent), allowing for
    /// punctuation the typesetter set at half width.
    private mutating func looksLikeFirstLine(_ line: SourceLine) -> Bool {
        let width = Int(line.width)
        guard width >= fullWidth - 6 else { return false }
        if width <= fullWidth - 3 { return true }
        var punctuation = 0
        var i = Int(line.start)
        let e = Int(line.end)
        while i < e {
            if bytes[i] >= 0xE0 {
                let (v, length) = UTF8Scalars.decode(bytes, at: i)
                if UTF8Scalars.isCompressiblePunctuation(v) { punctuation += 1 }
                i += length
            } else {
                i += 1
            }
        }
        return width - punctuation <= fullWidth - 3
    }

    /// Width of what the typesetter could not move to the previous line: a Latin word, or an
    /// ideograph with the punctuation that must stay with it (an opening bracket and what it
    /// opens, closing punctuation after it).
    private mutating func firstWordWidth(_ line: SourceLine) -> Int {
        var i = Int(line.start)
        let e = Int(line.end)
        var width = 0
        // Opening brackets cannot end a line: they travel with the word after them.
        while i < e {
            let (v, length) = UTF8Scalars.decode(bytes, at: i)
            guard UTF8Scalars.isOpeningPunctuation(v) else { break }
            width += LineScanner.measure(bytes, i, i + length)
            i += length
        }
        guard i < e else { return width }
        if ParagraphText.isLatin(bytes[i]) {
            while i < e, ParagraphText.isLatin(bytes[i]) { width += 1; i += 1 }
            return width + 1
        }
        var first = true
        while i < e {
            let (v, length) = UTF8Scalars.decode(bytes, at: i)
            if !first && !UTF8Scalars.isClosingPunctuation(v) { break }
            width += LineScanner.measure(bytes, i, i + length)
            first = false
            i += length
        }
        return width
    }

    // MARK: - Blocks

    private mutating func addCover(_ range: Range<Int>) {
        flushParagraph()
        finishStatement()
        var texts: [String] = []
        for k in range { texts.append(UTF8Scalars.string(bytes, Int(lines[k].start), Int(lines[k].end))) }
        let cover = covers == 0 && statements.isEmpty ? CoverPage(texts: texts) : CoverPage(layoutOnly: texts)
        if (covers > 0 || openings > 0), !hasFooters {
            // A later meeting's cover is its page 1.
            pageRestart = (Int(lines[range.lowerBound].page), 1)
        }
        if covers == 0 && statements.isEmpty {
            let opened = meeting.openedAt
            let language = meeting.language
            meeting = cover.meeting
            meeting.openedAt = opened
            meeting.language = language
            if meeting.symbol == nil, let symbol = headerFacts.symbol { (meeting.symbol, meeting.symbolSource) = (symbol, .runningHeader) }
            if meeting.isoDate == nil { meeting.isoDate = headerFacts.isoDate }
        }
        covers += 1
        // A record's cover is its page 1, whatever page of a file holding several it shares.
        procedural.append(ProceduralLine(
            kind: .coverPage, text: cover.lines.joined(separator: "\n"), page: 1,
            lines: span(range.lowerBound, range.upperBound - 1)))
        blocks.append(.procedural(procedural.count - 1))
        context = .front
    }

    private mutating func handleProcedural(_ kind: LineKind.Procedural, at index: Int) {
        let text = UTF8Scalars.string(bytes, Int(lines[index].start), Int(lines[index].end))
        flushParagraph()
        let lineKind: ProceduralLine.Kind
        switch kind {
        case .suspension, .resumption:
            // Inside a speech that goes on after it, the line is a note of that speech;
            // between statements it is a line of the meeting's own.
            if hasOpen, speechContinues(after: index) {
                addNote(text, language: nil, first: index, last: index)
                return
            }
            lineKind = kind == .suspension ? .suspension : .resumption
            finishStatement()
            context = .front
        case .opening(let time):
            openings += 1
            if meeting.openedAt == nil { meeting.openedAt = time }
            if openings > 1, !hasFooters {
                // A later meeting opens on its page 2.
                pageRestart = (Int(lines[index].page), 2)
            }
            lineKind = .opening
            finishStatement()
            context = .front
        case .closing(let time):
            if !sawCloseTime { meeting.closedAt = time; sawCloseTime = true }
            lineKind = .closing
            finishStatement()
            context = .afterClosing
        case .agendaAdoption:
            lineKind = .agendaAdoption
            finishStatement()
            context = .agenda
        }
        procedural.append(ProceduralLine(kind: lineKind, text: text, page: page(index), lines: span(index, index)))
        blocks.append(.procedural(procedural.count - 1))
    }

    /// Whether running text of the open statement follows the suspension or resumption lines
    /// from `index` on (rather than a label, another procedural line, or the end).
    private mutating func speechContinues(after index: Int) -> Bool {
        var k = index + 1
        while k < lines.count {
            let s = Int(lines[k].start)
            let e = Int(lines[k].end)
            guard let kind = LineKind.procedural(bytes, s, e) else { break }
            guard kind == .suspension || kind == .resumption else { return false }
            k += 1
        }
        return k < lines.count && SpeakerLabel.match(bytes, lines: lines, at: k) == nil
    }

    private mutating func startStatement(_ label: SpeakerLabel, at index: Int) {
        flushParagraph()
        var country = label.country
        var inferred = false
        if country == nil, label.role == .speaker,
           let invitation = hasOpen ? openParagraphs.last?.text : statements.last?.paragraphs.last?.text,
           let found = Invitation.country(in: invitation, name: label.name, title: label.title) {
            country = found
            inferred = true
        }
        finishStatement()
        referenceIndex.startScope()
        language = label.language ?? meeting.language
        let speaker = Speaker(
            label: label.label, name: label.name, title: label.title, role: label.role, country: country,
            countryInferred: inferred, language: language)
        let first = page(index)
        open = Statement(
            index: statements.count + 1, speaker: speaker, paragraphs: [], notes: [],
            lines: span(index, label.endLine), pages: LineSpan(first: first, last: first))
        hasOpen = true
        openIndex = statements.count + 1
        openLastLine = Int(lines[label.endLine].number)
        openLastPage = first
        context = .statement
        // The speech starts after the colon, on the same line or the next.
        paragraphOpen = true
        paragraphFirstLine = index
        paragraphLastLine = label.endLine
        let rest = label.endOffset..<Int(lines[label.endLine].end)
        var s = rest.lowerBound
        while s < rest.upperBound, bytes[s] == 0x20 { s += 1 }
        if s < rest.upperBound {
            pending.append(s..<rest.upperBound)
            pendingSpaced.append(lines[label.endLine].hasSpace)
            if lines[label.endLine].mayCite { pendingMayCite = true }
        }
        if pending.isEmpty {
            if label.endLine + 1 < lines.count, lines[label.endLine + 1].indent > 0 || reflowed { paragraphOpen = false }
        } else if paragraphEnds(after: label.endLine, isFirst: label.endLine == index) {
            flushParagraph()
        }
    }

    private mutating func addNote(_ text: String, language noteLanguage: String?, first: Int, last: Int) {
        guard hasOpen else { return }
        if let noteLanguage { language = noteLanguage }
        openNotes.append(Note(
            text: text, language: noteLanguage, beforeParagraph: openParagraphs.count, page: page(first),
            line: Int(lines[first].number)))
        openLastLine = Int(lines[last].number)
        openLastPage = page(last)
    }

    private mutating func flushParagraph() {
        defer {
            pending.removeAll(keepingCapacity: true)
            pendingSpaced.removeAll(keepingCapacity: true)
            pendingMayCite = false
            paragraphOpen = false
        }
        guard !pending.isEmpty else { return }
        // The text is written once, straight into the String's storage.
        let source = bytes
        let segments = pending
        let spaced = pendingSpaced
        var text = String(unsafeUninitializedCapacity: ParagraphText.capacity(segments)) { buffer in
            ParagraphText.join(source, segments, spaced: spaced, into: buffer.baseAddress!)
        }
        guard !text.isEmpty else { return }
        let raw = pendingMayCite ? text.withUTF8 { referenceIndex.scan($0) } : []
        let citations: [Citation] = raw.isEmpty
            ? [] : referenceIndex.add(raw, statement: context == .statement && hasOpen ? openIndex : nil)
        let firstPage = page(paragraphFirstLine)
        let lineSpan = span(paragraphFirstLine, paragraphLastLine)
        switch context {
        case .statement where hasOpen:
            openParagraphs.append(Paragraph(
                text: text, language: language, page: firstPage, references: citations, lines: lineSpan))
            openLastLine = lineSpan.last
            openLastPage = page(paragraphLastLine)
        case .agenda:
            referenceIndex.startScope()
            agenda.append(AgendaItem(title: text, references: citations, lines: lineSpan))
            procedural.append(ProceduralLine(
                kind: .agendaItem, text: text, references: citations, page: firstPage, lines: lineSpan))
            blocks.append(.procedural(procedural.count - 1))
        default:
            if case .unattributed(let k)? = blocks.last, unattributed[k].lines.last < lineSpan.first {
                unattributed[k].text += "\n" + text
                unattributed[k].lines.last = lineSpan.last
            } else {
                unattributed.append(UnattributedBlock(text: text, page: firstPage, lines: lineSpan))
                blocks.append(.unattributed(unattributed.count - 1))
            }
        }
    }

    private mutating func finishStatement() {
        guard hasOpen, var statement = open else { return }
        open = nil
        hasOpen = false
        statement.lines.last = openLastLine
        statement.pages.last = openLastPage
        statement.paragraphs = openParagraphs
        statement.notes = openNotes
        openParagraphs = []
        openNotes = []
        statements.append(statement)
        blocks.append(.statement(statements.count - 1))
        open = nil
        if context == .statement { context = .front }
    }

    private mutating func span(_ first: Int, _ last: Int) -> LineSpan {
        LineSpan(first: Int(lines[first].number), last: Int(lines[last].number))
    }

    // MARK: - Finishing

    private mutating func finish() -> Record {
        if statements.isEmpty {
            warnings.append(lines.isEmpty
                ? "the file holds no text"
                : unattributed.isEmpty && covers > 0
                ? "no statements: the file holds a cover page only"
                : "no speaker labels found: the text is shown as one unattributed block")
        }
        let meetings = max(openings, covers)
        if meetings > 1 {
            warnings.append("the file seems to hold \(meetings) meetings; they are shown as one record")
        }
        var record = Record(
            meeting: meeting, agenda: agenda, procedural: procedural, statements: statements, blocks: blocks,
            references: [], unattributed: unattributed, warnings: warnings)
        if referenceIndex.needsSecondPass { referenceIndex.secondPass(&record) }
        record.references = referenceIndex.references
        CountryTable.identifySpeakers(in: &record)
        PresidingOfficers.identify(in: &record)
        VoteReader.read(&record)
        return record
    }
}
