/// The members table of a cover page, read line by line: `country . . . . representative`,
/// in any language of `CoverWords`, as extractions give it:
/// - one member a line, country and representative joined by dot leaders;
/// - without leaders, split at the representative's honorific (`Сомали г-н Ибрагим`) or, in a
///   language whose honorifics follow the name, at the last space (`中国 吴海涛先生`);
/// - a country wrapped over two lines (`Соединенное Королевство Великобритании и` /
///   `Северной Ирландии . . . г-н Кариуки`);
/// - the countries first, each with its leaders, and the representatives after them
///   (`pdftotext` without `-raw`), paired in order;
/// - leaders first and the country glued to the honorific (the Arabic of pdf.js).
struct MemberList {
    let words: CoverWords
    /// The members read so far.
    private(set) var members: [Member] = []
    /// Countries whose representatives are listed further down.
    private var waiting: [String] = []
    /// The first line of a country wrapped over two lines.
    private var wrapped = ""

    init(words: CoverWords) {
        self.words = words
    }

    /// Reads one line of the table; false when the line is not part of it.
    mutating func add(_ raw: String) -> Bool {
        let line = raw.trimmingBlanks()
        if line.isEmpty { return true }
        if let split = CoverPage.splitAtLeaders(line) {
            var country = split.before
            var person = CoverPage.removingLeaders(split.after)
            if country.isEmpty, !person.isEmpty, let (c, p) = splitAtHonorific(person), !c.isEmpty {
                country = c
                person = p
            }
            if country.isEmpty, person.isEmpty { return true }
            if person.isEmpty {
                waiting.append(joined(country))
                return true
            }
            if country.isEmpty {
                // A representative whose country came on a line of its own.
                guard !waiting.isEmpty else { return false }
                members.append(Member(country: CoverPage.tidy(waiting.removeFirst()), representative: CoverPage.tidy(person)))
                return true
            }
            members.append(Member(country: CoverPage.tidy(joined(country)), representative: CoverPage.tidy(person)))
            return true
        }
        if words.honorificFollowsName {
            guard let space = line.lastIndex(of: " ") else { return false }
            let country = line[..<space].trimmingBlanks()
            let person = line[line.index(after: space)...].trimmingBlanks()
            guard !country.isEmpty, !person.isEmpty, country.unicodeScalars.count <= 30 else { return false }
            members.append(Member(country: CoverPage.tidy(joined(country)), representative: CoverPage.tidy(person)))
            return true
        }
        if let (country, person) = splitAtHonorific(line) {
            if country.isEmpty {
                guard !waiting.isEmpty else { return false }
                members.append(Member(country: CoverPage.tidy(waiting.removeFirst()), representative: CoverPage.tidy(person)))
            } else {
                members.append(Member(country: CoverPage.tidy(joined(country)), representative: CoverPage.tidy(person)))
            }
            return true
        }
        // A country's first line, wrapped: short, and not a sentence.
        guard wrapped.isEmpty, line.count <= 60, let last = line.last, last.isLetter else { return false }
        wrapped = line
        return true
    }

    /// A country with the wrapped line before it, if any.
    private mutating func joined(_ country: String) -> String {
        defer { wrapped = "" }
        return wrapped.isEmpty ? country : wrapped + " " + country
    }

    /// The line split before the first honorific of the language: (country, representative).
    /// Arabic honorifics may be glued to the country; others start a word.
    private func splitAtHonorific(_ line: String) -> (String, String)? {
        let glued = words.honorificMayBeGlued
        var best: Range<String.Index>?
        for honorific in words.honorifics {
            var from = line.startIndex
            while let r = line[from...].firstRange(of: honorific) {
                let startsWord = r.lowerBound == line.startIndex || line[line.index(before: r.lowerBound)] == " "
                let endsWord = r.upperBound == line.endIndex || line[r.upperBound] == " " || honorific.last == "."
                if (glued || startsWord) && endsWord {
                    if best == nil || r.lowerBound < best!.lowerBound
                        || (r.lowerBound == best!.lowerBound && r.upperBound > best!.upperBound) {
                        best = r
                    }
                    break
                }
                from = r.upperBound
            }
        }
        guard let at = best else { return nil }
        guard !line[at.upperBound...].trimmingBlanks().isEmpty else { return nil }
        let person = line[at.lowerBound...].trimmingBlanks()
        return (line[..<at.lowerBound].trimmingBlanks(), person)
    }
}
