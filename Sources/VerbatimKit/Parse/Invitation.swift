import Foundation

/// Reads the presiding officer's invitation to speak (`我现在请波兰总统发言。`) to supply the
/// country a speaker label leaves out.
enum Invitation {
    /// The country named in the last invitation of `text` for a speaker with this `name` and
    /// `title`, or `nil` when the invitation names none.
    static func country(in text: String, name: String?, title: String?) -> String? {
        // The invitation is the paragraph's last sentence, and short.
        let tail = Array(text.unicodeScalars.suffix(60))
        guard let ask = tail.lastIndex(of: "请") else { return nil }
        let rest = tail[(ask + 1)...]
        guard let speak = rest.indices.first(where: { rest[$0] == "发" && $0 + 1 < tail.count && tail[$0 + 1] == "言" })
        else { return nil }
        var phrase = String(String.UnicodeScalarView(rest[..<speak]))
        for prefix in ["尊敬的"] where phrase.hasPrefix(prefix) { phrase.removeFirst(prefix.count) }
        guard !phrase.isEmpty, phrase.unicodeScalars.count <= 40 else { return nil }
        // The country comes before the person's name or the first title.
        var cut = phrase.endIndex
        if let name, let r = phrase.range(of: name) { cut = r.lowerBound }
        var words = SpeakerLabel.titles + ["代表", "常驻代表"]
        if let title { words.insert(title, at: 0) }
        for word in words {
            if let r = phrase.range(of: word), r.lowerBound < cut { cut = r.lowerBound }
        }
        // Only a phrase naming a person by name or title (`波兰总统`) names a country.
        guard cut < phrase.endIndex else { return nil }
        let country = String(phrase[..<cut])
        guard !country.isEmpty, country.unicodeScalars.count <= 16,
              country.unicodeScalars.allSatisfy({ UTF8Scalars.isIdeograph($0.value) || $0 == "·" || $0 == "•" || $0 == "-" })
        else { return nil }
        return country
    }
}
