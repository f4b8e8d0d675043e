/// Turns the UTF-8 bytes of a record into a `Record` in one forward pass over its lines.
///
/// The parts, each with one job:
/// - the line table (`LineTable`): where each line lies in the bytes, and the typesetting
///   facts that decide paragraphs (full width, hard wraps);
/// - the profile's recognisers (`LineRecognizer`), tried in order on each line: cover page,
///   procedural line, agenda item heading, speaker label (`LabelGrammar`), note, vote heading;
/// - the paragraph assembler (`ParagraphAssembler`), which gathers running text until the
///   script's layout rule (`ParagraphBreaks`) ends the paragraph;
/// - the statement builder (`StatementBuilder`), which holds the statement being read.
/// The parser itself routes each line and keeps the record's output and page numbers.
///
/// The read-only helpers of the pass (`page`, …) are declared `mutating` although they change
/// nothing: called from the pass, a non-mutating method got a copy of the whole parser on every
/// line; a mutating one borrows it in place.
struct RecordParser {
    private let bytes: UnsafeBufferPointer<UInt8>
    /// The language of the record: its label grammar, procedural phrases and recognisers.
    let profile: LanguageProfile
    /// The lines and their typesetting facts.
    let table: LineTable
    private let lines: [SourceLine]
    /// The page of each line (the table's, kept here like `lines`).
    private let pages: LinePages
    /// True for scripts that separate words with spaces (every profile but Chinese).
    private let spacedWords: Bool
    /// Where the script's running text ends a paragraph.
    private let breaks: ParagraphBreaks
    private let recognizers: [LineRecognizer]
    /// The profile's label form (kept apart: reading it through the profile copies the grammar).
    private let labelForm: LabelGrammar.Form
    /// The full line width of the record (the table's, kept here: a computed property would
    /// copy the whole parser on each read in unoptimised builds).
    let fullWidth: Int
    /// True when the text has no hard wraps (one paragraph per line).
    let reflowed: Bool

    private var pageNumbers: [Int] = []
    private var pageShiftAfterCover = 0
    private var coverEndLine = -1
    /// The covers in the text: where each starts, and its anchor (the symbol's line).
    private var coverStarts: [(start: Int, anchor: Int)] = []
    /// The next cover of `coverStarts` the pass will meet.
    private var nextCover = 0
    /// Each page's footer number (`nil` where the page has none), and the first printed page
    /// before footers: the page table is worked out again from them when a cover it counted
    /// on is not taken by the pass.
    private var footerNumbers: [Int?] = []
    /// The byte offset of each page's footer line (`-1` where the page has none).
    private var footerOffsets: [Int] = []
    private var pageBase = 1
    /// For each of `coverStarts`, the physical page on which it lets the footers start their
    /// numbering again, the byte offset of its first line, and whether that is the page's first
    /// line; `nil` once the pass has not taken it.
    private var coverRestarts: [(page: Int, offset: Int, firstLine: Bool)?] = []
    /// True when the pass had to work the page table out again (a part that did is not joined).
    private(set) var pageTableRevised = false
    /// The symbol and date of the first running header, for a record without its cover.
    private var headerFacts: (symbol: String?, isoDate: String?) = (nil, nil)
    /// True when running footers print the page numbers.
    private var hasFooters = false
    /// Where a later meeting's pages restart (its cover is page 1, its opening page 2): the
    /// physical page and its printed number.
    private var pageRestart: (physical: Int, number: Int)?

    // Output.
    private var meeting: Meeting
    private var agenda: [AgendaItem] = []
    private var procedural: [ProceduralLine] = []
    private var statements: [Statement] = []
    private var blocks: [Record.Block] = []
    private var unattributed: [UnattributedBlock] = []
    private var warnings: [String]
    /// The record's citation forms, for scanning; resolution waits for the whole log.
    private var referenceIndex: ReferenceIndex
    /// Each paragraph's citations in reading order, resolved when the record is finished.
    private var citationLog = CitationLog()
    /// The joined text of the statements' paragraphs, which are ranges of it (one per pass:
    /// made when the pass starts, so that parts read side by side each write their own).
    private var textBuffer = TextBuffer(capacity: 0)
    /// The input, when the pass writes the paragraphs' text over it (`InputBuffer`); `bytes`
    /// are then its bytes.
    private let input: InputBuffer?
    /// Where in the input the pass starts writing (a part after the first leaves its first
    /// lines as they are: the part before may look at them while this one is read).
    private var inPlaceFrom = 0
    /// The text of paragraphs that cannot be written over the input: those in the lines left
    /// as they are, and any that would not fit.
    private var sideBuffer = TextBuffer(capacity: 0)

    // The part of the lines this pass reads (all of them, or one meeting's share of a large file).
    private var lineRange: Range<Int> = 0..<0
    /// True for a part that follows others (`PartedParse`): meetings and statements came before.
    private var continuation = false
    /// The index of the line after the last one the pass took.
    private var stoppedAt = 0
    /// A label of this part's first statement that would take its country from the invitation
    /// at the end of the part before (name and title), when this part follows others.
    private var invitationBefore: (name: String?, title: String?)?

    // Parsing state.
    private enum Context { case front, agenda, statement, afterClosing }
    private var context = Context.front
    private var statement: StatementBuilder
    private var paragraph = ParagraphAssembler()
    private var openings = 0
    private var covers = 0
    private var sawCloseTime = false

    /// Prepares the pass over `bytes`; without a `profile`, the language is found from the text.
    init(bytes: UnsafeBufferPointer<UInt8>, warnings: [String], profile: LanguageProfile? = nil) {
        self.init(bytes: bytes, writingOver: nil, warnings: warnings, profile: profile)
    }

    /// Prepares the pass over `input`'s bytes, writing the paragraphs' text over them.
    init(writingOver input: InputBuffer, warnings: [String]) {
        self.init(bytes: input.bytes, writingOver: input, warnings: warnings, profile: nil)
    }

    private init(bytes: UnsafeBufferPointer<UInt8>, writingOver input: InputBuffer?, warnings: [String], profile: LanguageProfile?) {
        self.bytes = bytes
        self.input = input
        let profile = profile ?? LanguageProfile.detect(bytes)
        self.profile = profile
        switch profile.labels.form {
        case .ideographic: breaks = .ideographic
        case .alphabetic: breaks = .words(visualOrder: false)
        case .visualOrderArabic: breaks = .words(visualOrder: true)
        }
        spacedWords = profile.labels.form != .ideographic
        labelForm = profile.labels.form
        recognizers = profile.recognizers
        meeting = Meeting(language: profile.code)
        referenceIndex = ReferenceIndex(language: profile.code)
        statement = StatementBuilder(language: profile.code)
        let scan = LineScanner(bytes)
        table = LineTable(bytes: bytes, scan: scan, spacedWords: spacedWords)
        lines = table.lines
        pages = table.pages
        fullWidth = table.fullWidth
        reflowed = table.reflowed
        self.warnings = warnings
        let anchors = PartedParse.coverAnchors(bytes, lines: lines)
        coverStarts = anchors.enumerated().map { k, anchor in
            (CoverPage.start(bytes, lines: lines, pages: pages, anchor: anchor, isFirst: k == 0), anchor)
        }
        lineRange = 0..<lines.count
        pageNumbers = pageTable(scan)
        if let header = scan.firstHeader {
            headerFacts = RunningHeader.facts(UTF8Scalars.string(bytes, header.lowerBound, header.upperBound))
            meeting.symbol = headerFacts.symbol
            meeting.symbolSource = headerFacts.symbol == nil ? nil : .runningHeader
            meeting.isoDate = headerFacts.isoDate
        }
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
                    if end < lines.count, pages.page(end) == 0 { pageShiftAfterCover = 1 }
                }
            } else if case .opening = proceduralKind(Int(lines[0].start), Int(lines[0].end)) {
                base = 2
            }
        }
        pageBase = base
        var table = (0..<count).map { base + $0 }
        if !scan.footerPages.isEmpty {
            var known = [Int?](repeating: nil, count: count)
            for (page, number) in scan.footerPages where Int(page) < count { known[Int(page)] = number }
            footerNumbers = known
            footerOffsets = [Int](repeating: -1, count: count)
            for (page, offset) in scan.footerOffsets where Int(page) < count { footerOffsets[Int(page)] = offset }
            coverRestarts = coverStarts.map { cover in
                guard cover.start < lines.count else { return nil }
                let page = Int(pages.page(cover.start))
                return (page, Int(lines[cover.start].start), cover.start == 0 || Int(pages.page(cover.start - 1)) != page)
            }
            applyFooters(&table)
            pageShiftAfterCover = 0
            hasFooters = true
        }
        return table
    }

    /// Writes the footers' numbers over `table` (one entry per physical page).
    ///
    /// Pages go forward within a meeting: a footer that names a page before the one it follows
    /// is not believed, and such a page counts on from the last footer. A meeting's cover starts
    /// the numbering again: on a page whose first line is a cover, the footer printed after it is
    /// believed whatever it says; a cover after a page's footer (or on a page without one) makes
    /// its page the new meeting's page 1, and the pages after it count on from there. Linear in
    /// the pages and covers.
    private func applyFooters(_ table: inout [Int]) {
        let count = table.count
        // The offset of the cover that is a page's first line, and of the last cover that
        // starts on the page (-1: none).
        var firstLineCover = [Int](repeating: -1, count: count)
        var lastCover = [Int](repeating: -1, count: count)
        for case let cover? in coverRestarts where cover.page < count {
            if cover.firstLine { firstLineCover[cover.page] = cover.offset }
            lastCover[cover.page] = max(lastCover[cover.page], cover.offset)
        }
        var last: (page: Int, number: Int)?
        // The first page numbered from a footer (pages before it count back from it), unless a
        // cover numbered pages first.
        var firstFooter: Int?
        for k in 0..<count {
            let footerOffset = footerOffsets[k]
            if let n = footerNumbers[k], last.map({ n > $0.number + (k - $0.page) - 1 }) ?? true
                || (firstLineCover[k] >= 0 && firstLineCover[k] < footerOffset) {
                if last == nil { firstFooter = k }
                last = (k, n)
                table[k] = n
            } else if let last {
                table[k] = last.number + (k - last.page)
            }
            if lastCover[k] > footerOffset { last = (k, 1) }
        }
        // Pages before the first footer count back from it.
        if let firstKnown = firstFooter, let n = footerNumbers[firstKnown] {
            for k in 0..<firstKnown { table[k] = max(1, n - (firstKnown - k)) }
        }
    }

    /// Marks the cover `coverStarts[nextCover]` as not taken by the pass and moves past it. The
    /// page table is worked out again without it when the footers counted on it; only pages from
    /// the cover's on can change, and the pass has given none of them out yet.
    private mutating func passCover() {
        if let restart = coverRestarts.isEmpty ? nil : coverRestarts[nextCover] {
            coverRestarts[nextCover] = nil
            var table = (0..<pageNumbers.count).map { pageBase + $0 }
            applyFooters(&table)
            if table[restart.page...] != pageNumbers[restart.page...] {
                pageNumbers = table
                pageTableRevised = true
            }
        }
        nextCover += 1
    }

    private mutating func page(_ lineIndex: Int) -> Int {
        let physical = Int(pages.page(lineIndex))
        if let restart = pageRestart, physical >= restart.physical {
            return restart.number + physical - restart.physical
        }
        let p = pageNumbers[physical]
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
        let page = pages.page(index)
        while k < lines.count, k < index + 400 {
            if pages.page(k) != page { return k }
            if case .opening = proceduralKind(Int(lines[k].start), Int(lines[k].end)) { return k }
            k += 1
        }
        return k == lines.count ? k : nil
    }

    // MARK: - The pass

    mutating func parse() -> Record {
        var record = read()
        return record.finished()
    }

    /// The record as the pass reads it, to be finished once the input is no longer needed.
    mutating func read() -> ReadRecord {
        pass()
        let record = Record(
            meeting: meeting, agenda: agenda, procedural: procedural, statements: statements, blocks: blocks,
            references: [], unattributed: unattributed, warnings: warnings)
        return ReadRecord(
            record: record, citations: citationLog, language: profile.code, openings: openings, covers: covers,
            holdsText: !lines.isEmpty)
    }

    /// Whether `lines[index]` opens a meeting (its opening line, where no cover starts): a
    /// place where a large file can be cut into parts parsed side by side.
    mutating func opensMeeting(_ index: Int) -> Bool {
        guard index > 0, index < lines.count, !coverStarts.contains(where: { $0.start == index }),
              case .opening = proceduralKind(Int(lines[index].start), Int(lines[index].end)) else { return false }
        return true
    }

    /// Reads `lines[range]` only: the part of a large file from one meeting's opening line to
    /// the next part's; `continuation` when meetings and statements come before it.
    mutating func parsePart(_ range: Range<Int>, continuation: Bool) -> ParsedPart {
        lineRange = range
        self.continuation = continuation
        if continuation {
            // The meeting before this part opened: its own opening is a later meeting's.
            openings = 1
            warnings = []
        }
        pass()
        let record = Record(
            meeting: meeting, agenda: agenda, procedural: procedural, statements: statements, blocks: blocks,
            unattributed: unattributed, warnings: warnings)
        return ParsedPart(
            record: record, citations: citationLog, openings: continuation ? openings - 1 : openings, covers: covers,
            sawCloseTime: sawCloseTime, stoppedAt: stoppedAt, invitationBefore: invitationBefore,
            pageTableRevised: pageTableRevised)
    }

    /// The forward pass over `lines[lineRange]`.
    private mutating func pass() {
        var i = lineRange.lowerBound
        let n = lineRange.upperBound
        // Joined text is no longer than the lines it is joined from, spaces between them included.
        let span = n > i ? Int(lines[n - 1].end) - Int(lines[i].start) : 0
        if let input, n > i {
            inPlaceFrom = continuation ? firstWritable(i, n) : Int(lines[i].start)
            textBuffer = TextBuffer(over: input, offset: inPlaceFrom, capacity: Int(lines[n - 1].end) - inPlaceFrom)
            sideBuffer = TextBuffer(capacity: inPlaceFrom - Int(lines[i].start) + 256)
        } else {
            textBuffer = TextBuffer(capacity: span + span / 32 + 256)
        }
        while nextCover < coverStarts.count, coverStarts[nextCover].start < i { nextCover += 1 }
        lines: while i < n {
            // Covers inside what the pass took with an earlier line were not taken.
            while nextCover < coverStarts.count, coverStarts[nextCover].start < i { passCover() }
            for recognizer in recognizers {
                if let next = recognize(recognizer, at: i) {
                    i = next
                    continue lines
                }
            }
            addLine(i, segment: lines[i].range, isFirst: !paragraph.isOpen)
            i += 1
        }
        stoppedAt = i
        flushParagraph()
        finishStatement()
    }

    /// The first byte a part after the first writes over: the start of its seventeenth line, or
    /// 64 KiB in, whichever is later (the part before looks a few lines past its end at most).
    private mutating func firstWritable(_ first: Int, _ end: Int) -> Int {
        let limit = Int(lines[first].start) + (64 << 10)
        var k = first
        while k < end, k < first + 16 || Int(lines[k].start) < limit { k += 1 }
        return k < end ? Int(lines[k].start) : Int(lines[end - 1].end)
    }

    /// The buffer the open paragraph's text goes to: over the input when the pass writes there,
    /// the paragraph lies past the lines left as they are, and its text fits.
    private mutating func paragraphBuffer() -> TextBuffer {
        guard input != nil, let first = paragraph.segments.first?.lowerBound else { return textBuffer }
        return first >= inPlaceFrom && textBuffer.fits(ParagraphText.capacity(paragraph.segments)) ? textBuffer : sideBuffer
    }

    /// Applies one recogniser to `lines[i]`: the index of the line after what it took, or `nil`
    /// when the line is not of its kind.
    private mutating func recognize(_ recognizer: LineRecognizer, at i: Int) -> Int? {
        let line = lines[i]
        let s = Int(line.start)
        let e = Int(line.end)
        switch recognizer {
        case .coverPage:
            guard nextCover < coverStarts.count, coverStarts[nextCover].start == i else { return nil }
            // A cover ends the paragraph before it (a file of several records).
            guard let end = coverEnd(from: coverStarts[nextCover].anchor) else {
                passCover()
                return nil
            }
            nextCover += 1
            addCover(i..<end)
            return end
        case .procedural:
            guard let kind = procedural(s, e) else { return nil }
            handleProcedural(kind, at: i)
            return i + 1
        case .agendaItemHeading:
            guard mayStartBlock(i),
                  spacedWords ? profile.procedure.isAgendaItemHeading(bytes, s, e) : LineKind.isAgendaItemHeading(bytes, s, e)
            else { return nil }
            // An agenda item announced in the body; the lines after it up to the next
            // statement are its title.
            flushParagraph()
            finishStatement()
            context = .agenda
            addLine(i, segment: s..<e, isFirst: true)
            return i + 1
        case .speakerLabel:
            guard mayStartBlock(i), let label = speakerLabel(at: i) else { return nil }
            startStatement(label, at: i)
            return label.endLine + 1
        case .note:
            guard bytes[s] == 0xEF || bytes[s] == 0x28, let note = LineKind.note(bytes, lines: lines, at: i) else { return nil }
            let language = profile.labels.spokenLanguage(inNote: String(note.text.dropFirst().dropLast()))
            guard !paragraph.isOpen || paragraph.segments.isEmpty || language != nil
                    || (i > 0 && table.endsSentence(lines[i - 1])) else { return nil }
            flushParagraph()
            if statement.isOpen {
                addNote(note.text, language: language, first: i, last: note.lastLine)
            } else {
                // Outside a statement a note is kept as text of its own.
                paragraph.open(at: i)
                paragraph.lastLine = note.lastLine
                for k in i...note.lastLine { paragraph.add(lines[k].range, spaced: true, mayCite: true) }
                flushParagraph()
            }
            return note.lastLine + 1
        case .voteHeading:
            guard e - s == 9, LineKind.isVoteHeading(bytes, s, e) else { return nil }
            // A vote list's heading stands alone: it ends the list before it.
            flushParagraph()
            addLine(i, segment: s..<e, isFirst: true)
            flushParagraph()
            return i + 1
        }
    }

    /// The procedural line `bytes[s..<e]` is, by the profile's phrases.
    private mutating func procedural(_ s: Int, _ e: Int) -> LineKind.Procedural? {
        if !spacedWords {
            guard e - s <= 90, LineKind.mayBeProcedural(bytes, s, e) else { return nil }
            return LineKind.procedural(bytes, s, e)
        }
        // Procedural lines are short, and (but in visual-order Arabic) start like a phrase.
        guard e - s <= 220, e - s >= 6, profile.procedure.mayStart(bytes, s, e) else { return nil }
        return profile.procedure.recognize(UTF8Scalars.string(bytes, s, e))
    }

    /// `procedural(_:_:)` for the cover and page checks.
    private mutating func proceduralKind(_ s: Int, _ e: Int) -> LineKind.Procedural? {
        procedural(s, e)
    }

    /// The speaker label starting at `lines[index]`, read by the profile's grammar. `plain`:
    /// without the record's width, so a Chinese name does not go on in the next line.
    private mutating func speakerLabel(at index: Int, plain: Bool = false) -> SpeakerLabel? {
        switch labelForm {
        case .ideographic:
            return SpeakerLabel.match(bytes, lines: lines, at: index, fullWidth: reflowed || plain ? 0 : fullWidth)
        case .alphabetic:
            return AlphabeticLabel.match(bytes, lines: lines, at: index, grammar: profile.labels)
        case .visualOrderArabic:
            return ArabicLabel.match(bytes, lines: lines, at: index, grammar: profile.labels)
        }
    }

    /// Whether a label can start at `lines[index]`: a statement ends with the end of a sentence
    /// (or a short line, such as a title), so a label never follows a full line that stops
    /// mid-sentence inside an open paragraph.
    private mutating func mayStartBlock(_ index: Int) -> Bool {
        if !paragraph.isOpen || index == 0 || reflowed || labelForm == .visualOrderArabic { return true }
        let previous = lines[index - 1]
        if spacedWords {
            // A role or an honorific, a name and a colon are evidence enough, after a heading
            // as wide as a narrow column too; only a line that asks for more (a comma, a
            // hyphen) goes on into it.
            guard previous.end > previous.start else { return true }
            let last = bytes[Int(previous.end) - 1]
            return last != 0x2C && last != 0x2D
        }
        return Int(previous.width) + 8 <= fullWidth || table.endsSentence(previous) || isHeading(index - 1)
    }

    /// Whether `lines[index]` is a heading (`一般性辩论`, `…总统…先生的讲话`): a line that opens a
    /// paragraph on its own, no wider than a paragraph's first line, and stops on a word rather
    /// than on punctuation that asks for more.
    private mutating func isHeading(_ index: Int) -> Bool {
        let line = lines[index]
        guard paragraph.segments.count == 1, paragraph.segments[0].lowerBound == Int(line.start),
              paragraph.firstLine == index, Int(line.width) <= fullWidth - 4, line.end > line.start else { return false }
        let last = table.lastScalar(line)
        return UTF8Scalars.isIdeograph(last) || last == 0xFF09 || last == 0x300B
    }

    /// Adds a line of running text to the open paragraph and closes the paragraph when the line
    /// is short for its place.
    private mutating func addLine(_ index: Int, segment: Range<Int>, isFirst: Bool) {
        paragraph.open(at: index)
        if !segment.isEmpty {
            paragraph.add(segment, spaced: lines[index].hasSpace, mayCite: lines[index].mayCite)
        }
        paragraph.lastLine = index
        if paragraphEnds(after: index, isFirst: isFirst) { flushParagraph() }
    }

    /// Whether the paragraph that `lines[index]` belongs to ends with it, by the script's layout.
    private mutating func paragraphEnds(after index: Int, isFirst: Bool) -> Bool {
        breaks.ends(after: index, in: table, isFirst: isFirst, inAgenda: context == .agenda)
    }

    // MARK: - Blocks

    private mutating func addCover(_ range: Range<Int>) {
        flushParagraph()
        finishStatement()
        var texts: [String] = []
        for k in range { texts.append(UTF8Scalars.string(bytes, Int(lines[k].start), Int(lines[k].end))) }
        let first = covers == 0 && statements.isEmpty && !continuation
        let cover = first ? CoverPage(texts: texts) : CoverPage(layoutOnly: texts)
        if (covers > 0 || openings > 0 || continuation), !hasFooters {
            // A later meeting's cover is its page 1.
            pageRestart = (Int(pages.page(range.lowerBound)), 1)
        }
        if first {
            let opened = meeting.openedAt
            meeting = cover.meeting
            meeting.openedAt = opened
            meeting.language = profile.code
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
            if statement.isOpen, speechContinues(after: index) {
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
                pageRestart = (Int(pages.page(index)), 2)
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
            guard let kind = procedural(Int(lines[k].start), Int(lines[k].end)) else { break }
            guard kind == .suspension || kind == .resumption else { return false }
            k += 1
        }
        return k < lines.count && speakerLabel(at: k, plain: true) == nil
    }

    private mutating func startStatement(_ label: SpeakerLabel, at index: Int) {
        flushParagraph()
        var country = label.country
        var inferred = false
        if country == nil, label.role == .speaker, labelForm == .ideographic, continuation,
           !statement.isOpen, statements.isEmpty {
            // The invitation before this label is the last paragraph of the part before.
            invitationBefore = (label.name, label.title)
        } else if country == nil, label.role == .speaker, labelForm == .ideographic,
           let invitation = statement.isOpen ? statement.lastParagraphText : statements.last?.paragraphs.last?.text,
           let found = Invitation.country(in: invitation, name: label.name, title: label.title) {
            country = found
            inferred = true
        }
        finishStatement()
        citationLog.startScope()
        let language = label.language ?? meeting.language
        let speaker = Speaker(
            label: label.label, name: label.name, title: label.title, role: label.role, country: country,
            countryCode: country.flatMap { CountryTable.code(for: $0) }, countryInferred: inferred, language: language)
        let first = page(index)
        statement.start(
            Statement(
                index: statements.count + 1, speaker: speaker, paragraphs: [], notes: [],
                lines: span(index, label.endLine), pages: LineSpan(first: first, last: first)),
            language: language, lastLine: Int(lines[label.endLine].number), lastPage: first)
        context = .statement
        // The speech starts after the colon, on the same line or the next (or, in visual
        // order, on the line before the label).
        paragraph.isOpen = true
        paragraph.firstLine = index
        paragraph.lastLine = label.endLine
        for segment in label.leadingSpeech where !segment.isEmpty {
            paragraph.add(segment, spaced: true, mayCite: true)
        }
        let rest = label.endOffset..<Int(lines[label.endLine].end)
        var s = rest.lowerBound
        while s < rest.upperBound, bytes[s] == 0x20 { s += 1 }
        if s < rest.upperBound {
            paragraph.add(s..<rest.upperBound, spaced: lines[label.endLine].hasSpace, mayCite: lines[label.endLine].mayCite)
        }
        if paragraph.segments.isEmpty {
            if label.endLine + 1 < lines.count, lines[label.endLine + 1].indent > 0 || reflowed { paragraph.isOpen = false }
        } else if !label.leadingSpeech.isEmpty {
            // The label's own line is short by nature: the speech's first line, before it, says
            // whether the paragraph goes on, and a line that full does.
        } else if paragraphEnds(after: label.endLine, isFirst: label.endLine == index) {
            flushParagraph()
        }
    }

    private mutating func addNote(_ text: String, language noteLanguage: String?, first: Int, last: Int) {
        statement.add(
            note: text, language: noteLanguage, page: page(first), line: Int(lines[first].number),
            lastLine: Int(lines[last].number), lastPage: page(last))
    }

    private mutating func flushParagraph() {
        defer { paragraph.reset() }
        let textBuffer = paragraphBuffer()
        let range = paragraph.write(bytes, spacedWords: spacedWords, into: textBuffer)
        guard !range.isEmpty else { return }
        let raw = paragraph.mayCite ? referenceIndex.scan(textBuffer.bytes(range)) : []
        let citing = context == .statement && statement.isOpen ? statement.index : nil
        let firstPage = page(paragraph.firstLine)
        let lineSpan = span(paragraph.firstLine, paragraph.lastLine)
        if context == .statement && statement.isOpen {
            citationLog.add(raw, statement: citing, target: .statementParagraph(
                statement: statements.count, paragraph: statement.paragraphCount))
            statement.add(
                Paragraph(buffer: textBuffer, range: range, language: statement.language, page: firstPage, lines: lineSpan),
                lastPage: page(paragraph.lastLine))
            return
        }
        // Text outside statements is kept as a `String`: its bytes leave the buffer.
        let text = textBuffer.string(range)
        textBuffer.truncate(to: range.lowerBound)
        switch context {
        case .agenda:
            citationLog.add(raw, statement: citing, target: .agendaItem(agenda: agenda.count, procedural: procedural.count))
            citationLog.startScope()
            agenda.append(AgendaItem(title: text, lines: lineSpan))
            procedural.append(ProceduralLine(kind: .agendaItem, text: text, page: firstPage, lines: lineSpan))
            blocks.append(.procedural(procedural.count - 1))
        default:
            citationLog.add(raw, statement: citing, target: .none)
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
        guard let finished = statement.finish() else { return }
        statements.append(finished)
        blocks.append(.statement(statements.count - 1))
        if context == .statement { context = .front }
    }

    private mutating func span(_ first: Int, _ last: Int) -> LineSpan {
        LineSpan(first: Int(lines[first].number), last: Int(lines[last].number))
    }

    // MARK: - Finishing

}

/// A record as the pass (or the join of parts) read it: its blocks, with its citations logged
/// but not yet resolved. It holds no reference to the input, which can be released before the
/// record is finished.
struct ReadRecord {
    var record: Record
    var citations: CitationLog
    /// The record's language (ISO 639-1), for the index of cited things.
    var language: String
    /// The meetings opened (opening lines) and the cover pages read.
    var openings: Int
    var covers: Int
    /// False when the input had no line of text.
    var holdsText: Bool

    /// The record finished: its warnings, its citations resolved and indexed, its speakers'
    /// countries and its votes. The steps run side by side (`finishLarge`) when `sideBySide`
    /// says so, by default when the statements hold a megabyte of text or more.
    mutating func finished(sideBySide: Bool? = nil) -> Record {
        // Taken out, not copied: a copy would make every statement's paragraphs be copied
        // (and the originals released) when the citations are stored in them.
        var record = Record(meeting: self.record.meeting)
        swap(&record, &self.record)
        if record.statements.isEmpty {
            record.warnings.append(!holdsText
                ? "the file holds no text"
                : record.unattributed.isEmpty && covers > 0
                ? "no statements: the file holds a cover page only"
                : "no speaker labels found: the text is shown as one unattributed block")
        }
        let meetings = max(openings, covers)
        if meetings > 1 {
            record.warnings.append("the file seems to hold \(meetings) meetings; they are shown as one record")
        }
        var referenceIndex = ReferenceIndex(language: language)
        if sideBySide ?? Self.isLarge(record) {
            finishLarge(&record, index: &referenceIndex)
        } else {
            citations.resolve(into: &referenceIndex, record: &record)
            citations = CitationLog()
            if referenceIndex.needsSecondPass { referenceIndex.secondPass(&record) }
            record.references = referenceIndex.references
            CountryTable.identifySpeakers(in: &record)
            PresidingOfficers.identify(in: &record)
            VoteReader.read(&record)
        }
        return record
    }

    /// The finishing steps of a large record, on both cores. The citations' ids must be resolved
    /// in reading order, on one core; the presiding officers and the votes read only the text
    /// and the speakers, so they run beside the citations:
    /// 1. the ids, beside the paragraphs' runs and the chairs;
    /// 2. the citations made in shares, beside the votes, each share's raw citations released
    ///    once made;
    /// 3. the citations stored, beside the release of what is left of the log.
    private mutating func finishLarge(_ record: inout Record, index: inout ReferenceIndex) {
        // The chairs read the speakers' country codes.
        CountryTable.identifySpeakers(in: &record)
        var resolved = CitationLog.ResolvedIDs()
        // Made once for the chairs and the votes: made on each side, the two would contend for
        // the reference counts of the same text buffers.
        var runs: ParagraphRuns?
        let chairs = SideBySide.map(2) { j -> [PresidingOfficer?] in
            guard j == 1 else {
                resolved = citations.resolveIDs(into: &index)
                return []
            }
            let made = ParagraphRuns(record)
            runs = made
            return PresidingOfficers.chairs(in: record, runs: made)
        }[1]

        let shares = citations.shares(parts: 2 * PartedParse.cores)
        var (votes, made) = citations.makeCitations(shares, resolved, references: index.references, record: record) {
            VoteReader.votes(in: record, runs: runs!)
        }
        // The runs hold the record's arrays: released before the record is written, which
        // would otherwise copy them.
        runs = nil

        _ = SideBySide.map(2) { j in
            if j == 0 {
                for k in made.indices { CitationLog.store(moving: &made[k], into: &record) }
            } else {
                citations = CitationLog()
                resolved = CitationLog.ResolvedIDs()
            }
        }
        if index.needsSecondPass { index.secondPass(&record) }
        record.references = index.references
        PresidingOfficers.seat(chairs, in: &record)
        record.votes = votes
    }

    /// Whether the statements hold a megabyte of text or more.
    private static func isLarge(_ record: Record) -> Bool {
        var bytes = 0
        for statement in record.statements {
            for paragraph in statement.paragraphs { bytes += paragraph.utf8Count }
            if bytes >= 1 << 20 { return true }
        }
        return false
    }
}
