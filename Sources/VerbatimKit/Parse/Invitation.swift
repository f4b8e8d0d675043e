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
        // The country comes before the person's name or the first title or office (byte
        // offsets: a match of whole UTF-8 scalars starts on a scalar boundary).
        let bytes = Array(phrase.utf8)
        var cut = bytes.count
        if let name, let r = firstOffset(of: name, in: bytes) { cut = r }
        if let title, let r = firstOffset(of: title, in: bytes), r < cut { cut = r }
        for word in SpeakerLabel.titles {
            if let r = firstOffset(of: word, in: bytes), r < cut { cut = r }
        }
        for word in offices {
            if let r = firstOffset(of: word, in: bytes), r < cut { cut = r }
        }
        // Only a phrase naming a person by name or title (`波兰总统`) names a country.
        guard cut < bytes.count else { return nil }
        let country = String(decoding: bytes[..<cut], as: UTF8.self)
        guard !country.isEmpty, country.unicodeScalars.count <= 16,
              country.unicodeScalars.allSatisfy({ UTF8Scalars.isIdeograph($0.value) || $0 == "·" || $0 == "•" || $0 == "-" }),
              !country.contains("兼"), !country.contains("的"),
              !bodyPrefixes.contains(where: { country.hasPrefix($0) }),
              !bodySuffixes.contains(where: { country.hasSuffix($0) })
        else { return nil }
        return country
    }

    /// Offices that follow the country in an invitation (`中华人民共和国国务委员兼外交部长…`,
    /// `巴勒斯坦观察员`), besides the titles of speaker labels.
    private static let offices = ["国务委员", "常驻代表", "代表", "常驻观察员", "观察员", "外交和欧洲事务部长"]

    /// What a UN organ or office, not a State, starts or ends with (`大会主席…`,
    /// `联合国难民事务高级专员…`): the invitation then names no country.
    private static let bodyPrefixes = [
        "大会", "联合国", "安全理事会", "安理会", "秘书处", "经济及社会理事会", "经社理事会", "人权理事会",
        "托管理事会", "国际法院", "国际原子能机构", "本",
    ]
    private static let bodySuffixes = ["委员会", "理事会", "事务", "法院", "办事处", "署", "机构", "大会"]

    /// The byte offset of the first occurrence of `word` in `bytes`; `nil` when absent or empty.
    private static func firstOffset(of word: String, in bytes: [UInt8]) -> Int? {
        let pattern = Array(word.utf8)
        guard let first = pattern.first, pattern.count <= bytes.count else { return nil }
        var k = 0
        while k + pattern.count <= bytes.count {
            if bytes[k] == first {
                var m = 1
                while m < pattern.count, bytes[k + m] == pattern[m] { m += 1 }
                if m == pattern.count { return k }
            }
            k += 1
        }
        return nil
    }
}
