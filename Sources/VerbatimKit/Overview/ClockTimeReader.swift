
/// Reads the times of day written in a procedural line, in the way each of the six languages
/// of the records writes them:
///
/// - Chinese: `上午10时20分`, `下午1时`, `中午12时` (a 12-hour clock with 上午/下午/中午/晚上);
/// - English: `3.10 p.m.`, `10 a.m.`, `noon`;
/// - French: `15 h 10`, `13 heures`, `midi`;
/// - Spanish: `15.10 horas`, `a las 13 horas`, `mediodía`;
/// - Russian: `15 ч 10 мин.`, `10 ч. 05 м.`;
/// - Arabic: `15/10`, `10:05` (hour first, Arabic-Indic digits read as well).
///
/// A line in a language the reader has no rule for (or whose own rule finds nothing) is read
/// with every language's rules.
public enum ClockTimeReader {
    /// The times in `text`, in the order written.
    public static func times(in text: String, language: String) -> [ClockTime] {
        let normalised = asciiDigits(text)
        if let rules = rules(for: language) {
            let found = read(normalised, with: rules)
            if !found.isEmpty { return found }
        }
        return read(normalised, with: allRules)
    }

    /// One pattern and how its match is turned into a time.
    struct Rule: Sendable {
        let pattern: ClockPattern
        let time: @Sendable ([String?]) -> ClockTime?

        init(_ pattern: ClockPattern, _ time: @escaping @Sendable ([String?]) -> ClockTime?) {
            self.pattern = pattern
            self.time = time
        }
    }

    /// Runs `rules` over `text`; overlapping matches keep the earliest (then the longest).
    /// Ranges are in scalar offsets.
    static func read(_ text: String, with rules: [Rule]) -> [ClockTime] {
        let line = ClockText(text)
        var found: [(range: Range<Int>, time: ClockTime)] = []
        for rule in rules {
            for match in rule.pattern.matches(in: line) {
                let groups = match.groups.map { r in
                    r.map { range in String(String.UnicodeScalarView(line.scalars[range].compactMap(Unicode.Scalar.init))) }
                }
                if let time = rule.time(groups) { found.append((match.range, time)) }
            }
        }
        found.sort { $0.range.lowerBound != $1.range.lowerBound ? $0.range.lowerBound < $1.range.lowerBound : $0.range.count > $1.range.count }
        var kept: [(range: Range<Int>, time: ClockTime)] = []
        for item in found where kept.last.map({ $0.range.upperBound <= item.range.lowerBound }) ?? true {
            kept.append(item)
        }
        return kept.map(\.time)
    }

    /// A 24-hour time from captured hour and minute texts (minute absent: on the hour).
    static func clock(_ hour: String?, _ minute: String?) -> ClockTime? {
        guard let hour, let h = Int(hour) else { return nil }
        return ClockTime(hour: h, minute: minute.flatMap { Int($0) } ?? 0)
    }

    /// A time on a 12-hour clock: `afternoon` moves 1–11 into the afternoon; 12 in the morning is midnight.
    static func twelveHour(_ hour: String?, _ minute: String?, afternoon: Bool) -> ClockTime? {
        guard let hour, let h = Int(hour), (0...12).contains(h) else { return nil }
        let h24 = afternoon ? (h == 12 ? 12 : h + 12) : (h == 12 ? 0 : h)
        return ClockTime(hour: h24, minute: minute.flatMap { Int($0) } ?? 0)
    }

    /// The rules of `language`, `nil` for a language without rules.
    static func rules(for language: String) -> [Rule]? {
        switch language {
        case "zh": return zh
        case "en": return en
        case "fr": return fr
        case "es": return es
        case "ru": return ru
        case "ar": return ar
        default: return nil
        }
    }

    /// Every language's rules, in the order of the six languages of the records.
    static var allRules: [Rule] { zh + en + fr + es + ru + ar }

    static let zh: [Rule] = [
        Rule(.chinese) { g in
            switch g[0] {
            case "下午"?, "晚上"?, "晚间"?: return twelveHour(g[1], g[2], afternoon: true)
            case "中午"?:
                // 中午12时 is noon, 中午1时 one in the afternoon.
                guard let h = g[1].flatMap({ Int($0) }) else { return nil }
                return twelveHour(g[1], g[2], afternoon: h < 11 || h == 12)
            case nil: return clock(g[1], g[2])
            default: return twelveHour(g[1], g[2], afternoon: false)
            }
        },
    ]

    static let en: [Rule] = [
        Rule(.englishClock) { g in
            twelveHour(g[0], g[1], afternoon: g[2]?.lowercased() == "p")
        },
        Rule(.englishWord) { g in
            ClockTime(hour: g[0]?.lowercased() == "midnight" ? 0 : 12, minute: 0)
        },
    ]

    static let fr: [Rule] = [
        Rule(.frenchClock) { g in clock(g[0], g[1]) },
        Rule(.frenchWord) { g in ClockTime(hour: g[0]?.lowercased() == "minuit" ? 0 : 12, minute: 0) },
    ]

    static let es: [Rule] = [
        Rule(.spanishClock) { g in clock(g[0], g[1]) },
        Rule(.spanishWord) { g in ClockTime(hour: g[0]?.lowercased() == "medianoche" ? 0 : 12, minute: 0) },
    ]

    static let ru: [Rule] = [
        Rule(.russianClock) { g in clock(g[0], g[1]) },
    ]

    static let ar: [Rule] = [
        Rule(.arabicClock) { g in clock(g[0], g[1]) },
    ]

    /// `text` with Arabic-Indic, Eastern Arabic-Indic and full-width digits as ASCII digits.
    static func asciiDigits(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { !$0.isASCII && $0.properties.numericType == .decimal }) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if !scalar.isASCII, scalar.properties.numericType == .decimal, let value = scalar.properties.numericValue,
                let digit = Unicode.Scalar(48 + UInt32(value))
            {
                scalars.append(digit)
            } else {
                scalars.append(scalar)
            }
        }
        return String(scalars)
    }
}
