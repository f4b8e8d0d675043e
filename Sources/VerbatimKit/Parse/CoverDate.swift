/// The meeting's date on a cover page, in the form each language writes it:
/// `2018年1月18日星期四上午10时在纽约举行`, `Monday, 23 March 2026, 3 p.m.`,
/// `Lundi 23 mars 2026, à 15 heures`, `Понедельник 23 марта 2026 года, 15 ч 00 мин`, and the
/// Arabic `الاثنين، 23 آذار/مارس 2026` in whatever order an extraction left its parts.
enum CoverDate {
    /// The date as written and in ISO 8601 form, or `nil` when the line is not a date.
    static func read(_ text: String, words: CoverWords) -> (written: String, iso: String)? {
        if words.dateUnits.count == 3 { return numeric(text.filter { $0 != " " }, words: words) }
        return named(text, months: words.months)
    }

    /// A date whose month is a name: a day and a year next to the month.
    private static func named(_ text: String, months: [[String]]) -> (written: String, iso: String)? {
        guard text.count <= 120 else { return nil }
        // Words and digit runs, in order.
        var tokens: [String] = []
        var current = ""
        var currentIsDigit = false
        for ch in CoverWords.fold(text) {
            let digit = ch.isASCII && ch.isNumber
            if digit || ch.isLetter || ch.unicodeScalars.allSatisfy({ $0.properties.generalCategory == .nonspacingMark }) {
                if !current.isEmpty, digit != currentIsDigit {
                    tokens.append(current)
                    current = ""
                }
                current.append(ch)
                currentIsDigit = digit
            } else if !current.isEmpty {
                tokens.append(current)
                current = ""
            }
        }
        if !current.isEmpty { tokens.append(current) }
        let names = months.map { $0.map(CoverWords.fold) }
        for (j, token) in tokens.enumerated() {
            guard let month = names.firstIndex(where: { $0.contains(token) }) else { continue }
            func number(_ k: Int) -> Int? {
                guard k >= 0, k < tokens.count, tokens[k].allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
                return Int(tokens[k])
            }
            let near = [j - 1, j + 1, j - 2, j + 2, j - 3, j + 3]
            guard let yearAt = near.first(where: { number($0).map { (1900...2100).contains($0) } ?? false }),
                  let dayAt = near.first(where: { $0 != yearAt && abs($0 - j) <= 2
                      && tokens.indices.contains($0) && tokens[$0].count <= 2 && (number($0).map { (1...31).contains($0) } ?? false) }),
                  let year = number(yearAt), let day = number(dayAt) else { continue }
            let written = text.trimmingBlanks()
            return (written, iso(year, month + 1, day))
        }
        return nil
    }

    /// `2018年1月18日星期四上午10时在纽约举行` → (`2018年1月18日星期四上午10时`, `2018-01-18`): numbers
    /// each followed by its unit, the written date ending before the place.
    private static func numeric(_ compact: String, words: CoverWords) -> (written: String, iso: String)? {
        let units = words.dateUnits.compactMap(\.first)
        let s = Array(compact)
        var i = 0
        func digits() -> Int? {
            let start = i
            while i < s.count, s[i].isASCII, s[i].isNumber { i += 1 }
            return i > start ? Int(String(s[start..<i])) : nil
        }
        guard let year = digits(), year > 1900, i < s.count, s[i] == units[0] else { return nil }
        i += 1
        guard let month = digits(), (1...12).contains(month), i < s.count, s[i] == units[1] else { return nil }
        i += 1
        guard let day = digits(), (1...31).contains(day), i < s.count, s[i] == units[2] else { return nil }
        var written = compact
        for end in words.dateEnds {
            if let at = written.firstRange(of: end) { written = String(written[..<at.lowerBound]) }
        }
        return (written, iso(year, month, day))
    }

    private static func iso(_ year: Int, _ month: Int, _ day: Int) -> String {
        func pad(_ n: Int, _ width: Int) -> String {
            let d = String(n)
            return String(repeating: "0", count: max(0, width - d.count)) + d
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }
}
