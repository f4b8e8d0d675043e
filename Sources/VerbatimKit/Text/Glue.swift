/// Finds the runs of a text that line breaking should keep whole: UN document symbols and numbers
/// with what belongs to them.
public enum Glue {
    /// Scalar-offset ranges of:
    /// - UN document symbols: an upper-case series letter group, then `/`-separated parts of
    ///   letters, digits, `.` and `-`, at least one with a digit (`S/2018/4`, `S / 2018/4`,
    ///   `S/PV.3046`, `A/70/PV.3`, `S/2018/4/Add.1`), with a resolution year that follows
    ///   (`S/RES/1540 (2004)`);
    /// - numbers followed by a year in brackets (`1540（2004）`, `255 (1968)`) and/or a counter or
    ///   unit such as 年, 月, 日, 号, `%` (`2018年`, `第984 (1995)号`), including spans of numbers
    ///   (`2017-2018年`).
    /// Ranges are ascending and do not overlap. Plain numbers and words need none: ICU keeps them.
    public static func defaultRanges(in text: String) -> [Range<Int>] {
        let scalars = text.unicodeScalars.map(\.value)
        var ranges: [Range<Int>] = []
        var i = 0
        while i < scalars.count {
            let value = scalars[i]
            let afterWord = i > 0 && isLatinLetterOrDigit(scalars[i - 1])
            if !afterWord && isUpperLatin(value), let end = symbolEnd(scalars, from: i) {
                ranges.append(i..<end)
                i = end
            } else if !afterWord && digitValue(value) != nil, let end = numberEnd(scalars, from: i) {
                ranges.append(i..<end)
                i = end
            } else if isLatinLetterOrDigit(value) {
                // Skip the rest of the word: symbols and numbers start at a word's start.
                while i < scalars.count && isLatinLetterOrDigit(scalars[i]) { i += 1 }
            } else {
                i += 1
            }
        }
        return ranges
    }

    /// End of a document symbol starting at `start`, or nil.
    private static func symbolEnd(_ s: [UInt32], from start: Int) -> Int? {
        var i = start
        while i < s.count && isUpperLatin(s[i]) { i += 1 }
        guard i - start <= 12 else { return nil }
        var end = i
        var parts = 0
        var sawDigit = false
        while true {
            var k = end
            if k < s.count && s[k] == 0x20 { k += 1 }
            guard k < s.count && s[k] == 0x2F else { break }  // '/'
            k += 1
            if k < s.count && s[k] == 0x20 { k += 1 }
            let partStart = k
            var partDigit = false
            while k < s.count && isSymbolPartScalar(s[k]) {
                if digitValue(s[k]) != nil { partDigit = true }
                k += 1
            }
            // A full stop or hyphen at the end belongs to the sentence.
            while k > partStart && (s[k - 1] == 0x2E || s[k - 1] == 0x2D) { k -= 1 }
            guard k > partStart else { break }
            sawDigit = sawDigit || partDigit
            end = k
            parts += 1
        }
        guard parts > 0 && sawDigit else { return nil }
        return yearInBracketsEnd(s, from: end) ?? end
    }

    /// End of a number starting at `start` with its bracketed year and/or unit, or nil when the
    /// number has neither.
    private static func numberEnd(_ s: [UInt32], from start: Int) -> Int? {
        var i = digitsEnd(s, from: start)
        // A span of numbers: 2017-2018年, 2017–2018年.
        if i + 1 < s.count && (s[i] == 0x2D || s[i] == 0x2013) && digitValue(s[i + 1]) != nil {
            i = digitsEnd(s, from: i + 1)
        }
        let digitsEnd = i
        if let end = yearInBracketsEnd(s, from: i) { i = end }
        if i < s.count && isUnit(s[i]) { i += 1 }
        return i > digitsEnd ? i : nil
    }

    /// End of the digits (with inner `,` or `.`) starting at `start`.
    private static func digitsEnd(_ s: [UInt32], from start: Int) -> Int {
        var i = start
        while i < s.count {
            if digitValue(s[i]) != nil {
                i += 1
            } else if (s[i] == 0x2C || s[i] == 0x2E) && i + 1 < s.count && digitValue(s[i + 1]) != nil {
                i += 1  // 1,000 or 3.5
            } else {
                break
            }
        }
        return i
    }

    /// End of ` (2004)` / `（2004）` at `start` (one optional space before the bracket), or nil.
    private static func yearInBracketsEnd(_ s: [UInt32], from start: Int) -> Int? {
        var k = start
        if k < s.count && s[k] == 0x20 { k += 1 }
        guard k < s.count && (s[k] == 0x28 || s[k] == 0xFF08) else { return nil }
        k += 1
        var digits = 0
        while k < s.count && digitValue(s[k]) != nil {
            digits += 1
            k += 1
        }
        guard digits == 4, k < s.count, s[k] == 0x29 || s[k] == 0xFF09 else { return nil }
        return k + 1
    }

    private static func isUpperLatin(_ value: UInt32) -> Bool { (0x41...0x5A).contains(value) }

    private static func isLatinLetterOrDigit(_ value: UInt32) -> Bool {
        (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value) || (0x30...0x39).contains(value)
    }

    private static func isSymbolPartScalar(_ value: UInt32) -> Bool {
        isLatinLetterOrDigit(value) || value == 0x2E || value == 0x2D
    }

    private static func digitValue(_ value: UInt32) -> UInt32? {
        if (0x30...0x39).contains(value) { return value - 0x30 }
        if (0xFF10...0xFF19).contains(value) { return value - 0xFF10 }
        return nil
    }

    /// Counters and units that belong to the number before them.
    private static func isUnit(_ value: UInt32) -> Bool {
        switch value {
        case 0x5E74, 0x6708, 0x65E5, 0x53F7, 0x865F:  // 年 月 日 号 號
            return true
        case 0x65F6, 0x6642, 0x70B9, 0x5206, 0x79D2:  // 时 時 点 分 秒
            return true
        case 0x5C81, 0x5C4A, 0x6B21, 0x4E2A, 0x540D, 0x4F4D, 0x9879, 0x6761, 0x6B3E, 0x6BB5, 0x7AE0, 0x8282, 0x9875:
            return true  // 岁 届 次 个 名 位 项 条 款 段 章 节 页
        case 0x4EBF, 0x4E07, 0x5343, 0x767E, 0x500D, 0x5143, 0x4EBA, 0x56FD:  // 亿 万 千 百 倍 元 人 国
            return true
        case 0x25, 0xFF05, 0x2030:  // % ％ ‰
            return true
        default:
            return false
        }
    }
}
