/// Maps the Chinese name of a language, as in `以俄语发言` (spoke in Russian), to its ISO 639 code.
enum LanguageName {
    private static let codes: [ByteKey: String] = Dictionary(uniqueKeysWithValues: ([
        "俄": "ru", "英": "en", "法": "fr", "西班牙": "es", "阿拉伯": "ar", "汉": "zh", "中文": "zh",
        "中": "zh", "哈萨克": "kk", "德": "de", "日": "ja", "葡萄牙": "pt", "意大利": "it",
        "土耳其": "tr", "波斯": "fa", "韩": "ko", "朝鲜": "ko", "乌克兰": "uk", "印地": "hi",
        "印度尼西亚": "id", "荷兰": "nl", "波兰": "pl", "希伯来": "he", "斯瓦希里": "sw",
        "乌兹别克": "uz", "吉尔吉斯": "ky", "塔吉克": "tg", "土库曼": "tk", "阿塞拜疆": "az",
        "格鲁吉亚": "ka", "亚美尼亚": "hy", "蒙古": "mn", "越南": "vi", "泰": "th", "希腊": "el",
        "瑞典": "sv", "挪威": "no", "丹麦": "da", "芬兰": "fi", "匈牙利": "hu", "捷克": "cs",
        "斯洛伐克": "sk", "罗马尼亚": "ro", "保加利亚": "bg", "塞尔维亚": "sr", "克罗地亚": "hr",
        "阿尔巴尼亚": "sq", "马其顿": "mk", "白俄罗斯": "be", "立陶宛": "lt", "拉脱维亚": "lv",
        "爱沙尼亚": "et", "马来": "ms", "菲律宾": "fil", "乌尔都": "ur", "孟加拉": "bn",
        "普什图": "ps", "达里": "prs", "阿姆哈拉": "am", "索马里": "so", "豪萨": "ha",
        "斯洛文尼亚": "sl", "冰岛": "is", "爱尔兰": "ga", "缅甸": "my", "高棉": "km", "老挝": "lo",
        "尼泊尔": "ne", "僧伽罗": "si", "泰米尔": "ta", "库尔德": "ku", "茨瓦纳": "tn",
        "克里奥尔": "ht", "海地克里奥尔": "ht", "马达加斯加": "mg", "基尼亚卢旺达": "rw",
    ] as [String: String]).map { (ByteKey($0.key), $0.value) })

    /// The ISO code for the language named in `以X语发言` / `以X文发言`, given the text of a
    /// parenthesised note without brackets; `nil` when the note names no language.
    static func code(inNote note: String) -> String? {
        guard let name = spokenLanguageName(note) else { return nil }
        return codes[ByteKey(name)] ?? "und"
    }

    /// `X` in a note starting `以X语发言` or `以X文发言`, `X` one to ten characters, read on
    /// the note's UTF-8 (a label's note is read at every label of a record).
    static func spokenLanguageName(_ note: String) -> String? {
        var note = note
        return note.withUTF8 { bytes -> String? in
            guard bytes.starts(with: yi) else { return nil }
            // Scalar k of the note starts at byte `at`; the name is scalars 1..<k.
            var at = yi.count
            for k in 1..<12 {
                guard at < bytes.count else { return nil }
                let tail = UnsafeBufferPointer(rebasing: bytes[at...])
                let inWen = tail.starts(with: wenFayan)
                if inWen || tail.starts(with: yuFayan) {
                    guard k > 1 else { return nil }
                    let name = UTF8Scalars.string(bytes, yi.count, at)
                    return inWen && name == "中" ? "中文" : name
                }
                at += UTF8Scalars.decode(bytes, at: at).length
            }
            return nil
        }
    }

    private static let yi = Array("以".utf8)
    private static let yuFayan = Array("语发言".utf8)
    private static let wenFayan = Array("文发言".utf8)
}
