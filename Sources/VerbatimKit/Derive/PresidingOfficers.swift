import CICU

/// Who is in the chair at each of the presiding officer's statements, so that a role-only label
/// (`主席`, `The President`) can be named as a person.
///
/// A pure pass over a parsed record, following the record's own grammar:
/// - the chair opens with the first president on the cover page;
/// - without a cover, with the person the presiding officer says they speak as ("我现在以哈萨克斯坦
///   总统的身份发言", "in my capacity as President of Kazakhstan"), named where the record
///   writes that office with a name (`哈萨克斯坦共和国总统努尔苏丹•纳扎尔巴耶夫`, `纳扎尔巴耶夫总统`);
/// - it passes to another person where the presiding officer hands it over in their own words
///   ("我的工作将由哈萨克斯坦外交部长凯拉特•阿卜杜拉赫曼诺夫先生接替", "will be taken over by
///   Mr. Kairat Abdrakhmanov") or a note says so ("Mr. X (Country) took the Chair.").
///
/// Each President's statement gets the person in the chair when it starts; a hand-over in a
/// statement applies from the next one.
public enum PresidingOfficers {
    /// Sets `speaker.person` on every statement of the presiding officer the record lets name.
    public static func identify(in record: inout Record) {
        seat(chairs(in: record), in: &record)
    }

    /// Sets `speaker.person` on the presiding officer's statements from `persons`, as `chairs`
    /// gives them.
    static func seat(_ persons: [PresidingOfficer?], in record: inout Record) {
        for k in persons.indices where record.statements[k].speaker.role == .president {
            record.statements[k].speaker.person = persons[k]
        }
    }

    /// The person in the chair at each of the presiding officer's statements (`nil` for the
    /// other statements), read from `record` without changing it; `runs` are its paragraphs'
    /// runs when they are already made.
    public static func chairs(in record: Record) -> [PresidingOfficer?] {
        chairs(in: record, runs: nil)
    }

    static func chairs(in record: Record, runs: ParagraphRuns?) -> [PresidingOfficer?] {
        let countries = WrittenCountries(record)
        let (first, handOvers) = searched(record, runs: runs)
        var chair = first
        var persons = [PresidingOfficer?](repeating: nil, count: record.statements.count)
        // Each text is read once: a file of many meetings repeats its notes and hand-overs.
        var seated: [String: PresidingOfficer?] = [:]
        var handed: [String: PresidingOfficer?] = [:]
        func seats(_ note: String) -> PresidingOfficer? {
            if let known = seated[note] { return known }
            let person = tookTheChair(note, countries: countries)
            seated[note] = .some(person)
            return person
        }
        func hands(_ text: String) -> PresidingOfficer? {
            if let known = handed[text] { return known }
            let person = handOver(text, countries: countries)
            handed[text] = .some(person)
            return person
        }
        for i in record.statements.indices {
            // A note before the first paragraph that seats someone applies to this statement.
            for note in record.statements[i].notes where note.beforeParagraph == 0 {
                if let person = seats(note.text) { chair = person }
            }
            if record.statements[i].speaker.role == .president {
                persons[i] = chair
                for k in record.statements[i].paragraphs.indices where handOvers.contains(i << 32 | k) {
                    if let next = hands(record.statements[i].paragraphs[k].text) { chair = next }
                }
            }
            for note in record.statements[i].notes where note.beforeParagraph > 0 {
                if let person = seats(note.text) { chair = person }
            }
        }
        return persons
    }

    /// The chair at the start, and the presiding officer's paragraphs that hold a hand-over's
    /// closing words (statement index << 32 | paragraph index): only they are made `String`s.
    private static func searched(_ record: Record, runs: ParagraphRuns?) -> (chair: PresidingOfficer?, handOvers: Set<Int>) {
        let presidents = runs?.restricted { record.statements[$0].speaker.role == .president }
            ?? ParagraphRuns(record) { $0.speaker.role == .president }
        var handOvers = Set<Int>()
        for found in presidents.paragraphs(holdingAny: handOverEnds) {
            handOvers.insert(Int(found.statement) << 32 | Int(found.paragraph))
        }
        return (record.meeting.presidents.first ?? firstOfficer(record, presidents: presidents, all: runs), handOvers)
    }

    // MARK: - Hand-overs

    /// The successor a presiding officer names when handing over the chair, or `nil`.
    static func handOver(_ text: String, countries: WrittenCountries) -> PresidingOfficer? {
        for (open, close) in chineseHandOvers {
            if let inner = between(text, open, close), let officer = chineseOfficer(inner, countries: countries) { return officer }
        }
        for phrase in latinHandOvers {
            if let range = ranges(of: phrase, in: text).first, let officer = latinOfficer(String(text[range.upperBound...])) {
                return officer
            }
        }
        return nil
    }

    /// The words around a Chinese hand-over: 我的工作将由<office><name><honorific>接替 / 由…代行主席职务.
    static let chineseHandOvers = [("由", "接替"), ("由", "代行主席"), ("请", "主持会议"), ("由", "主持会议")]
    /// The words before an English hand-over's successor: taken over by Mr. Kairat Abdrakhmanov, …
    static let latinHandOvers = ["taken over by ", "hand over the Chair to ", "give the Chair to ", "handing over the Chair to "]
    /// The UTF-8 of words without which no text is a hand-over: each Chinese form's closing
    /// words, and the words every English form ends with (`over by `, `the Chair to `).
    static let handOverEnds: [[UInt8]] = Array(Set(chineseHandOvers.map(\.1))).sorted().map { Array($0.utf8) }
        + [Array("over by ".utf8), Array("the Chair to ".utf8)]

    /// Whether `bytes` hold one of `needles`.
    static func holdsAny(_ needles: [[UInt8]], _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        return needles.contains { needle in
            needle.withUnsafeBufferPointer { vb_find_bytes(base, Int64(bytes.count), $0.baseAddress!, Int64($0.count)) >= 0 }
        }
    }

    /// The person a note seats: `Mr. X (Country), Vice-President, took the Chair.`,
    /// `X先生（国家）主持会议。`
    static func tookTheChair(_ note: String, countries: WrittenCountries) -> PresidingOfficer? {
        let text = note.trimmingScalars(where: { "()（） \n".unicodeScalars.contains($0) })
        if let cut = ranges(of: "took the Chair", in: text).first ?? ranges(of: "assumed the Chair", in: text).first {
            return latinOfficer(String(text[..<cut.lowerBound]))
        }
        if let cut = ranges(of: "主持会议", in: text).first {
            return chineseOfficer(String(text[..<cut.lowerBound]), countries: countries)
        }
        return nil
    }

    // MARK: - Without a cover

    /// The person the presiding officer speaks as ("以哈萨克斯坦总统的身份发言"), named where the
    /// record names that office.
    /// `presidents` are the runs of the presiding officer's paragraphs, `all` of all of them
    /// (made when needed if `nil`).
    static func firstOfficer(_ record: Record, presidents: ParagraphRuns, all: ParagraphRuns?) -> PresidingOfficer? {
        var all = all
        for found in presidents.paragraphs(holdingAny: [Array("的身份发言".utf8)]) {
            let statement = record.statements[Int(found.statement)]
            guard let office = between(statement.paragraphs[Int(found.paragraph)].text, "以", "的身份发言") else { continue }
            if all == nil { all = ParagraphRuns(record) }
            if let officer = namedOffice(office, runs: all!) { return officer }
        }
        return nil
    }

    /// The person holding `office` (`哈萨克斯坦总统`): a name written after that office with a
    /// middle dot (`…总统努尔苏丹•纳扎尔巴耶夫`) whose surname the record also writes before the
    /// title (`纳扎尔巴耶夫总统`). Read on the paragraphs' bytes: no `String` per paragraph.
    static func namedOffice(_ office: String, runs: ParagraphRuns) -> PresidingOfficer? {
        let (country, rest) = splitCountry(office)
        guard let country, let title = officeWords.first(where: { rest.hasSuffix($0) }) else { return nil }
        let titleBytes = Array(title.utf8)
        let countryBytes = [Array(country.utf8)]
        // In one pass over the places the title is written: every run of ideographs right
        // before it (at most 12), each distinct run once (a surname is written before the
        // title when it ends such a run); and, in order, the distinct runs of ideographs after
        // a name dot within 24 characters of it, where the country is written shortly before
        // it (`哈萨克斯坦共和国总统努尔苏丹•纳扎尔巴耶夫`). A huge record repeats its names: 16
        // candidates are enough.
        var beforeTitle: Set<[UInt8]> = []
        var candidates: [[UInt8]] = []
        var tried: Set<[UInt8]> = []
        runs.forEachHit(of: titleBytes) { _, text, at in
            let start = ideographRunStart(text, before: at, limit: 12)
            if UTF8Scalars.scalarCount(text, from: start, to: at) >= 2 { beforeTitle.insert(Array(text[start..<at])) }
            guard candidates.count < 16,
                  holdsAny(countryBytes, UnsafeBufferPointer(rebasing: text[scalarStart(text, back: 12, from: at)..<at]))
            else { return true }
            let end = at + titleBytes.count
            let afterEnd = scalarEnd(text, forward: 24, from: end)
            guard let dot = firstNameDot(UnsafeBufferPointer(rebasing: text[end..<afterEnd])) else { return true }
            let run = Array(text[(end + dot)..<ideographRunEnd(text, from: end + dot, to: afterEnd)])
            if tried.insert(run).inserted { candidates.append(run) }
            return true
        }
        // The first candidate whose start the record also writes before a title, its longest.
        for run in candidates {
            var ends = run.indices.filter { $0 > 0 && run[$0] & 0xC0 != 0x80 } + [run.count]
            while ends.count >= 2 {
                let surname = run[..<ends.removeLast()]
                let written = beforeTitle.contains { $0.count >= surname.count && $0.suffix(surname.count).elementsEqual(surname) }
                if written { return PresidingOfficer(name: String(decoding: surname, as: UTF8.self) + title, country: country) }
            }
        }
        return nil
    }

    /// Whether `v` is an ideograph (the Unicode property, as names are read; no scalar below
    /// U+3006 has it, and the unified ideographs' main block has it throughout).
    private static func isIdeographic(_ v: UInt32) -> Bool {
        if v < 0x3006 { return false }
        if v >= 0x4E00 && v <= 0x9FFF { return true }
        return Unicode.Scalar(v)?.properties.isIdeographic == true
    }

    /// Where the run of at most `limit` ideographs that ends at `end` starts.
    private static func ideographRunStart(_ text: UnsafeBufferPointer<UInt8>, before end: Int, limit: Int) -> Int {
        var start = end
        var length = 0
        while start > 0, length < limit {
            let previous = UTF8Scalars.previousStart(text, before: start, limit: 0)
            guard isIdeographic(UTF8Scalars.decode(text, at: previous).value) else { break }
            start = previous
            length += 1
        }
        return start
    }

    /// Where the run of ideographs that starts at `start` ends, at `limit` at the latest.
    private static func ideographRunEnd(_ text: UnsafeBufferPointer<UInt8>, from start: Int, to limit: Int) -> Int {
        var end = start
        while end < limit {
            let (value, length) = UTF8Scalars.decode(text, at: end)
            guard isIdeographic(value) else { break }
            end += length
        }
        return end
    }

    /// The offset `count` scalars before `end` (or 0).
    private static func scalarStart(_ text: UnsafeBufferPointer<UInt8>, back count: Int, from end: Int) -> Int {
        var start = end
        for _ in 0..<count where start > 0 { start = UTF8Scalars.previousStart(text, before: start, limit: 0) }
        return start
    }

    /// The offset `count` scalars after `start` (or the end).
    private static func scalarEnd(_ text: UnsafeBufferPointer<UInt8>, forward count: Int, from start: Int) -> Int {
        var end = start
        for _ in 0..<count where end < text.count { end += UTF8Scalars.decode(text, at: end).length }
        return end
    }

    /// The offset just after the first name dot in `text`, or `nil`.
    private static func firstNameDot(_ text: UnsafeBufferPointer<UInt8>) -> Int? {
        var k = 0
        while k < text.count {
            let (value, length) = UTF8Scalars.decode(text, at: k)
            if nameDotScalars.contains(value) { return k + length }
            k += length
        }
        return nil
    }

    // MARK: - Names

    /// Office words of the Chinese records, longest first.
    static let officeWords = ["外交部长", "外交大臣", "常驻代表", "副总理", "总理", "总统", "部长", "大臣", "大使", "主席", "代表"]
    /// Honorifics written after a Chinese name.
    static let honorifics = ["先生", "女士", "夫人", "阁下"]
    /// The dots between the parts of a transliterated name.
    static let nameDots: Set<Character> = ["•", "·", "・", "‧"]
    /// The same dots' scalar values, for reading bytes.
    static let nameDotScalars: [UInt32] = nameDots.flatMap { $0.unicodeScalars.map(\.value) }

    /// `哈萨克斯坦外交部长凯拉特•阿卜杜拉赫曼诺夫先生` → `阿卜杜拉赫曼诺夫先生` of `哈萨克斯坦`.
    static func chineseOfficer(_ text: String, countries: WrittenCountries) -> PresidingOfficer? {
        var rest = text.trimmingBlanks()
        guard !rest.isEmpty, rest.count <= 40 else { return nil }
        var country: String?
        // `X先生（国家）`: the country in brackets.
        if let open = rest.firstIndex(where: { $0 == "（" || $0 == "(" }), let close = rest.lastIndex(where: { $0 == "）" || $0 == ")" }), open < close {
            country = String(rest[rest.index(after: open)..<close])
            rest = String(rest[..<open])
        } else {
            let split = splitCountry(rest)
            country = split.country
            rest = split.rest
        }
        let honorific = honorifics.first { rest.hasSuffix($0) }
        if let honorific { rest.removeLast(honorific.count) }
        if let dot = rest.lastIndex(where: { nameDots.contains($0) }) {
            rest = String(rest[rest.index(after: dot)...])
        } else if let office = officeWords.compactMap({ word in rest.lastRange(of: word) }).max(by: { $0.upperBound < $1.upperBound }) {
            rest = String(rest[office.upperBound...])
        }
        guard rest.count >= 2, rest.allSatisfy({ $0.unicodeScalars.first?.properties.isIdeographic == true }) else { return nil }
        return PresidingOfficer(name: rest + (honorific ?? ""), country: country.map(countries.asWritten))
    }

    /// `Mr. Kairat Abdrakhmanov, Minister for Foreign Affairs of Kazakhstan` → `Mr. Abdrakhmanov`
    /// of `Kazakhstan`; `Mr. X (Country), Vice-President` → `Mr. X` of `Country`.
    static func latinOfficer(_ text: String) -> PresidingOfficer? {
        let titles = ["Mr.", "Ms.", "Mrs.", "Miss", "Dame", "Sir", "H.E.", "M.", "Mme", "Sr.", "Sra.", "Г-н", "Г-жа"]
        let words = text.split(separator: " ").map(String.init)
        guard let first = words.first, titles.contains(first) else { return nil }
        var names: [String] = []
        var country: String?
        for word in words.dropFirst() {
            if word.hasPrefix("(") {
                country = word.trimmingScalars(where: { "(),".unicodeScalars.contains($0) })
                break
            }
            let bare = word.trimmingScalars(where: { ",.".unicodeScalars.contains($0) })
            guard let c = bare.first, c.isUppercase else { break }
            names.append(bare)
            if word.hasSuffix(",") || word.hasSuffix(".") { break }
        }
        guard let surname = names.last else { return nil }
        if country == nil, let of = text.firstRange(of: " of ") {
            let tail = text[of.upperBound...].prefix { $0 != "," && $0 != "." && $0 != ";" }
            country = CountryTable.code(for: String(tail)) != nil ? String(tail) : nil
        }
        return PresidingOfficer(name: "\(first) \(surname)", country: country)
    }

    /// A country named at the start of `text` (the longest such start), and the rest.
    static func splitCountry(_ text: String) -> (country: String?, rest: String) {
        var end = text.endIndex
        while end > text.startIndex {
            let candidate = String(text[..<end])
            if candidate.count >= 2, CountryTable.code(for: candidate) != nil {
                return (candidate, String(text[end...]))
            }
            end = text.index(before: end)
        }
        return (nil, text)
    }

    /// The text between the first `open` and the next `close` after it.
    static func between(_ text: String, _ open: String, _ close: String) -> String? {
        guard let end = ranges(of: close, in: text).first,
              let start = ranges(of: open, in: text).last(where: { $0.upperBound <= end.lowerBound })
        else { return nil }
        return String(text[start.upperBound..<end.lowerBound])
    }

    /// Where `needle` occurs in `text`, found on their UTF-8 bytes (a paragraph is searched
    /// several times for each of the presiding officer's statements: this keeps it one pass
    /// of `memmem` each).
    static func ranges(of needle: String, in text: String) -> [Range<String.Index>] {
        let utf8 = text.utf8
        var text = text
        var needle = needle
        return text.withUTF8 { haystack in
            needle.withUTF8 { pattern in
                guard let base = haystack.baseAddress, let key = pattern.baseAddress, pattern.count > 0 else { return [] }
                var found: [Range<String.Index>] = []
                var offset = 0
                while offset + pattern.count <= haystack.count {
                    let hit = vb_find_bytes(base + offset, Int64(haystack.count - offset), key, Int64(pattern.count))
                    guard hit >= 0 else { break }
                    let start = offset + Int(hit)
                    found.append(utf8.index(utf8.startIndex, offsetBy: start)..<utf8.index(utf8.startIndex, offsetBy: start + pattern.count))
                    offset = start + pattern.count
                }
                return found
            }
        }
    }
}

/// The countries the record's labels write, by code, gathered once: a chair's country reads
/// like the labels' when they name the same country.
final class WrittenCountries {
    private let byCode: [String: String]

    init(_ record: Record) {
        var byCode: [String: String] = [:]
        var seen: Set<String> = []
        for k in record.statements.indices {
            let speaker = record.statements[k].speaker
            guard let country = speaker.country, seen.insert(country).inserted,
                  let code = speaker.countryCode ?? CountryTable.code(for: country),
                  byCode[code] == nil
            else { continue }
            byCode[code] = country
        }
        self.byCode = byCode
    }

    /// `country` as the labels write the same country, else as given.
    func asWritten(_ country: String) -> String {
        guard let code = CountryTable.code(for: country) else { return country }
        return byCode[code] ?? country
    }
}
