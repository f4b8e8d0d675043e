/// The patterns of the times of day in the six languages' procedural lines, each read by hand
/// as ICU's regular-expression engine would read its pattern (`icuPattern`, case-insensitive):
/// leftmost match, greedy quantifiers, alternatives in order, backtracking through every
/// choice, look-behind and look-ahead of one scalar, and matches that do not overlap.
/// `ClockPatternTests` compares each with ICU on real records of every language.
///
/// Reading them by hand spares the browser ICU's regex library (`libicui18n`) and the set-up
/// of its engine at the first pattern compiled (about 8 M instructions at every start).
enum ClockPattern: CaseIterable, Sendable {
    case chinese
    case englishClock
    case englishWord
    case frenchClock
    case frenchWord
    case spanishClock
    case spanishWord
    case russianClock
    case arabicClock

    /// One match: its range and each capture group's (`nil` for a group that took no part),
    /// in scalar offsets.
    struct Match: Equatable {
        let range: Range<Int>
        let groups: [Range<Int>?]
    }

    /// The pattern this reads, in ICU's syntax (matched ignoring case).
    var icuPattern: String {
        switch self {
        case .chinese: return #"(上午|早上|凌晨|中午|下午|晚上|晚间)?\s*(\d{1,2})\s*[时時点點](?:\s*(\d{1,2})\s*分)?"#
        case .englishClock: return #"(?<![\d.])(\d{1,2})(?:[.:](\d{2}))?\s*([ap])\.?\s?m\b\.?"#
        case .englishWord: return #"\b(noon|midday|midnight)\b"#
        case .frenchClock: return #"(?<![\d.])(\d{1,2})\s*h(?:eures?)?(?:\s*(\d{1,2}))?(?![\p{L}\d])"#
        case .frenchWord: return #"\b(midi|minuit)\b"#
        case .spanishClock: return #"(?<![\d.])(\d{1,2})(?:[.:,](\d{2}))?\s*horas\b"#
        case .spanishWord: return #"\b(mediod[ií]a|medianoche)\b"#
        case .russianClock: return #"(?<![\d.])(\d{1,2})\s*ч(?:ас(?:ов|а)?)?\.?(?:\s*(\d{1,2})\s*м(?:ин(?:ут)?)?\.?)?(?![\p{L}])"#
        case .arabicClock: return #"(?<![\d/:])(\d{1,2})\s*[/:]\s*(\d{2})(?![\d/:])"#
        }
    }

    /// Every match in `text`, left to right; the search goes on after the end of each match.
    func matches(in text: ClockText) -> [Match] {
        var found: [Match] = []
        var position = 0
        while position < text.count {
            if let match = match(in: text, at: position), match.range.upperBound > position {
                found.append(match)
                position = match.range.upperBound
            } else {
                position += 1
            }
        }
        return found
    }

    /// The match starting at `start`, trying the choices in the engine's order.
    func match(in text: ClockText, at start: Int) -> Match? {
        switch self {
        case .chinese: return Self.chinese(text, start)
        case .englishClock: return Self.englishClock(text, start)
        case .englishWord: return Self.words(text, start, [Self.noon, Self.midday, Self.midnight])
        case .frenchClock: return Self.frenchClock(text, start)
        case .frenchWord: return Self.words(text, start, [Self.midi, Self.minuit])
        case .spanishClock: return Self.spanishClock(text, start)
        case .spanishWord: return Self.words(text, start, [Self.mediodia, Self.mediodiaAccented, Self.medianoche])
        case .russianClock: return Self.russianClock(text, start)
        case .arabicClock: return Self.arabicClock(text, start)
        }
    }

    // MARK: - The patterns

    /// The scalars of a word, as they are matched ignoring case (folded: lower case).
    private static func word(_ text: String) -> [UInt32] { text.unicodeScalars.map(\.value) }

    private static let chinesePrefixes = ["上午", "早上", "凌晨", "中午", "下午", "晚上", "晚间"].map(word)
    private static let chineseHourMarks = word("时時点點")
    private static let chineseMinute = word("分")[0]
    private static let noon = word("noon"), midday = word("midday"), midnight = word("midnight")
    private static let midi = word("midi"), minuit = word("minuit")
    private static let mediodia = word("mediodia"), mediodiaAccented = word("mediodía"), medianoche = word("medianoche")
    private static let eure = word("eure"), horas = word("horas")
    private static let russianHour = word("ч")[0], russianMinute = word("м")[0]
    private static let chas = word("ас"), chasov = word("ов"), chasa = word("а")[0]
    private static let min = word("ин"), minut = word("ут")
    private static let dot: UInt32 = 0x2E, colon: UInt32 = 0x3A, comma: UInt32 = 0x2C, slash: UInt32 = 0x2F

    /// `(?<![\d.])`: the scalar before `start` is neither a digit nor a full stop.
    private static func notAfterDigitOrDot(_ text: ClockText, _ start: Int) -> Bool {
        !text.isDigit(start - 1) && !text.isScalar(start - 1, dot)
    }

    /// `(上午|…|晚间)?\s*(\d{1,2})\s*[时時点點](?:\s*(\d{1,2})\s*分)?`
    private static func chinese(_ text: ClockText, _ start: Int) -> Match? {
        var prefixes: [Range<Int>?] = chinesePrefixes.compactMap { prefix in text.after(prefix, at: start).map { start..<$0 } }
        prefixes.append(nil)
        for prefix in prefixes {
            let hourStart = text.afterSpaces(prefix?.upperBound ?? start)
            for hourLength in text.digitRuns(hourStart) {
                let hour = hourStart..<(hourStart + hourLength)
                let mark = text.afterSpaces(hour.upperBound)
                guard chineseHourMarks.contains(where: { text.isLetter(mark, $0) }) else { continue }
                let minuteStart = text.afterSpaces(mark + 1)
                for minuteLength in text.digitRuns(minuteStart) {
                    let minute = minuteStart..<(minuteStart + minuteLength)
                    let sign = text.afterSpaces(minute.upperBound)
                    if text.isLetter(sign, chineseMinute) {
                        return Match(range: start..<(sign + 1), groups: [prefix, hour, minute])
                    }
                }
                return Match(range: start..<(mark + 1), groups: [prefix, hour, nil])
            }
        }
        return nil
    }

    /// `(?<![\d.])(\d{1,2})(?:[.:](\d{2}))?\s*([ap])\.?\s?m\b\.?`
    private static func englishClock(_ text: ClockText, _ start: Int) -> Match? {
        guard notAfterDigitOrDot(text, start) else { return nil }
        for hourLength in text.digitRuns(start) {
            let hour = start..<(start + hourLength)
            for (end, minute) in twoDigitMinutes(text, after: hour.upperBound, separators: [dot, colon]) {
                let marker = text.afterSpaces(end)
                guard text.isLetter(marker, 0x61) || text.isLetter(marker, 0x70) else { continue }
                for afterDot in optional(text, marker + 1, dot) {
                    let spaces = text.afterSpaces(afterDot) > afterDot ? [afterDot + 1, afterDot] : [afterDot]
                    for m in spaces where text.isLetter(m, 0x6D) && text.isWordBoundary(m + 1) {
                        let end = text.isScalar(m + 1, dot) ? m + 2 : m + 1
                        return Match(range: start..<end, groups: [hour, minute, marker..<(marker + 1)])
                    }
                }
            }
        }
        return nil
    }

    /// `(?<![\d.])(\d{1,2})\s*h(?:eures?)?(?:\s*(\d{1,2}))?(?![\p{L}\d])`
    private static func frenchClock(_ text: ClockText, _ start: Int) -> Match? {
        guard notAfterDigitOrDot(text, start) else { return nil }
        let free = { (i: Int) in !text.isLetterIgnoringCase(i) && !text.isDigit(i) }
        for hourLength in text.digitRuns(start) {
            let hour = start..<(start + hourLength)
            let h = text.afterSpaces(hour.upperBound)
            guard text.isLetter(h, 0x68) else { continue }
            var ends: [Int] = []
            if let e = text.after(eure, at: h + 1) {
                if text.isLetter(e, 0x73) { ends.append(e + 1) }
                ends.append(e)
            }
            ends.append(h + 1)
            for end in ends {
                let minuteStart = text.afterSpaces(end)
                for minuteLength in text.digitRuns(minuteStart) where free(minuteStart + minuteLength) {
                    return Match(range: start..<(minuteStart + minuteLength), groups: [hour, minuteStart..<(minuteStart + minuteLength)])
                }
                if free(end) { return Match(range: start..<end, groups: [hour, nil]) }
            }
        }
        return nil
    }

    /// `(?<![\d.])(\d{1,2})(?:[.:,](\d{2}))?\s*horas\b`
    private static func spanishClock(_ text: ClockText, _ start: Int) -> Match? {
        guard notAfterDigitOrDot(text, start) else { return nil }
        for hourLength in text.digitRuns(start) {
            let hour = start..<(start + hourLength)
            for (end, minute) in twoDigitMinutes(text, after: hour.upperBound, separators: [dot, colon, comma]) {
                if let after = text.after(horas, at: text.afterSpaces(end)), text.isWordBoundary(after) {
                    return Match(range: start..<after, groups: [hour, minute])
                }
            }
        }
        return nil
    }

    /// `(?<![\d.])(\d{1,2})\s*ч(?:ас(?:ов|а)?)?\.?(?:\s*(\d{1,2})\s*м(?:ин(?:ут)?)?\.?)?(?![\p{L}])`
    private static func russianClock(_ text: ClockText, _ start: Int) -> Match? {
        guard notAfterDigitOrDot(text, start) else { return nil }
        let free = { (i: Int) in !text.isLetterIgnoringCase(i) }
        for hourLength in text.digitRuns(start) {
            let hour = start..<(start + hourLength)
            let h = text.afterSpaces(hour.upperBound)
            guard text.isLetter(h, russianHour) else { continue }
            var words: [Int] = []
            if let e = text.after(chas, at: h + 1) {
                if let f = text.after(chasov, at: e) { words.append(f) }
                if text.isLetter(e, chasa) { words.append(e + 1) }
                words.append(e)
            }
            words.append(h + 1)
            for word in words {
                for end in optional(text, word, dot) {
                    let minuteStart = text.afterSpaces(end)
                    for minuteLength in text.digitRuns(minuteStart) {
                        let m = text.afterSpaces(minuteStart + minuteLength)
                        guard text.isLetter(m, russianMinute) else { continue }
                        var minuteWords: [Int] = []
                        if let e = text.after(min, at: m + 1) {
                            if let f = text.after(minut, at: e) { minuteWords.append(f) }
                            minuteWords.append(e)
                        }
                        minuteWords.append(m + 1)
                        for minuteWord in minuteWords {
                            for minuteEnd in optional(text, minuteWord, dot) where free(minuteEnd) {
                                return Match(range: start..<minuteEnd, groups: [hour, minuteStart..<(minuteStart + minuteLength)])
                            }
                        }
                    }
                    if free(end) { return Match(range: start..<end, groups: [hour, nil]) }
                }
            }
        }
        return nil
    }

    /// `(?<![\d/:])(\d{1,2})\s*[/:]\s*(\d{2})(?![\d/:])`
    private static func arabicClock(_ text: ClockText, _ start: Int) -> Match? {
        let separators = [slash, colon]
        guard !text.isDigit(start - 1), !text.isScalar(start - 1, in: separators) else { return nil }
        for hourLength in text.digitRuns(start) {
            let hour = start..<(start + hourLength)
            let separator = text.afterSpaces(hour.upperBound)
            guard text.isScalar(separator, in: separators) else { continue }
            let minuteStart = text.afterSpaces(separator + 1)
            guard text.isDigit(minuteStart), text.isDigit(minuteStart + 1) else { continue }
            let end = minuteStart + 2
            guard !text.isDigit(end), !text.isScalar(end, in: separators) else { continue }
            return Match(range: start..<end, groups: [hour, minuteStart..<end])
        }
        return nil
    }

    /// `\b(w1|w2|…)\b`: the first of `words` at `start` that ends on a word boundary.
    private static func words(_ text: ClockText, _ start: Int, _ words: [[UInt32]]) -> Match? {
        guard text.isWordBoundary(start) else { return nil }
        for word in words {
            if let end = text.after(word, at: start), text.isWordBoundary(end) {
                return Match(range: start..<end, groups: [start..<end])
            }
        }
        return nil
    }

    /// `(?:[seps](\d{2}))?` after `position`: with the minutes first (greedy), then without;
    /// each as the position after it and the minutes' range.
    private static func twoDigitMinutes(_ text: ClockText, after position: Int, separators: [UInt32]) -> [(Int, Range<Int>?)] {
        var choices: [(Int, Range<Int>?)] = []
        if text.isScalar(position, in: separators), text.isDigit(position + 1), text.isDigit(position + 2) {
            choices.append((position + 3, (position + 1)..<(position + 3)))
        }
        choices.append((position, nil))
        return choices
    }

    /// `x?` for the scalar `value` at `position`: after it first (greedy), then without.
    private static func optional(_ text: ClockText, _ position: Int, _ value: UInt32) -> [Int] {
        text.isScalar(position, value) ? [position + 1, position] : [position]
    }
}
