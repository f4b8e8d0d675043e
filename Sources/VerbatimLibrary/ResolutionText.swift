import VerbatimKit

/// The text of a Security Council resolution, recognised by its grammar: its symbol line
/// (`S/RES/1540 (2004)`), its title (`Resolution 1540 (2004)`), its adoption line (`Adopted by
/// the Security Council at its 4956th meeting, on 28 April 2004`) and its paragraphs, with the
/// page furniture of the printed text (job numbers, bar codes, page numbers, the symbol repeated
/// at the head of each page) left out.
public struct ResolutionText: Equatable, Sendable {
    /// The symbol as a reference id: `S/RES/1540 (2004)`.
    public var symbol: String
    /// The title line, `Resolution 1540 (2004)`, when the text has one.
    public var title: String?
    /// The adoption line, when the text has one.
    public var adoption: String?
    /// The adoption date in ISO 8601 form, when the adoption line's date can be read.
    public var isoDate: String?
    /// The paragraphs, in order, joined across page breaks.
    public var paragraphs: [String]

    /// Reads the resolution in `text`, or `nil` when the text is not one. The head of the text
    /// (before the line that opens the body, `The Security Council,`) must give the symbol, by a
    /// symbol line or the title, and a title or an adoption line.
    public static func parse(_ text: String) -> ResolutionText? {
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
            .map { $0.trimmingBlanks() }
        let headLimit = min(lines.count, 80)
        let opening = lines[0..<headLimit].firstIndex(where: isBodyOpening)
        var symbol: String?
        var titledSymbol: String?
        var title: String?
        var adoption: String?
        var headEnd = 0
        for k in 0..<(opening ?? min(lines.count, 30)) {
            let line = lines[k]
            guard !line.isEmpty else { continue }
            if symbol == nil, let found = symbolToken(line) {
                symbol = found
                headEnd = k + 1
            }
            if title == nil, let (found, written) = titleSymbol(line) {
                titledSymbol = found
                title = written
                headEnd = k + 1
            }
            if adoption == nil, let range = line.firstRange(ofASCIIIgnoringCase: "Adopted by the Security Council")
                ?? adoptionOpening(line) {
                var written = String(line[range.lowerBound...])
                if written.hasSuffix(","), let next = lines[(k + 1)...].prefix(3).first(where: { !$0.isEmpty }), next.hasPrefix("on ") {
                    written += " " + next
                }
                adoption = written
                headEnd = k + 1
            }
        }
        guard let found = titledSymbol ?? symbol, title != nil || adoption != nil, opening != nil || adoption != nil else { return nil }
        var paragraphs: [String] = []
        var crossedPage = false
        for line in lines[(opening ?? headEnd)...] {
            if line.isEmpty { continue }
            if isFurniture(line, symbol: found) {
                crossedPage = true
                continue
            }
            if crossedPage, let last = paragraphs.last, continues(last, with: line) {
                paragraphs[paragraphs.count - 1] = last + " " + line
            } else {
                paragraphs.append(line)
            }
            crossedPage = false
        }
        let date = (adoption ?? title).flatMap(adoptionDate) ?? lines[0..<headLimit].lazy.compactMap { line in
            line.hasPrefix(title ?? "\u{0}") ? adoptionDate(line) : nil
        }.first
        return ResolutionText(symbol: found, title: title, adoption: adoption, isoDate: date, paragraphs: paragraphs)
    }

    /// The line that opens a resolution's body: `The Security Council,` in the six languages.
    static func isBodyOpening(_ line: String) -> Bool {
        let openings = ["The Security Council,", "Le Conseil de sécurité,", "El Consejo de Seguridad,", "Совет Безопасности,", "安全理事会，", "إن مجلس الأمن،"]
        return line.count < 40 && openings.contains { line.hasPrefix($0) }
    }

    /// The first `S/RES/N (YYYY)` in a line, as an id.
    static func symbolToken(_ line: String) -> String? {
        guard let range = line.firstRange(of: "S/RES/") else { return nil }
        var rest = String(line[range.lowerBound...])
        let digits = rest.dropFirst(6).prefix(while: { $0.isASCII && $0.isNumber })
        let tail = rest.dropFirst(6 + digits.count).drop(while: { $0 == " " || $0 == "\u{A0}" })
        guard !digits.isEmpty, tail.hasPrefix("("), tail.count >= 6 else { return nil }
        let year = tail.dropFirst().prefix(4)
        guard year.count == 4, year.allSatisfy({ $0.isASCII && $0.isNumber }), tail.dropFirst(5).hasPrefix(")") else { return nil }
        rest = "S/RES/\(digits) (\(year))"
        return rest
    }

    /// `Resolution 1540 (2004)` at the start of a line (any case; `Résolution`, `Resolución`,
    /// `Резолюция`, `第1540(2004)号决议`): the symbol it names and the title as written.
    static func titleSymbol(_ line: String) -> (String, String)? {
        let lower = line.lowercased()
        for word in ["resolution ", "résolution ", "resolución ", "резолюция "] where lower.hasPrefix(word) {
            let rest = line.dropFirst(word.count)
            let digits = rest.prefix(while: { $0.isASCII && $0.isNumber })
            let tail = rest.dropFirst(digits.count).drop(while: { $0 == " " })
            let year = tail.dropFirst().prefix(4)
            guard !digits.isEmpty, tail.hasPrefix("("), year.count == 4, year.allSatisfy({ $0.isASCII && $0.isNumber }),
                tail.dropFirst(5).hasPrefix(")") else { return nil }
            let titleLength = word.count + digits.count + (rest.count - digits.count - tail.count) + 6
            return ("S/RES/\(digits) (\(year))", String(line.prefix(titleLength)))
        }
        if line.hasPrefix("第"), let end = line.firstRange(of: "号决议") {
            let inside = line[line.index(after: line.startIndex)..<end.lowerBound]
            let digits = inside.prefix(while: { $0.isASCII && $0.isNumber })
            let year = inside.dropFirst(digits.count).filter { $0.isASCII && $0.isNumber }
            guard !digits.isEmpty, year.count == 4 else { return nil }
            return ("S/RES/\(digits) (\(year))", String(line[..<end.upperBound]))
        }
        return nil
    }

    /// The adoption line's opening in French, Spanish, Russian, Arabic or Chinese.
    static func adoptionOpening(_ line: String) -> Range<String.Index>? {
        for opening in ["Adoptée par le Conseil de sécurité", "Aprobada por el Consejo de Seguridad",
                        "Принята Советом Безопасности", "принятая Советом Безопасности", "اتخذه مجلس الأمن"] {
            if let range = line.firstRange(of: opening) { return range }
        }
        if line.hasPrefix("安全理事会"), line.hasSuffix("通过") { return line.startIndex..<line.endIndex }
        return nil
    }

    /// `S/RES/1540 (2004)` (the space optional) alone on a line, as an id with one space.
    static func symbolLine(_ line: String) -> String? {
        let s = Array(line.unicodeScalars)
        let prefix = Array("S/RES/".unicodeScalars)
        guard s.count > prefix.count, Array(s[0..<prefix.count]) == prefix else { return nil }
        var i = prefix.count
        let numberStart = i
        while i < s.count, isDigit(s[i]) { i += 1 }
        guard i > numberStart else { return nil }
        let number = String(String.UnicodeScalarView(s[numberStart..<i]))
        while i < s.count, s[i] == " " || s[i] == "\u{A0}" { i += 1 }
        guard i < s.count, s[i] == "(" else { return nil }
        i += 1
        let yearStart = i
        while i < s.count, isDigit(s[i]) { i += 1 }
        guard i - yearStart == 4, i < s.count, s[i] == ")", i + 1 == s.count else { return nil }
        return "S/RES/\(number) (\(String(String.UnicodeScalarView(s[yearStart..<i]))))"
    }

    /// Page furniture: the symbol repeated, a job number (`04-32843 (E)`), a bar code
    /// (`*0432843*`), a page number (`2`, `2/104`).
    static func isFurniture(_ line: String, symbol: String) -> Bool {
        if symbolLine(line) == symbol { return true }
        let s = Array(line.unicodeScalars)
        if s.count >= 3, s.first == "*", s.last == "*", s.dropFirst().dropLast().allSatisfy({ isDigit($0) || ($0.value >= 0x41 && $0.value <= 0x5A) }) {
            return true
        }
        if s.allSatisfy({ isDigit($0) || $0 == "/" }), s.count <= 9, s.contains(where: isDigit) { return true }
        // A job number: two digits, a hyphen, five digits, then an optional `(E)` and more.
        if s.count >= 8, isDigit(s[0]), isDigit(s[1]), s[2] == "-", s[3...7].allSatisfy(isDigit) {
            let rest = String(String.UnicodeScalarView(s[8...])).trimmingBlanks()
            return rest.isEmpty || rest.hasPrefix("(") && rest.count <= 24
        }
        return false
    }

    /// Whether a line after a page break carries on the paragraph before it: the paragraph does
    /// not end a clause, or the line starts in lower case.
    static func continues(_ paragraph: String, with line: String) -> Bool {
        if let first = line.unicodeScalars.first, first.properties.isLowercase { return true }
        guard let last = paragraph.unicodeScalars.last else { return false }
        return !".;:,!?。；：，)".unicodeScalars.contains(last)
    }

    /// `on 28 April 2004` → `2004-04-28` (English adoption lines).
    static func adoptionDate(_ line: String) -> String? {
        let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        let words = line.split(whereSeparator: { $0 == "," || $0 == " " }).map(String.init)
        for k in 0..<max(0, words.count - 2) {
            guard let day = Int(words[k]), (1...31).contains(day), let month = months.firstIndex(of: words[k + 1]),
                let year = Int(words[k + 2].trimmingScalars(where: \.isPunctuation)), year > 1900 else { continue }
            return "\(year)-\(twoDigits(month + 1))-\(twoDigits(day))"
        }
        return nil
    }

    /// `n` (0 to 99) in two digits: `4` → `04`.
    private static func twoDigits(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    private static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }
}
