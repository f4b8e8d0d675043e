#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The cover page of a record (its first page): symbol, body, meeting number, date, status,
/// presiding officers, members, agenda and job number, in any of the languages of
/// `CoverWords`. Dot leaders are layout, not content.
///
/// The cover is found by its anchor, the line holding the record symbol with the
/// Organization's name beside it or near it (`联合国 S/PV.8160`, `United Nations` then
/// `S/PV.8701`); it runs from the top of that page (a corrections notice may come first) to
/// the meeting's opening or the next page, whichever comes first.
struct CoverPage {
    /// Facts read from the cover.
    var meeting: Meeting
    /// The cover's lines as text, dot leaders replaced by a space.
    var lines: [String] = []
    /// The words of the cover's language.
    let words: CoverWords

    // MARK: - Finding the cover

    /// True when `lines[index]` is a cover's anchor: it holds a record symbol, and nothing
    /// else but the Organization's name, which stands on that line or on a line nearby (or
    /// the body's name does).
    static func isAnchor(_ bytes: UnsafeBufferPointer<UInt8>, lines: [SourceLine], at index: Int) -> Bool {
        let line = lines[index]
        guard line.mayCite, line.end - line.start <= 300, containsPV(bytes, Int(line.start), Int(line.end)),
              let found = RecordSymbol.find(in: UTF8Scalars.string(bytes, Int(line.start), Int(line.end))) else { return false }
        if !found.rest.isEmpty {
            let names = unitedNationsKeys
            let before = CoverWords.key(found.before)
            let after = CoverWords.key(found.after)
            // The name beside the symbol, possibly glued to it or to a notice before it.
            if after.isEmpty { return names.contains { before.hasSuffix($0) } }
            return before.isEmpty && names.contains { after == $0 }
        }
        let lower = max(0, index - 8)
        let upper = min(lines.count - 1, index + 8)
        for k in lower...upper where k != index && lines[k].end - lines[k].start <= 120 {
            let text = CoverWords.key(UTF8Scalars.string(bytes, Int(lines[k].start), Int(lines[k].end)))
            if nameKeys.contains(text) { return true }
        }
        return false
    }

    /// The Organization's name in each language, as compared (`CoverWords.key`), made once.
    private static let unitedNationsKeys = CoverWords.all.flatMap(\.unitedNations).map(CoverWords.key)
    /// The Organization's and its bodies' names in each language, as compared.
    private static let nameKeys = Set(CoverWords.all.flatMap { $0.unitedNations + $0.bodies }.map(CoverWords.key))

    /// The lines that are cover anchors, in order.
    static func anchors(_ bytes: UnsafeBufferPointer<UInt8>, lines: [SourceLine]) -> [Int] {
        anchors(bytes, lines: lines, places: symbolPlaces(bytes, from: 0, to: bytes.count))
    }

    /// The cover anchors among the lines that hold one of `places` (ascending offsets where
    /// `/PV.` is written, from `symbolPlaces`): an anchor holds a record symbol, so only those
    /// lines are judged, not every line of the text.
    static func anchors(_ bytes: UnsafeBufferPointer<UInt8>, lines: [SourceLine], places: [Int]) -> [Int] {
        var found: [Int] = []
        var last = -1
        for place in places {
            // The last line that starts at or before the place; it must hold all four bytes.
            guard let k = lines.lastIndex(startingAtOrBefore: place, start: { Int($0.start) }),
                  k > last, place + 4 <= Int(lines[k].end) else { continue }
            last = k
            if lines[k].mayCite && isAnchor(bytes, lines: lines, at: k) { found.append(k) }
        }
        return found
    }

    /// The offsets in `from..<to` where `/PV.` starts (it may end past `to`), in order.
    static func symbolPlaces(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> [Int] {
        var places: [Int] = []
        let end = min(bytes.count, to + 3)
        guard from < end else { return places }
        let window = UnsafeBufferPointer(rebasing: bytes[from..<end])
        var at = 0
        while let hit = recordSymbolMark.firstHit(in: window, from: at) {
            places.append(from + hit.at)
            at = hit.at + 1
        }
        return places
    }

    private static let recordSymbolMark = ByteNeedles([Array("/PV.".utf8)])

    /// Where the cover of the anchor at `anchor` starts: for the file's first cover, at the top
    /// of the file when everything before the anchor is on its page (a corrections notice, a
    /// job number); otherwise at the job-number and barcode lines just above it.
    static func start(_ bytes: UnsafeBufferPointer<UInt8>, lines: [SourceLine], pages: LinePages, anchor: Int, isFirst: Bool) -> Int {
        if isFirst, anchor <= 40, pages.page(anchor) == pages.page(0),
           !(0..<anchor).contains(where: { LineKind.procedural(bytes, Int(lines[$0].start), Int(lines[$0].end)) != nil }) {
            return 0
        }
        var k = anchor
        let page = pages.page(anchor)
        while k > 0, pages.page(k - 1) == page {
            let text = UTF8Scalars.string(bytes, Int(lines[k - 1].start), Int(lines[k - 1].end))
            let compact = text.filter { $0 != " " }
            guard isJobNumberLine(compact) || isBarcodeLine(compact) else { break }
            k -= 1
        }
        return k
    }

    /// True when `bytes[s..<e]` holds `/PV.` (found from its slashes).
    private static func containsPV(_ bytes: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        var i = s
        while i + 4 <= e, let p = memchr(base + i, 0x2F, e - 3 - i) {
            let k = base.distance(to: p.assumingMemoryBound(to: UInt8.self))
            if bytes[k + 1] == 0x50, bytes[k + 2] == 0x56, bytes[k + 3] == 0x2E { return true }
            i = k + 1
        }
        return false
    }

    /// The language whose cover words the lines use most (Chinese on a tie).
    static func language(of texts: [String]) -> CoverWords {
        var best = CoverWords.chinese
        var bestScore = 0
        let folded = texts.prefix(80).map { CoverWords.key(removingLeaders($0)) }
        for words in CoverWords.all {
            let exact = Set((words.unitedNations + words.bodies + words.agendaHeadings + words.provisional).map(CoverWords.key))
            let headings = (words.presidentHeadings + words.memberHeadings).map(CoverWords.key)
            let names = words.unitedNations.map(CoverWords.key)
            var score = 0
            for line in folded {
                if exact.contains(line) || headings.contains(where: { line.hasPrefix($0) })
                    || names.contains(where: { line.contains($0) }) {
                    score += 1
                }
            }
            if score > bestScore {
                best = words
                bestScore = score
            }
        }
        return best
    }

    // MARK: - Reading the cover

    /// Keeps only the cover's text (dot leaders removed), for a later meeting's cover in a file
    /// holding several.
    init(layoutOnly texts: [String]) {
        words = Self.language(of: texts)
        meeting = Meeting(language: words.language)
        lines = texts.map(Self.removingLeaders)
    }

    private enum Section { case front, president, members, agenda }

    /// Reads the cover from its lines.
    init(texts: [String]) {
        let words = Self.language(of: texts)
        self.words = words
        meeting = Meeting(language: words.language)
        let fold = CoverWords.key
        let bodies = words.bodies.map { (fold($0), $0) }
        let provisional = Set(words.provisional.map(fold))
        let agenda = Set(words.agendaHeadings.map(fold))
        var section = Section.front
        var presidentText: String?
        var members = MemberList(words: words)
        // A meeting number whose ordinal mark and word went to the next line (`8702` / `nd meeting`).
        var heldNumber: String?
        func finishPresident() {
            if let text = presidentText { meeting.presidents += Self.presidents(text) }
            presidentText = nil
        }
        lines = texts.map(Self.removingLeaders)
        // A line laid out in cells (`pdftotext -layout`) is read cell by cell.
        for raw in texts.flatMap(Self.cells) {
            let text = Self.removingLeaders(raw)
            let folded = fold(text)
            let compact = text.filter { $0 != " " }
            if meeting.symbol == nil, let found = RecordSymbol.find(in: text) {
                meeting.symbol = found.symbol
                meeting.symbolSource = .cover
                meeting.part = found.part
                continue
            }
            if Self.isJobNumberLine(compact) {
                if meeting.jobNumber == nil { meeting.jobNumber = text }
                continue
            }
            if Self.isBarcodeLine(compact) { continue }
            if meeting.body == nil, let body = bodies.first(where: { $0.0 == folded }) {
                meeting.body = body.1
                continue
            }
            if provisional.contains(folded) {
                meeting.status = .provisional
                continue
            }
            if meeting.meetingNumber == nil {
                if let held = heldNumber, let n = Self.meetingNumber(held + text, words: words) {
                    meeting.meetingNumber = n
                    heldNumber = nil
                    continue
                }
                heldNumber = nil
                if let n = Self.meetingNumber(text, words: words) {
                    meeting.meetingNumber = n
                    continue
                }
                if !compact.isEmpty, compact.count <= 6, compact.allSatisfy({ $0.isASCII && $0.isNumber }) {
                    heldNumber = compact
                    continue
                }
            }
            if meeting.date == nil, let date = CoverDate.read(text, words: words) {
                meeting.date = date.written
                meeting.isoDate = date.iso
                continue
            }
            if let rest = Self.heading(raw, words.presidentHeadings) {
                finishPresident()
                section = .president
                presidentText = Self.removingLeaders(rest)
                continue
            }
            if let rest = Self.heading(raw, words.memberHeadings) {
                finishPresident()
                section = .members
                _ = members.add(rest)
                continue
            }
            if agenda.contains(folded) {
                finishPresident()
                section = .agenda
                continue
            }
            switch section {
            case .president:
                if let current = presidentText, current.isEmpty || (text.first == "(" || text.first == "（")
                    && current.last != ")" && current.last != "）" {
                    presidentText = current.isEmpty ? text : current + " " + text
                    continue
                }
                finishPresident()
                section = .front
            case .members:
                if members.add(raw) { continue }
                section = .front
            case .front, .agenda:
                break
            }
        }
        finishPresident()
        meeting.members = members.members
        if meeting.symbol != nil, meeting.status == .unknown { meeting.status = .final }
    }

    /// The parts of a line separated by runs of three spaces or more, the gaps of a layout.
    static func cells(_ line: String) -> [String] {
        guard line.contains("   ") else { return [line] }
        var cells: [String] = []
        var current = ""
        var spaces = 0
        for ch in line {
            if ch == " " {
                spaces += 1
                continue
            }
            if spaces >= 3 {
                if !current.isEmpty { cells.append(current) }
                current = ""
            } else if spaces > 0 {
                current += String(repeating: " ", count: spaces)
            }
            spaces = 0
            current.append(ch)
        }
        if !current.isEmpty { cells.append(current) }
        return cells.isEmpty ? [line] : cells
    }

    /// The text after a heading at the start of `raw` (`主席：`, `Présidents :`, `الرئيس. . .`),
    /// or `nil` when the line does not open with one of `headings`. A heading is followed by a
    /// colon, dot leaders or the end of the line.
    static func heading(_ raw: String, _ headings: [String]) -> String? {
        let text = raw.trimmingBlanks()
        let folded = CoverWords.key(text)
        for heading in headings.map(CoverWords.key).sorted(by: { $0.count > $1.count }) where folded.hasPrefix(heading) {
            // The key keeps one character for each except spaces and the Arabic tatweel.
            var rest = Substring(text)
            var matched = 0
            while matched < heading.count, let first = rest.first {
                if first != "\u{640}", !CoverWords.isSpace(first) { matched += 1 }
                rest = rest.dropFirst()
            }
            let after = rest.drop(while: { $0 == " " || $0 == "\u{A0}" || $0 == "\u{202F}" })
            if after.isEmpty { return "" }
            if after.first == ":" || after.first == "：" { return String(after.dropFirst()) }
            if after.first == "." || after.first == "…" || after.first == "·" || after.first == "．" { return String(after) }
        }
        return nil
    }

    /// A cover's text as the model keeps it: each line with its dot leaders removed.
    static func coverText(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { removingLeaders(String($0)) }.joined(separator: "\n")
    }

    private static func isLeader(_ ch: Character) -> Bool {
        ch == "." || ch == "…" || ch == "·" || ch == "．" || ch == "⋯"
    }

    /// The text before and after its first run of dot leaders (`.....`, `. . . .`, `……`),
    /// trimmed; `nil` when it has none.
    static func splitAtLeaders(_ text: String) -> (before: String, after: String)? {
        let chars = Array(text)
        var i = 0
        while i < chars.count {
            guard isLeader(chars[i]) else { i += 1; continue }
            var j = i
            var weight = 0
            var spaced = false
            while j < chars.count {
                if isLeader(chars[j]) {
                    weight += chars[j] == "…" || chars[j] == "⋯" ? 3 : 1
                    j += 1
                } else if chars[j] == " ", j + 1 < chars.count, isLeader(chars[j + 1]) {
                    spaced = true
                    j += 1
                } else {
                    break
                }
            }
            // Three dots make a leader; so do two set apart (`Ireland . .`), which no
            // sentence writes.
            if weight >= 3 || (weight == 2 && spaced) {
                return (String(chars[..<i]).trimmingBlanks(),
                        String(chars[j...]).trimmingBlanks())
            }
            i = j
        }
        return nil
    }

    /// Replaces dot leaders (`……`, `.....`, `. . . .`, `·····`) by one space and trims.
    static func removingLeaders(_ text: String) -> String {
        // Leaders are made of `.` or of `…`, `·`, `．`, `⋯` (UTF-8 lead bytes E2, C2, EF).
        if !text.utf8.contains(where: { $0 == 0x2E || $0 == 0xE2 || $0 == 0xC2 || $0 == 0xEF }) {
            return text.trimmingBlanks()
        }
        var rest = text
        var out = ""
        while let split = splitAtLeaders(rest) {
            out += split.before + " "
            rest = split.after
        }
        out += rest
        return out.trimmingBlanks()
    }

    /// The presiding officers of a `主席：` line's text: names separated by `/`, each with its
    /// country in parentheses, or sharing the country that ends the line
    /// (`Mr. Landau/Mr. Waltz (United States of America)`). An extraction in visual order may
    /// turn the parentheses around (`)…(`).
    static func presidents(_ text: String) -> [PresidingOfficer] {
        let (names, shared) = trailingBracket(text.trimmingBlanks())
        var officers: [PresidingOfficer] = []
        for part in splitOutsideBrackets(names, at: "/") {
            let (name, own) = trailingBracket(part.trimmingBlanks())
            let trimmed = name.trimmingBlanks()
            guard !trimmed.isEmpty else { continue }
            officers.append(PresidingOfficer(name: tidy(trimmed), country: (own ?? shared).map(tidy)))
        }
        return officers
    }

    /// The text without the spaces a PDF extraction put between two ideographs (`张 伟先 生`),
    /// which Chinese never writes.
    static func tidy(_ text: String) -> String {
        guard text.contains(" ") else { return text }
        let chars = Array(text)
        func ideograph(_ ch: Character) -> Bool {
            ch.unicodeScalars.count == 1 && UTF8Scalars.isIdeograph(ch.unicodeScalars.first!.value)
        }
        var out = ""
        for (k, ch) in chars.enumerated() {
            if ch == " ", k > 0, k + 1 < chars.count, ideograph(chars[k - 1]) {
                var next = k + 1
                while next < chars.count, chars[next] == " " { next += 1 }
                if next < chars.count, ideograph(chars[next]) { continue }
            }
            if ch == " ", out.last == " " { continue }
            out.append(ch)
        }
        return out
    }

    /// Splits off a bracketed group that ends `text`: `A (B)` → (`A`, `B`); also `A)B(`.
    private static func trailingBracket(_ text: String) -> (String, String?) {
        let chars = Array(text)
        guard let last = chars.last else { return (text, nil) }
        if last == ")" || last == "）" {
            var depth = 0
            var k = chars.count - 1
            while k >= 0 {
                if chars[k] == ")" || chars[k] == "）" { depth += 1 }
                if chars[k] == "(" || chars[k] == "（" {
                    depth -= 1
                    if depth == 0 { break }
                }
                k -= 1
            }
            guard k >= 0 else { return (text, nil) }
            let inside = String(chars[(k + 1)..<(chars.count - 1)]).trimmingBlanks()
            return (String(chars[..<k]), inside.isEmpty ? nil : inside)
        }
        if last == "(", let open = chars.dropLast().lastIndex(of: ")") {
            let inside = String(chars[(open + 1)..<(chars.count - 1)]).trimmingBlanks()
            return (String(chars[..<open]), inside.isEmpty ? nil : inside)
        }
        return (text, nil)
    }

    private static func splitOutsideBrackets(_ text: String, at separator: Character) -> [String] {
        var parts: [String] = []
        var current = ""
        var depth = 0
        for ch in text {
            if ch == "(" || ch == "（" { depth += 1 }
            if ch == ")" || ch == "）" { depth = max(0, depth - 1) }
            if ch == separator, depth == 0 {
                parts.append(current)
                current = ""
            } else {
                current.append(ch)
            }
        }
        parts.append(current)
        return parts
    }

    /// The meeting number of a line such as `第8160次会议`, `第一〇〇五〇次会议`,
    /// `10124th meeting`, `10124e séance`, `10124-е заседание`, `10124 الجلسة`.
    static func meetingNumber(_ text: String, words: CoverWords) -> Int? {
        let compact = CoverWords.fold(text).filter { $0 != " " && $0 != "\u{A0}" }
        guard compact.count <= 40 else { return nil }
        for word in words.meetingWords.map({ CoverWords.fold($0).filter { $0 != " " } }).sorted(by: { $0.count > $1.count }) {
            guard let range = compact.firstRange(of: word) else { continue }
            var rest = compact
            rest.removeSubrange(range)
            for mark in words.ordinalMarks.map(CoverWords.fold).sorted(by: { $0.count > $1.count }) {
                if rest.hasPrefix(mark), rest.count > mark.count { rest.removeFirst(mark.count) }
                if rest.hasSuffix(mark), rest.count > mark.count { rest.removeLast(mark.count) }
            }
            if let n = number(rest, numerals: words.numerals) { return n }
        }
        return nil
    }

    /// `10124`, or a number in the language's numerals: digit by digit (`一〇〇五〇`) or with
    /// multipliers (`七十二`).
    static func number(_ text: String, numerals: [Character: Int]) -> Int? {
        guard !text.isEmpty else { return nil }
        if text.allSatisfy({ $0.isASCII && $0.isNumber }) { return text.count <= 9 ? Int(text) : nil }
        guard text.count <= 12, text.allSatisfy({ numerals[$0] != nil }) else { return nil }
        let values = text.map { numerals[$0]! }
        if values.allSatisfy({ $0 < 10 }) { return values.reduce(0) { $0 * 10 + $1 } }
        var total = 0
        var section = 0
        var digit = 0
        for v in values {
            if v < 10 {
                digit = v
            } else if v == 10_000 {
                total += (section + digit) * v
                section = 0
                digit = 0
            } else {
                section += (digit == 0 ? 1 : digit) * v
                digit = 0
            }
        }
        return total + section + digit
    }

    /// `18-01234` or `18-01234 (C)`: the document's job number.
    static func isJobNumberLine(_ compact: String) -> Bool {
        let s = Array(compact.unicodeScalars)
        guard s.count >= 8, s[2] == "-" else { return false }
        for k in [0, 1, 3, 4, 5, 6, 7] where !(s[k].value >= 0x30 && s[k].value <= 0x39) { return false }
        return s.count == 8 || (s.count == 11 && s[8] == "(" && s[10] == ")")
    }

    /// `*1801234*`, the job number's barcode, possibly with text glued after it.
    static func isBarcodeLine(_ compact: String) -> Bool {
        let s = Array(compact.unicodeScalars.prefix(9))
        guard s.count == 9, s[0] == "*", s[8] == "*" else { return false }
        return s[1..<8].allSatisfy { $0.value >= 0x30 && $0.value <= 0x39 }
    }
}
