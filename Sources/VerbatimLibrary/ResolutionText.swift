import Foundation

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

    /// Reads the resolution in `text`, or `nil` when the text is not one: it must open with the
    /// symbol line and a title or adoption line.
    public static func parse(_ text: String) -> ResolutionText? {
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
        var symbol: String?
        var title: String?
        var adoption: String?
        var bodyStart = 0
        var seen = 0
        for (k, line) in lines.enumerated() where !line.isEmpty {
            seen += 1
            if seen > 20 { break }
            if symbol == nil, let found = symbolLine(line) {
                symbol = found
                bodyStart = k + 1
            } else if symbol != nil, title == nil, adoption == nil, isTitle(line) {
                title = line
                bodyStart = k + 1
            } else if symbol != nil, adoption == nil, isAdoption(line) {
                adoption = line
                bodyStart = k + 1
                break
            }
        }
        guard let symbol, title != nil || adoption != nil else { return nil }
        var paragraphs: [String] = []
        var crossedPage = false
        for line in lines[bodyStart...] {
            if line.isEmpty { continue }
            if isFurniture(line, symbol: symbol) {
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
        return ResolutionText(symbol: symbol, title: title, adoption: adoption, isoDate: adoption.flatMap(adoptionDate), paragraphs: paragraphs)
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

    /// `Resolution 1540 (2004)` in the six languages' forms (`Résolution`, `Resolución`,
    /// `Резолюция`, `القرار`, `第1540(2004)号决议`).
    static func isTitle(_ line: String) -> Bool {
        let words = ["Resolution ", "Résolution ", "Resolución ", "Резолюция ", "القرار "]
        if words.contains(where: { line.hasPrefix($0) }) && line.hasSuffix(")") && line.count < 40 { return true }
        return line.hasPrefix("第") && line.hasSuffix("号决议") && line.count < 30
    }

    /// The line that says when and where the Council adopted the resolution.
    static func isAdoption(_ line: String) -> Bool {
        let openings = [
            "Adopted by the Security Council", "Adoptée par le Conseil de sécurité", "Aprobada por el Consejo de Seguridad",
            "Принята Советом Безопасности", "принятая Советом Безопасности", "اتخذه مجلس الأمن",
        ]
        if openings.contains(where: { line.hasPrefix($0) }) { return true }
        return line.hasPrefix("安全理事会") && line.hasSuffix("通过")
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
            let rest = String(String.UnicodeScalarView(s[8...])).trimmingCharacters(in: .whitespaces)
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
        let words = line.replacingOccurrences(of: ",", with: " ").split(separator: " ").map(String.init)
        for k in 0..<max(0, words.count - 2) {
            guard let day = Int(words[k]), (1...31).contains(day), let month = months.firstIndex(of: words[k + 1]),
                let year = Int(words[k + 2].trimmingCharacters(in: .punctuationCharacters)), year > 1900 else { continue }
            return String(format: "%04d-%02d-%02d", year, month + 1, day)
        }
        return nil
    }

    private static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }
}
