/// Finding the language of a record from its own text: the script its letters are in, then,
/// among the Latin-script languages, the labels and the commonest words.
extension LanguageProfile {
    /// How many bytes from the start are enough to tell the language.
    static let detectionSample = 256 * 1024

    /// The profile of the language the text is written in. Text without letters reads as Chinese,
    /// the format's first language.
    static func detect(_ bytes: UnsafeBufferPointer<UInt8>) -> LanguageProfile {
        let count = min(bytes.count, detectionSample)
        var han = 0
        var cyrillic = 0
        var arabic = 0
        var latin = 0
        var i = 0
        while i < count {
            let b = bytes[i]
            if b < 0x80 {
                if (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A { latin += 1 }
                i += 1
            } else if b >= 0xE3 && b <= 0xE9 {
                han += 1
                i += 3
            } else if b == 0xD0 || b == 0xD1 {
                cyrillic += 1
                i += 2
            } else if b >= 0xD8 && b <= 0xDB {
                arabic += 1
                i += 2
            } else if b >= 0xC3 && b <= 0xC5 {
                latin += 1
                i += 2
            } else {
                i += 1
            }
        }
        // A Chinese record cites Latin symbols; a Russian or Arabic one, Latin addresses.
        if han > 0, han * 3 >= max(cyrillic, arabic) && han * 3 >= latin { return .chinese }
        if cyrillic > 0, cyrillic >= arabic, cyrillic * 2 >= latin { return .russian }
        if arabic > 0, arabic * 2 >= latin { return .arabic }
        if latin == 0 { return .chinese }
        return latinLanguage(UTF8Scalars.string(bytes, 0, validPrefix(bytes, count)))
    }

    /// English, French or Spanish, by the labels at line starts and the commonest short words.
    private static func latinLanguage(_ text: String) -> LanguageProfile {
        var scores = ["en": 0, "fr": 0, "es": 0]
        let labels: [(String, String)] = [
            ("The President", "en"), ("Mr. ", "en"), ("Ms. ", "en"), ("Mrs. ", "en"),
            ("Le Président", "fr"), ("La Présidente", "fr"), ("M. ", "fr"), ("Mme ", "fr"),
            ("El Presidente", "es"), ("La Presidenta", "es"), ("Sr. ", "es"), ("Sra. ", "es"),
        ]
        let words: [String: String] = [
            "the": "en", "of": "en", "and": "en", "to": "en", "is": "en", "that": "en",
            "le": "fr", "les": "fr", "des": "fr", "et": "fr", "est": "fr", "du": "fr", "une": "fr",
            "el": "es", "los": "es", "las": "es", "del": "es", "y": "es", "una": "es", "por": "es",
        ]
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            for (prefix, code) in labels where line.hasPrefix(prefix) {
                if line.contains(":") { scores[code, default: 0] += 20 }
            }
            for word in line.split(separator: " ") {
                if word.count <= 4, let code = words[word.lowercased()] { scores[code, default: 0] += 1 }
            }
        }
        let best = scores.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }?.key ?? "en"
        return named(best) ?? .english
    }

    /// The length of `bytes[0..<count]` cut back to a whole UTF-8 scalar.
    private static func validPrefix(_ bytes: UnsafeBufferPointer<UInt8>, _ count: Int) -> Int {
        guard count < bytes.count else { return count }
        var end = count
        while end > 0, bytes[end] & 0xC0 == 0x80 { end -= 1 }
        return end
    }

    /// The language a file's name gives: a suffix `_en`, `_fr`… before the extension, or the
    /// UN's one-letter document suffixes (`_E`, `_F`, `_S`, `_R`, `_A`, `_C`); `nil` without one.
    public static func code(fromFileName path: String) -> String? {
        var name = Substring(path)
        if let slash = name.lastIndex(of: "/") { name = name[name.index(after: slash)...] }
        if let dot = name.lastIndex(of: ".") { name = name[..<dot] }
        guard let underscore = name.lastIndex(of: "_") else { return nil }
        let suffix = String(name[name.index(after: underscore)...])
        switch suffix {
        case "zh", "en", "fr", "es", "ru", "ar": return suffix
        case "C": return "zh"
        case "E": return "en"
        case "F": return "fr"
        case "S": return "es"
        case "R": return "ru"
        case "A": return "ar"
        default: return nil
        }
    }
}
