import Foundation

/// The cover page of a record (its first page): symbol, body, meeting number, date, status,
/// president, members, agenda and job number. Dot leaders are layout, not content.
struct CoverPage {
    /// Facts read from the cover.
    var meeting = Meeting(language: "zh")
    /// The cover's lines as text, dot leaders replaced by a space.
    var lines: [String] = []

    /// True when `lines[index]` opens a cover page: `联合国` or a record symbol alone on its
    /// line, followed within a few lines by the other one or by the body's name.
    static func starts(_ bytes: UnsafeBufferPointer<UInt8>, lines: [SourceLine], at index: Int) -> Bool {
        let line = lines[index]
        guard line.end - line.start <= 60 else { return false }
        let text = UTF8Scalars.string(bytes, Int(line.start), Int(line.end)).filter { $0 != " " }
        let isUN = text == "联合国"
        guard isUN || isRecordSymbol(text) else { return false }
        var k = index + 1
        while k < lines.count, k <= index + 6 {
            let l = lines[k]
            if l.end - l.start <= 60 {
                let t = UTF8Scalars.string(bytes, Int(l.start), Int(l.end)).filter { $0 != " " }
                if (isUN && isRecordSymbol(String(t.prefix(while: { $0.isASCII })))) || t.hasPrefix("安全理事会")
                    || t.hasPrefix("大会") {
                    return true
                }
            }
            k += 1
        }
        return false
    }

    /// `S/PV.8160`, `A/72/PV.12`, possibly followed by `(Resumption 1)`.
    static func isRecordSymbol(_ text: String) -> Bool {
        let head = text.split(separator: " ").first.map(String.init) ?? text
        let parts = head.split(separator: "/", omittingEmptySubsequences: false)
        guard let last = parts.last, last.hasPrefix("PV."), last.count > 3,
              last.dropFirst(3).allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "-") }) else { return false }
        if parts.count == 2 { return parts[0] == "S" }
        if parts.count == 3 { return parts[0] == "A" && parts[1].allSatisfy { $0.isASCII && ($0.isNumber || $0.isLetter || $0 == "-") } }
        return false
    }

    /// Keeps only the cover's text (dot leaders removed), for a later meeting's cover in a file
    /// holding several.
    init(layoutOnly texts: [String]) {
        lines = texts.map(Self.removingLeaders)
    }

    /// Reads the cover from its lines.
    init(texts: [String]) {
        var inMembers = false
        for raw in texts {
            let text = Self.removingLeaders(raw)
            lines.append(text)
            let compact = text.replacingOccurrences(of: " ", with: "")
            if meeting.symbol == nil, Self.isRecordSymbol(text) {
                meeting.symbol = String(text.split(separator: " ")[0])
                continue
            }
            if meeting.body == nil, compact == "安全理事会" || compact == "大会" {
                meeting.body = compact
                continue
            }
            if compact == "临时" {
                meeting.status = .provisional
                continue
            }
            if meeting.meetingNumber == nil, compact.hasPrefix("第"), compact.hasSuffix("次会议"),
               let n = Int(compact.dropFirst().dropLast(3)) {
                meeting.meetingNumber = n
                continue
            }
            if meeting.date == nil, let date = Self.date(compact) {
                meeting.date = date.written
                meeting.isoDate = date.iso
                continue
            }
            if compact.hasPrefix("主席：") || compact.hasPrefix("主席:") {
                inMembers = false
                let rest = String(text.drop(while: { $0 != "：" && $0 != ":" }).dropFirst())
                let (name, country) = Self.nameAndCountry(rest)
                if let name { meeting.presidents.append(PresidingOfficer(name: name, country: country)) }
                continue
            }
            if compact.hasPrefix("成员：") || compact.hasPrefix("成员:") {
                inMembers = true
                let rest = String(text.drop(while: { $0 != "：" && $0 != ":" }).dropFirst())
                if let member = Self.member(rest) { meeting.members.append(member) }
                continue
            }
            if compact == "议程" {
                inMembers = false
                continue
            }
            if inMembers {
                if let member = Self.member(text) { meeting.members.append(member) } else { inMembers = false }
                continue
            }
            if Self.isJobNumberLine(compact) {
                meeting.jobNumber = text.trimmingCharacters(in: .whitespaces)
            }
        }
        if meeting.symbol != nil, meeting.status == .unknown { meeting.status = .final }
    }

    /// A cover's text as the model keeps it: each line with its dot leaders removed.
    static func coverText(_ text: String) -> String {
        text.components(separatedBy: "\n").map(removingLeaders).joined(separator: "\n")
    }

    /// Replaces dot leaders (`……`, `.....`, `·····`) by one space and trims.
    static func removingLeaders(_ text: String) -> String {
        // Leaders are made of `.` or of `…`, `·`, `．`, `⋯` (UTF-8 lead bytes E2, C2, EF).
        if !text.utf8.contains(where: { $0 == 0x2E || $0 == 0xE2 || $0 == 0xC2 || $0 == 0xEF }) {
            return text.trimmingCharacters(in: .whitespaces)
        }
        var out = ""
        var run = 0
        var runText = ""
        func flush() {
            if run >= 3 { if out.last != " " { out.append(" ") } } else { out += runText }
            run = 0
            runText = ""
        }
        for ch in text {
            if ch == "." || ch == "…" || ch == "·" || ch == "．" || ch == "⋯" {
                run += ch == "…" || ch == "⋯" ? 3 : 1
                runText.append(ch)
            } else {
                if run > 0 { flush() }
                out.append(ch)
            }
        }
        if run > 0 { flush() }
        return out.trimmingCharacters(in: .whitespaces)
    }

    /// `纳扎尔巴耶夫先生 （哈萨克斯坦）` → name, country.
    static func nameAndCountry(_ text: String) -> (String?, String?) {
        let t = text.trimmingCharacters(in: .whitespaces)
        guard let open = t.firstIndex(where: { $0 == "（" || $0 == "(" }) else { return (t.isEmpty ? nil : t, nil) }
        let name = t[..<open].trimmingCharacters(in: .whitespaces)
        let inside = t[t.index(after: open)...].prefix(while: { $0 != "）" && $0 != ")" })
        return (name.isEmpty ? nil : name, inside.isEmpty ? nil : String(inside))
    }

    /// `中国 吴海涛先生` (leaders already removed) → a member.
    static func member(_ text: String) -> Member? {
        let t = text.trimmingCharacters(in: .whitespaces)
        guard let space = t.lastIndex(of: " ") else { return nil }
        let country = t[..<space].trimmingCharacters(in: .whitespaces)
        let person = t[t.index(after: space)...].trimmingCharacters(in: .whitespaces)
        guard !country.isEmpty, !person.isEmpty, country.unicodeScalars.count <= 30 else { return nil }
        return Member(country: country, representative: person)
    }

    /// `18-01234 (C)`.
    static func isJobNumberLine(_ compact: String) -> Bool {
        let s = Array(compact.unicodeScalars)
        guard s.count >= 8, s[2] == "-" else { return false }
        for k in [0, 1, 3, 4, 5, 6, 7] where !(s[k].value >= 0x30 && s[k].value <= 0x39) { return false }
        return s.count == 8 || (s.count == 11 && s[8] == "(" && s[10] == ")")
    }

    /// `2018年1月18日星期四上午10时在纽约举行` → (`2018年1月18日星期四上午10时`, `2018-01-18`).
    static func date(_ compact: String) -> (written: String, iso: String)? {
        let s = Array(compact)
        var i = 0
        func digits() -> Int? {
            let start = i
            while i < s.count, s[i].isASCII, s[i].isNumber { i += 1 }
            return i > start ? Int(String(s[start..<i])) : nil
        }
        guard let year = digits(), year > 1900, i < s.count, s[i] == "年" else { return nil }
        i += 1
        guard let month = digits(), (1...12).contains(month), i < s.count, s[i] == "月" else { return nil }
        i += 1
        guard let day = digits(), (1...31).contains(day), i < s.count, s[i] == "日" else { return nil }
        var written = compact
        if let at = compact.range(of: "在") { written = String(compact[..<at.lowerBound]) }
        func pad(_ n: Int, _ width: Int) -> String {
            let d = String(n)
            return String(repeating: "0", count: max(0, width - d.count)) + d
        }
        let iso = "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
        return (written, iso)
    }
}
