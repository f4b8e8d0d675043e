/// The language a file name gives, the way the UN names its downloads: a last `_` segment of
/// an ISO 639-1 code of the six languages (`S_PV.8160_zh.txt`) or of the UN's one-letter code
/// (`S_PV.8698_E.pdf`: A, C, E, F, R, S).
enum FileLanguage {
    /// The ISO 639-1 codes of the six languages.
    static let codes: Set<String> = ["ar", "zh", "en", "fr", "ru", "es"]

    /// True when `code` is one of the six languages' codes.
    static func isKnown(_ code: String) -> Bool { codes.contains(code) }

    static func code(fromFileName name: String) -> String? {
        var stem = Substring(name)
        if let dot = stem.lastIndex(of: ".") { stem = stem[..<dot] }
        guard let underscore = stem.lastIndex(where: { $0 == "_" || $0 == "-" }) else { return nil }
        let suffix = String(stem[stem.index(after: underscore)...])
        if codes.contains(suffix) { return suffix }
        let letters = ["A": "ar", "C": "zh", "E": "en", "F": "fr", "R": "ru", "S": "es"]
        return letters[suffix]
    }
}
