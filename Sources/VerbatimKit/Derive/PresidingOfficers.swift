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
        let countries = WrittenCountries(record)
        var chair = record.meeting.presidents.first ?? firstOfficer(record)
        for i in record.statements.indices {
            let statement = record.statements[i]
            // A note before the first paragraph that seats someone applies to this statement.
            for note in statement.notes where note.beforeParagraph == 0 {
                if let seated = tookTheChair(note.text, countries: countries) { chair = seated }
            }
            if statement.speaker.role == .president {
                record.statements[i].speaker.person = chair
                // Only a paragraph holding a hand-over's closing words is made a `String`.
                for paragraph in statement.paragraphs where paragraph.withUTF8({ holdsAny(handOverEnds, $0) }) {
                    if let next = handOver(paragraph.text, countries: countries) { chair = next }
                }
            }
            for note in statement.notes where note.beforeParagraph > 0 {
                if let seated = tookTheChair(note.text, countries: countries) { chair = seated }
            }
        }
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
        if let cut = text.firstRange(of: "took the Chair") ?? text.firstRange(of: "assumed the Chair") {
            return latinOfficer(String(text[..<cut.lowerBound]))
        }
        if let cut = text.firstRange(of: "主持会议") {
            return chineseOfficer(String(text[..<cut.lowerBound]), countries: countries)
        }
        return nil
    }

    // MARK: - Without a cover

    /// The person the presiding officer speaks as ("以哈萨克斯坦总统的身份发言"), named where the
    /// record names that office.
    static func firstOfficer(_ record: Record) -> PresidingOfficer? {
        let speaksAs = [Array("的身份发言".utf8)]
        // The texts that write each title, gathered once: only they can name its holder.
        var textsWriting: [String: [String]] = [:]
        for statement in record.statements where statement.speaker.role == .president {
            for paragraph in statement.paragraphs where paragraph.withUTF8({ holdsAny(speaksAs, $0) }) {
                guard let office = between(paragraph.text, "以", "的身份发言"), let word = shortestOfficeWord(ending: office)
                else { continue }
                let texts = textsWriting[word] ?? paragraphTexts(in: record, writing: word)
                textsWriting[word] = texts
                if let officer = namedOffice(office, texts: texts) { return officer }
            }
        }
        return nil
    }

    /// The shortest office word `office` ends with (`部长` of `…外交部长`). The title `namedOffice`
    /// reads ends `office` too, so it holds this word: the texts without it cannot name anyone.
    static func shortestOfficeWord(ending office: String) -> String? {
        officeWords.filter { office.hasSuffix($0) }.min { $0.count < $1.count }
    }

    /// The texts of the record's statement paragraphs that hold `word`, in order.
    static func paragraphTexts(in record: Record, writing word: String) -> [String] {
        let needle = [Array(word.utf8)]
        var texts: [String] = []
        for statement in record.statements {
            for paragraph in statement.paragraphs where paragraph.withUTF8({ holdsAny(needle, $0) }) {
                texts.append(paragraph.text)
            }
        }
        return texts
    }

    /// The person holding `office` (`哈萨克斯坦总统`): a name written after that office with a
    /// middle dot (`…总统努尔苏丹•纳扎尔巴耶夫`) whose surname the record also writes before the
    /// title (`纳扎尔巴耶夫总统`).
    static func namedOffice(_ office: String, texts: [String]) -> PresidingOfficer? {
        let (country, rest) = splitCountry(office)
        guard let country, let title = officeWords.first(where: { rest.hasSuffix($0) }) else { return nil }
        // Every run of ideographs the record writes right before the title, with each of its
        // ends (`…纳扎尔巴耶夫总统` gives `纳扎尔巴耶夫`, `扎尔巴耶夫`, …): gathered in one pass, so
        // that each candidate surname is looked up, not searched for in the whole record.
        var beforeTitle: Set<Substring> = []
        for text in texts {
            for found in ranges(of: title, in: text) {
                var start = found.lowerBound
                var length = 0
                while start > text.startIndex, length < 12 {
                    let previous = text.index(before: start)
                    guard text[previous].unicodeScalars.first?.properties.isIdeographic == true else { break }
                    start = previous
                    length += 1
                    if length >= 2 { beforeTitle.insert(text[start..<found.lowerBound]) }
                }
            }
        }
        // A huge record repeats its names: a few candidates are enough, each surname tried once.
        var tried: Set<String> = []
        var candidates = 0
        for text in texts where candidates < 16 {
            for found in ranges(of: title, in: text) where candidates < 16 {
                // The country shortly before the title (`哈萨克斯坦共和国总统`).
                let before = text[text.index(found.lowerBound, offsetBy: -min(12, text.distance(from: text.startIndex, to: found.lowerBound)))..<found.lowerBound]
                guard before.contains(country) else { continue }
                let after = text[found.upperBound...].prefix(24)
                guard let dot = after.firstIndex(where: { nameDots.contains($0) }) else { continue }
                let run = after[after.index(after: dot)...].prefix { $0.unicodeScalars.first?.properties.isIdeographic == true }
                guard tried.insert(String(run)).inserted else { continue }
                candidates += 1
                // The longest start of the run the record also writes before a title.
                var surname = Substring(run)
                while surname.count >= 2 {
                    if beforeTitle.contains(surname) {
                        return PresidingOfficer(name: surname + title, country: country)
                    }
                    surname = surname.dropLast()
                }
            }
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
        for statement in record.statements {
            guard let country = statement.speaker.country, seen.insert(country).inserted,
                  let code = statement.speaker.countryCode ?? CountryTable.code(for: country),
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
