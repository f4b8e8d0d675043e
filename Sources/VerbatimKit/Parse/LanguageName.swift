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

    /// `X` in a note starting `以X语发言` or `以X文发言`.
    static func spokenLanguageName(_ note: String) -> String? {
        guard note.utf8.starts(with: "以".utf8) else { return nil }
        let scalars = Array(note.unicodeScalars)
        guard scalars.count >= 4 else { return nil }
        // Find 语发言 / 文发言 close to the start.
        var k = 1
        while k + 2 < scalars.count, k < 12 {
            if (scalars[k] == "语" || scalars[k] == "文"), scalars[k + 1] == "发", scalars[k + 2] == "言" {
                var name = String(String.UnicodeScalarView(scalars[1..<k]))
                if name.isEmpty { return nil }
                if scalars[k] == "文" && name == "中" { name = "中文" }
                return name
            }
            k += 1
        }
        return nil
    }
}
