/// Recognisers for whole lines that are not running text: notes in parentheses, and the
/// procedural lines of a meeting (opening, adoption of the agenda, suspension, closing).
enum LineKind {
    /// A procedural line and the time it states, if any.
    enum Procedural: Equatable {
        case opening(time: String)
        case closing(time: String)
        case agendaAdoption
        /// `会议于…暂停，…复会。`, `下午1时10分休会。`: the meeting is suspended.
        case suspension
        /// `下午3时复会。`: the meeting resumes.
        case resumption
    }

    private static let phrases = ProceduralPhrases.chinese
    private static let open = UTF8Scalars.bytes(phrases.openings[0])
    private static let close = UTF8Scalars.bytes(phrases.closings[0])
    private static let resume = UTF8Scalars.bytes(phrases.resumptions[0])
    private static let suspend = UTF8Scalars.bytes(phrases.suspensions[0])
    private static let recess = UTF8Scalars.bytes(phrases.suspensions[1])
    private static let fullStop = UTF8Scalars.bytes("。")
    private static let meetingPrefix = UTF8Scalars.bytes("会议")

    private static let agendaItemPrefix = UTF8Scalars.bytes("议程项目")

    /// `议程项目68（续）`: an agenda item announced in the body (General Assembly records).
    static func isAgendaItemHeading(_ bytes: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Bool {
        e - s <= 300 && UTF8Scalars.matches(bytes, at: s, end: e, agendaItemPrefix)
            && s + agendaItemPrefix.count < e
            && (bytes[s + agendaItemPrefix.count] >= 0x30 && bytes[s + agendaItemPrefix.count] <= 0x39
                || bytes[s + agendaItemPrefix.count] == 0x20)
    }

    private static let voteHeadings = ["赞成：", "反对：", "弃权："].map(UTF8Scalars.bytes)

    /// `赞成：`, `反对：`, `弃权：` alone on a line: the heading of a recorded vote's list of
    /// States, a paragraph of its own.
    static func isVoteHeading(_ bytes: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Bool {
        e - s == 9 && voteHeadings.contains { UTF8Scalars.matches(bytes, at: s, end: e, $0) }
    }

    /// A quick test on the last bytes: every procedural line ends in `。`, `程` or `过`.
    @inline(__always)
    static func mayBeProcedural(_ bytes: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Bool {
        guard e - s >= 6 else { return false }
        let a = bytes[e - 3]
        let b = bytes[e - 2]
        let c = bytes[e - 1]
        return (a == 0xE3 && b == 0x80 && c == 0x82) || (a == 0xE7 && b == 0xA8 && c == 0x8B)
            || (a == 0xE8 && b == 0xBF && c == 0x87) || (a == 0xE4 && b == 0xBC && c == 0x9A)
    }

    /// Reads `bytes[s..<e]` as a procedural line.
    static func procedural(_ bytes: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Procedural? {
        let length = e - s
        guard length >= 6, length <= 90 else { return nil }
        // Quick byte test on the end: 会 E4 BC 9A, 停 E5 81 9C, 程 E7 A8 8B, 过 E8 BF 87,
        // possibly before 。 (E3 80 82).
        var tailEnd = e
        if bytes[e - 3] == 0xE3, bytes[e - 2] == 0x80, bytes[e - 1] == 0x82 { tailEnd -= 3 }
        guard tailEnd - s >= 3 else { return nil }
        let t0 = bytes[tailEnd - 3]
        let t1 = bytes[tailEnd - 2]
        let t2 = bytes[tailEnd - 1]
        guard (t0 == 0xE4 && t1 == 0xBC && t2 == 0x9A) || (t0 == 0xE5 && t1 == 0x81 && t2 == 0x9C)
            || (t0 == 0xE7 && t1 == 0xA8 && t2 == 0x8B) || (t0 == 0xE8 && t1 == 0xBF && t2 == 0x87) else { return nil }
        var end = e
        if UTF8Scalars.matches(bytes, at: end - 3, end: end, fullStop) { end -= 3 }
        guard end - s >= 6 else { return nil }
        let tail = end - 6
        // Every procedural line ends in 会 (开会, 散会, 复会), 停 (暂停) or 程/过 (议程, 通过).
        let last = UTF8Scalars.decode(bytes, at: end - 3).value
        guard last == 0x4F1A || last == 0x505C || last == 0x7A0B || last == 0x8FC7 else { return nil }
        let text = UTF8Scalars.string(bytes, s, end)
        if phrases.agendaAdoptions.contains(text) { return .agendaAdoption }
        let startsWithTime = isTimeStart(bytes, s, end)
        if startsWithTime, UTF8Scalars.matches(bytes, at: tail, end: end, open) {
            let time = String(text.dropLast(2))
            return isTimeExpression(time) ? .opening(time: time) : nil
        }
        if startsWithTime, UTF8Scalars.matches(bytes, at: tail, end: end, close) {
            let time = String(text.dropLast(2))
            return isTimeExpression(time) ? .closing(time: time) : nil
        }
        // A suspension or resumption: `会议于…暂停，…复会。`, `上午11时50分会议暂停，中午12时复会。`,
        // `下午1时10分休会。`, `下午3时复会。`.
        let resumes = UTF8Scalars.matches(bytes, at: tail, end: end, resume)
        let suspends = UTF8Scalars.matches(bytes, at: tail, end: end, suspend)
            || UTF8Scalars.matches(bytes, at: tail, end: end, recess)
        if resumes || suspends, startsWithTime || UTF8Scalars.matches(bytes, at: s, end: end, meetingPrefix),
           text.unicodeScalars.count <= 30, text.contains("时") {
            if resumes, !text.contains("暂停"), !text.contains("休会") {
                return startsWithTime && isTimeExpression(String(text.dropLast(2))) ? .resumption : nil
            }
            return .suspension
        }
        return nil
    }

    /// `上午`, `下午`, `中午`, `晚上`, `凌晨` or a digit.
    private static func isTimeStart(_ bytes: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Bool {
        let b = bytes[s]
        if b >= 0x30 && b <= 0x39 { return true }
        let (v, _) = UTF8Scalars.decode(bytes, at: s)
        return v == 0x4E0A || v == 0x4E0B || v == 0x4E2D || v == 0x665A || v == 0x51CC  // 上 下 中 晚 凌
    }

    /// `上午10时20分`, `下午1时`, `晚上7时5分`: a time of day and nothing else.
    static func isTimeExpression(_ text: String) -> Bool {
        var rest = Substring(text)
        for prefix in ["上午", "下午", "中午", "晚上", "凌晨"] where rest.hasPrefix(prefix) {
            rest = rest.dropFirst(prefix.count)
            break
        }
        guard let shi = rest.firstIndex(of: "时") else { return false }
        let hours = rest[..<shi]
        guard !hours.isEmpty, hours.count <= 2, hours.allSatisfy({ $0.isASCII && $0.isNumber }) else { return false }
        let after = rest[rest.index(after: shi)...]
        if after.isEmpty || after == "整" { return true }
        guard after.hasSuffix("分") else { return false }
        let minutes = after.dropLast()
        return !minutes.isEmpty && minutes.count <= 2 && minutes.allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// A note: the whole line (or two lines) is one parenthesised group, `（以俄语发言）`.
    /// Returns the index of its last line and its text (brackets included).
    static func note(_ bytes: UnsafeBufferPointer<UInt8>, lines: [SourceLine], at index: Int) -> (lastLine: Int, text: String)? {
        let line = lines[index]
        let s = Int(line.start)
        let (first, _) = UTF8Scalars.decode(bytes, at: s)
        guard first == 0xFF08 || first == 0x28 else { return nil }
        var depth = 0
        var li = index
        var i = s
        var e = Int(line.end)
        var text: [UInt8] = []
        var scalars = 0
        while true {
            if i >= e {
                guard depth > 0, li == index, li + 1 < lines.count else { return nil }
                li += 1
                i = Int(lines[li].start)
                e = Int(lines[li].end)
                continue
            }
            let (v, length) = UTF8Scalars.decode(bytes, at: i)
            if v == 0xFF08 || v == 0x28 { depth += 1 }
            if v == 0xFF09 || v == 0x29 { depth -= 1 }
            for k in 0..<length { text.append(bytes[i + k]) }
            scalars += 1
            if scalars > 120 { return nil }
            i += length
            if depth == 0 {
                // The group must end the line.
                guard i == e else { return nil }
                return (li, String(decoding: text, as: UTF8.self))
            }
        }
    }
}
