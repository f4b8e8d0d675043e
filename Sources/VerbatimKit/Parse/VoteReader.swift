import CICU

/// Finds the votes of a finished record: the sentence that says a vote was taken, the lists of
/// countries in favour, against and abstaining, the draft voted on and the resolution it
/// became.
///
/// It reads the record's text in reading order (procedural lines, statements' labels,
/// paragraphs and notes, unattributed text), so it does not depend on how the parser attributed the lines:
/// a vote list may sit in the President's statement, in unattributed text, or be split by a
/// page break or a column read out of order (a list heading found after other text, even after
/// the announcement of the result, still belongs to the vote it follows, up to the next vote).
public enum VoteReader {
    /// The votes in `record`, in reading order, using the vote words of every language.
    public static func votes(in record: Record, phrases: [VotePhrases] = VotePhrases.all) -> [Vote] {
        votes(in: record, phrases: phrases, runs: nil)
    }

    /// `votes(in:phrases:)`, with the record's paragraph runs when they are already made.
    static func votes(in record: Record, phrases: [VotePhrases] = VotePhrases.all, runs: ParagraphRuns?) -> [Vote] {
        guard ListHeadingCheck(phrases.flatMap(\.inFavour)).mayOccur(in: record, runs: runs) else { return [] }
        let text = RecordStream(record)
        guard !text.bytes.isEmpty else { return [] }
        // The languages' scans read the text alone: on a large record, side by side.
        let found = text.bytes.count >= 1 << 20
            ? SideBySide.map(phrases.count) { VoteScan(text: text, phrases: phrases[$0]).votes() }.flatMap { $0 }
            : phrases.flatMap { VoteScan(text: text, phrases: $0).votes() }
        return found.sorted { $0.at < $1.at }.map(\.vote)
    }

    /// `record` with its `votes` read.
    public static func read(_ record: inout Record) {
        record.votes = votes(in: record)
    }
}

/// The record's text in reading order as one run of UTF-8, each part on a line of its own,
/// with the page each part starts on.
struct RecordStream {
    private(set) var bytes: [UInt8] = []
    /// Each part's first byte, page, block (index in `Record.blocks`) and paragraph, and
    /// whether it is unattributed text (whose paragraphs are its lines).
    private var parts: [(start: Int, page: Int, block: Int, paragraph: Int, lines: Bool)] = []

    init(_ record: Record) {
        // Sized once: grown by doubling, the copy of a large record's text held twice its size.
        var size = 0
        var count = 0
        for line in record.procedural { size += line.text.utf8.count + 1; count += 1 }
        for statement in record.statements {
            size += statement.speaker.label.utf8.count + 2
            for paragraph in statement.paragraphs { size += paragraph.utf8Count + 1 }
            for note in statement.notes { size += note.text.utf8.count + 1 }
            count += 1 + statement.paragraphs.count + statement.notes.count
        }
        for block in record.unattributed { size += block.text.utf8.count + 1; count += 1 }
        bytes.reserveCapacity(size)
        bytes.withUnsafeBufferPointer { HugePages.advise($0.baseAddress, count: bytes.capacity) }
        parts.reserveCapacity(count)
        for (b, block) in record.blocks.enumerated() {
            switch block {
            case .procedural(let i) where i < record.procedural.count:
                append(record.procedural[i].text, page: record.procedural[i].page, block: b, paragraph: 0)
            case .statement(let i) where i < record.statements.count:
                let statement = record.statements[i]
                // The label too: a parser may take a list heading (`In favour:`) for one.
                append(statement.speaker.label + ":", page: statement.pages.first, block: b, paragraph: 0)
                var notes = statement.notes.makeIterator()
                var note = notes.next()
                for (k, paragraph) in statement.paragraphs.enumerated() {
                    while let n = note, n.beforeParagraph <= k {
                        append(n.text, page: n.page, block: b, paragraph: k)
                        note = notes.next()
                    }
                    paragraph.withUTF8 { append($0, page: paragraph.page, block: b, paragraph: k) }
                }
                while let n = note {
                    append(n.text, page: n.page, block: b, paragraph: statement.paragraphs.count)
                    note = notes.next()
                }
            case .unattributed(let i) where i < record.unattributed.count:
                append(record.unattributed[i].text, page: record.unattributed[i].page, block: b, paragraph: 0, lines: true)
            default:
                break
            }
        }
    }

    private mutating func append(_ text: String, page: Int, block: Int, paragraph: Int, lines: Bool = false) {
        var text = text
        text.withUTF8 { append($0, page: page, block: block, paragraph: paragraph, lines: lines) }
    }

    private mutating func append(
        _ text: UnsafeBufferPointer<UInt8>, page: Int, block: Int, paragraph: Int, lines: Bool = false
    ) {
        if !bytes.isEmpty { bytes.append(0x0A) }
        parts.append((bytes.count, page, block, paragraph, lines))
        bytes.append(contentsOf: text)
    }

    private func part(at offset: Int) -> Int? {
        guard !parts.isEmpty else { return nil }
        return parts.lastIndex(startingAtOrBefore: offset) { $0.start } ?? 0
    }

    /// The page of the part holding byte `offset`.
    func page(at offset: Int) -> Int {
        part(at: offset).map { parts[$0].page } ?? 0
    }

    /// The block and paragraph holding byte `offset`; in unattributed text, the paragraph is
    /// the number of non-blank lines before the line holding it.
    func position(at offset: Int) -> Vote.Position? {
        guard let k = part(at: offset) else { return nil }
        let part = parts[k]
        guard part.lines else { return Vote.Position(block: part.block, paragraph: part.paragraph) }
        var lines = 0
        var blank = true
        var i = part.start
        while i < offset {
            if bytes[i] == 0x0A {
                if !blank { lines += 1 }
                blank = true
            } else if bytes[i] != 0x20 && bytes[i] != 0x09 && bytes[i] != 0x0D {
                blank = false
            }
            i += 1
        }
        return Vote.Position(block: part.block, paragraph: lines)
    }

    /// The first occurrence of `pattern` in `range`, or `nil`.
    func find(_ pattern: [UInt8], in range: Range<Int>) -> Int? {
        guard !pattern.isEmpty, range.lowerBound >= 0, range.upperBound <= bytes.count,
              range.count >= pattern.count else { return nil }
        return bytes.withUnsafeBufferPointer { b in
            pattern.withUnsafeBufferPointer { p in
                let found = vb_find_bytes(b.baseAddress! + range.lowerBound, Int64(range.count), p.baseAddress!, Int64(p.count))
                return found < 0 ? nil : range.lowerBound + Int(found)
            }
        }
    }

    /// The text of `range` (clamped to the stream).
    func text(_ range: Range<Int>) -> String {
        let r = max(0, range.lowerBound)..<min(bytes.count, max(range.upperBound, range.lowerBound))
        return String(decoding: bytes[r], as: UTF8.self)
    }
}

/// The votes of one language in a record's text.
private struct VoteScan {
    let text: RecordStream
    let phrases: VotePhrases

    /// How far from its heading a list's heading, or the announcement, may stand (bytes).
    private static let reach = 6000
    /// How far back the call to vote and the draft's symbol are looked for (bytes).
    private static let lookBack = 4000

    private enum Side { case inFavour, against, abstaining }

    func votes() -> [(at: Int, vote: Vote)] {
        let all = 0..<text.bytes.count
        let anchors = headings(phrases.inFavour, in: all)
        guard !anchors.isEmpty else { return [] }
        var result: [(Int, Vote)] = []
        var previousEnd = 0
        for (n, anchor) in anchors.enumerated() {
            let limit = max(anchor.end, min(n + 1 < anchors.count ? anchors[n + 1].start : text.bytes.count,
                                             anchor.end + Self.reach))
            var vote = Vote(page: text.page(at: anchor.start))
            let methodStart = min(anchor.start, max(previousEnd, anchor.start - 600))
            var start = anchor.start
            for (sentence, method) in phrases.methods {
                if let at = lastOccurrence(Array(sentence.utf8), in: methodStart..<anchor.start) {
                    vote.method = method
                    start = min(start, at)
                }
            }
            var listsEnd = anchor.end
            var inFavourEnd = anchor.end
            // A heading read out of order (a column of a two-column page) may stand after the
            // announcement: the headings are looked for up to the next vote.
            let sidesRange = anchor.end..<limit
            var sides: [(Side, Heading)] = [(.inFavour, anchor)]
            for (side, words) in [(Side.against, phrases.against), (.abstaining, phrases.abstaining)] {
                if let heading = headings(words, in: sidesRange).first { sides.append((side, heading)) }
            }
            let starts = sides.map(\.1.start).sorted()
            for (side, heading) in sides {
                let next = starts.first { $0 > heading.start } ?? limit
                let (codes, end) = list(from: heading.end, to: next)
                listsEnd = max(listsEnd, end)
                switch side {
                case .inFavour: vote.inFavour = codes; inFavourEnd = end
                case .against: vote.against = codes
                case .abstaining: vote.abstaining = codes
                }
            }
            vote.position = text.position(at: start)
            vote.draft = draft(before: start, after: min(start, max(previousEnd, start - Self.lookBack)))
            vote.resolution = resolution(in: inFavourEnd..<max(inFavourEnd, limit))
            // A heading in prose (`我们赞成：…`) is no vote: a vote says it was taken, or
            // lists at least one country.
            guard vote.method != nil || !(vote.inFavour.isEmpty && vote.against.isEmpty && vote.abstaining.isEmpty) else {
                continue
            }
            result.append((anchor.start, vote))
            previousEnd = listsEnd
        }
        return result
    }

    // MARK: - Headings

    private struct Heading { var start: Int; var end: Int }

    /// Occurrences of `words` followed by a colon (`:`, `：`, after optional spaces), not inside
    /// a word; `end` is after the colon.
    private func headings(_ words: [String], in range: Range<Int>) -> [Heading] {
        var found: [Heading] = []
        let b = text.bytes
        for word in words {
            let pattern = Array(word.utf8)
            var from = range.lowerBound
            while let at = text.find(pattern, in: from..<range.upperBound) {
                from = at + 1
                if at > 0, isWordByte(b[at - 1]) { continue }
                var k = at + pattern.count
                while k < range.upperBound, b[k] == 0x20 || b[k] == 0x0A { k += 1 }
                // NBSP (C2 A0) and narrow NBSP (E2 80 AF) before a French colon.
                if k + 1 < b.count, b[k] == 0xC2, b[k + 1] == 0xA0 { k += 2 }
                if k + 2 < b.count, b[k] == 0xE2, b[k + 1] == 0x80, b[k + 2] == 0xAF { k += 3 }
                if k < b.count, b[k] == 0x3A {
                    found.append(Heading(start: at, end: k + 1))
                } else if k + 2 < b.count, b[k] == 0xEF, b[k + 1] == 0xBC, b[k + 2] == 0x9A {
                    found.append(Heading(start: at, end: k + 3))
                }
            }
        }
        // A word listed twice (the pdf.js form of an Arabic word without lam-alef) counts once.
        var unique: [Heading] = []
        for heading in found.sorted(by: { $0.start < $1.start }) where unique.last?.start != heading.start {
            unique.append(heading)
        }
        return unique
    }

    private func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
    }

    private func lastOccurrence(_ pattern: [UInt8], in range: Range<Int>) -> Int? {
        var from = range.lowerBound
        var last: Int? = nil
        while from < range.upperBound, let at = text.find(pattern, in: from..<range.upperBound) {
            last = at
            from = at + 1
        }
        return last
    }

    // MARK: - Lists

    /// The country codes of the list from `start` up to `end` at the most, and where the list
    /// stops: at its last country, or after the word for an empty list.
    private func list(from start: Int, to end: Int) -> ([String], Int) {
        let window = text.text(start..<min(end, start + 3000))
        var scalars = Substring(window)
        scalars = scalars.drop { $0.isWhitespace }
        var consumed = window.utf8.count - scalars.utf8.count
        for word in phrases.none where scalars.hasPrefix(word) {
            let after = scalars.dropFirst(word.count)
            if after.first.map({ !$0.isLetter }) ?? true {
                return ([], start + consumed + word.utf8.count)
            }
        }
        var codes: [String] = []
        while !scalars.isEmpty {
            let item = scalars.prefix { !isSeparator($0) }
            if let code = CountryTable.code(for: String(item)) {
                codes.append(code)
                consumed += item.utf8.count
            } else if let (code, length) = longestCountry(at: item) {
                codes.append(code)
                consumed += length
                break
            } else {
                break
            }
            scalars = scalars.dropFirst(item.count)
            guard let separator = scalars.first, isSeparator(separator) else { break }
            let rest = scalars.dropFirst().drop { $0.isWhitespace }
            consumed += scalars.utf8.count - rest.utf8.count
            scalars = rest
        }
        return (codes, start + consumed)
    }

    private func isSeparator(_ c: Character) -> Bool {
        c == "," || phrases.separators.contains(String(c))
    }

    /// The longest start of `item` that names a country and ends where a word may end (the last
    /// name of a list runs on into the next line of the record), with its length in bytes.
    private func longestCountry(at item: Substring) -> (String, Int)? {
        let scalars = Array(item.prefix(80).unicodeScalars)
        var k = scalars.count - 1
        while k > 0 {
            let next = scalars[k]
            if !next.properties.isLowercase {
                var view = String.UnicodeScalarView()
                view.append(contentsOf: scalars[..<k])
                let candidate = String(view)
                if let code = CountryTable.code(for: candidate) {
                    let trimmed = candidate.reversed().drop { $0.isWhitespace }
                    return (code, String(trimmed.reversed()).utf8.count)
                }
            }
            k -= 1
        }
        return nil
    }

    // MARK: - Draft and resolution

    /// The sentences of `range`, as byte ranges, split after `.`, `。`, `?`, `!` followed by a
    /// space or line break (or `。` alone).
    private func sentences(in range: Range<Int>) -> [Range<Int>] {
        let b = text.bytes
        var result: [Range<Int>] = []
        var start = range.lowerBound
        var k = range.lowerBound
        while k < range.upperBound {
            var end: Int? = nil
            if (b[k] == 0x2E || b[k] == 0x3F || b[k] == 0x21), k + 1 >= range.upperBound || b[k + 1] == 0x20 || b[k + 1] == 0x0A {
                end = k + 1
            } else if k + 2 < b.count, b[k] == 0xE3, b[k + 1] == 0x80, b[k + 2] == 0x82 {
                end = k + 3
            }
            if let e = end {
                result.append(start..<e)
                start = e
                k = e
            } else {
                k += 1
            }
        }
        if start < range.upperBound { result.append(start..<range.upperBound) }
        return result
    }

    private func contains(_ words: [String], _ range: Range<Int>) -> Bool {
        words.contains { text.find(Array($0.utf8), in: range) != nil }
    }

    /// The draft's symbol: in the call to vote before `start` when it names one; when the call
    /// names the draft without its symbol, the last earlier sentence that gives the draft's
    /// symbol; `nil` when the call is to vote on something else (an amendment).
    private func draft(before start: Int, after lower: Int) -> String? {
        let all = sentences(in: lower..<start).reversed()
        guard let call = all.first(where: { contains(phrases.call, $0) }) else {
            return all.lazy.filter { contains(self.phrases.draft, $0) }.compactMap { symbol(in: $0) }.first
        }
        if let symbol = symbol(in: call) { return symbol }
        guard contains(phrases.draft, call) else { return nil }
        return all.lazy.filter { $0.lowerBound < call.lowerBound && contains(self.phrases.draft, $0) }
            .compactMap { symbol(in: $0) }.first
    }

    /// The last document symbol of the Security Council (`S/2020/24`) in `range`.
    private func symbol(in range: Range<Int>) -> String? {
        let b = text.bytes
        var found: String? = nil
        var from = range.lowerBound
        while let at = text.find([0x53, 0x2F], in: from..<range.upperBound) {
            from = at + 1
            if at > 0, isWordByte(b[at - 1]) { continue }
            var k = at + 2
            let yearStart = k
            while k < range.upperBound, b[k] >= 0x30, b[k] <= 0x39 { k += 1 }
            guard k - yearStart == 4, k < range.upperBound, b[k] == 0x2F else { continue }
            k += 1
            let numberStart = k
            while k < range.upperBound, b[k] >= 0x30, b[k] <= 0x39 { k += 1 }
            guard k > numberStart else { continue }
            found = text.text(at..<k)
        }
        return found
    }

    /// The resolution announced in the first sentence after the lists that says the draft was
    /// adopted or not (`… adopted … as resolution 2505 (2020).`), as `S/RES/2505 (2020)`.
    private func resolution(in range: Range<Int>) -> String? {
        for sentence in sentences(in: range) {
            if contains(phrases.notAdopted, sentence) { return nil }
            guard contains(phrases.adopted, sentence) else { continue }
            if let number = resolutionNumber(in: sentence) { return number }
        }
        return nil
    }

    /// `N (YYYY)` with ASCII or full-width brackets and optional spaces, or pdf.js's Arabic
    /// visual order `)YYYY( N`, as `S/RES/N (YYYY)`.
    private func resolutionNumber(in range: Range<Int>) -> String? {
        let scalars = Array(text.text(range).unicodeScalars)
        func digits(_ from: Int) -> (String, Int) {
            var k = from
            var s = ""
            while k < scalars.count, scalars[k].value >= 0x30, scalars[k].value <= 0x39 {
                s.unicodeScalars.append(scalars[k]); k += 1
            }
            return (s, k)
        }
        func spaces(_ from: Int) -> Int {
            var k = from
            while k < scalars.count, scalars[k] == " " || scalars[k] == "\n" || scalars[k] == "\u{A0}" { k += 1 }
            return k
        }
        let open: Set<Unicode.Scalar> = ["(", "（"], close: Set<Unicode.Scalar> = [")", "）"]
        var k = 0
        while k < scalars.count {
            let isStart = scalars[k].properties.numericType != nil && scalars[k].value < 0x80
                && (k == 0 || !(scalars[k - 1].value >= 0x30 && scalars[k - 1].value <= 0x39))
            if isStart {
                let (number, after) = digits(k)
                var j = spaces(after)
                if j < scalars.count, open.contains(scalars[j]) {
                    let (year, afterYear) = digits(j + 1)
                    j = afterYear
                    if year.count == 4, j < scalars.count, close.contains(scalars[j]), number.count <= 5 {
                        return "S/RES/\(number) (\(year))"
                    }
                }
                k = after
                continue
            }
            if close.contains(scalars[k]) {
                // pdf.js's Arabic: `)2025( 2774`.
                let (year, afterYear) = digits(k + 1)
                if year.count == 4, afterYear < scalars.count, open.contains(scalars[afterYear]) {
                    let (number, _) = digits(spaces(afterYear + 1))
                    if !number.isEmpty, number.count <= 5 { return "S/RES/\(number) (\(year))" }
                }
            }
            k += 1
        }
        return nil
    }
}
