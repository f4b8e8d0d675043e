/// A speaker label at the start of a statement, such as `萨巴赫先生（科威特）（以阿拉伯语发言）：`,
/// read into its parts. A label may wrap over up to three lines, even inside a parenthesis.
struct SpeakerLabel {
    /// The label as written (stray spaces removed), without the final colon.
    var label: String
    var name: String?
    var title: String?
    var role: Speaker.Role
    var country: String?
    /// ISO code of the language note in the label; `nil` when the label has none.
    var language: String?
    /// Index (in the line table) of the line holding the colon.
    var endLine: Int
    /// Byte offset just after the colon.
    var endOffset: Int
    /// Speech an extraction placed before the label (Arabic in visual order: the speech's first
    /// line comes before the label's line), as byte ranges; the speech after `endOffset` follows it.
    var leadingSpeech: [Range<Int>] = []

    /// Titles and honorifics that end a speaker's name, longest first (the Chinese label grammar's).
    static let titles: [String] = LabelGrammar.chinese.honorifics

    /// Reads a label starting at the content of `lines[index]`; `nil` when the line does not
    /// start with one. With the record's `fullWidth`, a long name that fills its line may go on
    /// in the next line (`德尔菲娜·奥尔蒂斯·德·萨` + `拉特先生（多…`) when it ends with a title.
    static func match(
        _ bytes: UnsafeBufferPointer<UInt8>, lines: [SourceLine], at index: Int, fullWidth: Int = 0
    ) -> SpeakerLabel? {
        guard colonComesFirst(bytes, lines: lines, at: index, count: fullWidth > 0 ? 4 : 3) else { return nil }
        var li = index
        var i = Int(lines[li].start)
        var end = Int(lines[li].end)
        var phase = 0
        var nameScalars = 0
        var nameBytes: [UInt8] = []
        var labelBytes: [UInt8] = []
        var group: [UInt8] = []
        nameBytes.reserveCapacity(64)
        labelBytes.reserveCapacity(160)
        group.reserveCapacity(96)
        var groupScalars = 0
        var groups: [[UInt8]] = []
        var depth = 0
        var hops = 0
        /// A space seen after a Latin letter of the name (`Mr. Smith`): kept before the next one.
        var spaceAfterLatin = false
        var nameWrapped = false
        while true {
            if i >= end {
                // The name must be complete on the first line; parentheses may wrap, and may
                // start the next line after a name that ends with its title. A name filling
                // its whole first line may go on in the next.
                guard hops < (nameWrapped ? 3 : 2), li + 1 < lines.count else { return nil }
                if phase == 0 {
                    guard nameScalars > 0 else { return nil }
                    if startsWithParenthesis(bytes, lines[li + 1]) {
                        let name = String(decoding: nameBytes, as: UTF8.self)
                        guard titles.contains(where: { name.hasUTF8Suffix($0) }) else { return nil }
                    } else {
                        guard fullWidth > 0, hops == 0, Int(lines[li].width) + 4 >= fullWidth else { return nil }
                        nameWrapped = true
                    }
                }
                li += 1
                hops += 1
                i = Int(lines[li].start)
                end = Int(lines[li].end)
                continue
            }
            let (v, length) = UTF8Scalars.decode(bytes, at: i)
            let isOpen = v == 0xFF08 || v == 0x28
            let isClose = v == 0xFF09 || v == 0x29
            let isColon = v == 0xFF1A || v == 0x3A
            let isSpace = UTF8Scalars.isSpace(v)
            switch phase {
            case 0:
                if isOpen || isColon {
                    guard nameScalars > 0 else { return nil }
                    if isColon {
                        return finish(nameBytes, groups, labelBytes, li, i + length, needsTitle: nameWrapped)
                    }
                    phase = 1
                    group.removeAll(keepingCapacity: true)
                    groupScalars = 0
                } else if UTF8Scalars.isIdeograph(v) || v == 0xB7 || v == 0x2022 || v == 0x2027 || v == 0x30FB
                            || v == 0x2D || v == 0xFF0D || v == 0x2010 || v == 0x2011 || v == 0x2E
                            || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) {
                    nameScalars += 1
                    if nameScalars > 24 { return nil }
                    let latin = v < 0x80 && v != 0x2D
                    if spaceAfterLatin, latin {
                        nameBytes.append(0x20)
                        labelBytes.append(0x20)
                    }
                    spaceAfterLatin = false
                    nameBytes.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[i..<(i + length)]))
                } else if isSpace {
                    if let last = nameBytes.last, last < 0x80, last != 0x2D { spaceAfterLatin = true }
                } else {
                    return nil
                }
            case 1:
                // Inside a parenthesis, which may nest once: `（玻利维亚（多民族国））`.
                if isClose {
                    if depth > 0 {
                        depth -= 1
                        group.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[i..<(i + length)]))
                    } else {
                        groups.append(group)
                        phase = 2
                    }
                } else if isOpen {
                    guard depth == 0 else { return nil }
                    depth += 1
                    group.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[i..<(i + length)]))
                } else if isColon || v == 0x3002 {
                    return nil
                } else if !isSpace {
                    groupScalars += 1
                    if groupScalars > 40 { return nil }
                    group.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[i..<(i + length)]))
                }
            default:
                if isOpen {
                    guard groups.count < 4 else { return nil }
                    phase = 1
                    group.removeAll(keepingCapacity: true)
                    groupScalars = 0
                } else if isColon {
                    return finish(nameBytes, groups, labelBytes, li, i + length, needsTitle: nameWrapped)
                } else if !isSpace {
                    return nil
                }
            }
            if !isSpace && !isColon { labelBytes.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[i..<(i + length)])) }
            i += length
        }
    }

    /// Whether `line` opens with a full-width or ASCII opening parenthesis.
    private static func startsWithParenthesis(_ bytes: UnsafeBufferPointer<UInt8>, _ line: SourceLine) -> Bool {
        let s = Int(line.start)
        guard s < Int(line.end) else { return false }
        let v = UTF8Scalars.decode(bytes, at: s).value
        return v == 0xFF08 || v == 0x28
    }

    /// A fast byte test that rules out most lines: a label's colon comes before any comma,
    /// full stop, enumeration comma or semicolon, within three lines.
    @inline(__always)
    static func colonComesFirst(_ bytes: UnsafeBufferPointer<UInt8>, lines: [SourceLine], at index: Int, count: Int = 3) -> Bool {
        var li = index
        while li < lines.count, li < index + count {
            var i = Int(lines[li].start)
            let e = Int(lines[li].end)
            while i < e {
                let b = bytes[i]
                // An ideograph (U+4000–U+9FFF) is none of the marks: its three bytes are passed
                // at once (the other two are continuation bytes, which no mark is).
                if b &- 0xE4 <= 0x05, i + 2 < e, bytes[i + 1] & 0xC0 == 0x80, bytes[i + 2] & 0xC0 == 0x80 {
                    i += 3
                    continue
                }
                if b == 0x3A { return true }
                if b == 0x2C || b == 0x3B { return false }
                if b == 0xEF, i + 2 < e, bytes[i + 1] == 0xBC {
                    let c = bytes[i + 2]
                    if c == 0x9A { return true }          // ：
                    if c == 0x8C || c == 0x9B { return false }  // ，；
                } else if b == 0xE3, i + 2 < e, bytes[i + 1] == 0x80 {
                    let c = bytes[i + 2]
                    if c == 0x82 || c == 0x81 { return false }  // 。、
                }
                i += 1
            }
            li += 1
        }
        return false
    }

    /// The first title that ends `name` after something else, or else the first that is the
    /// whole of it; compared on bytes (every label is tried against each title).
    private static func matchingTitle(_ name: [UInt8]) -> String? {
        let k = titleBytes.firstIndex { $0.count < name.count && name.suffix($0.count).elementsEqual($0) }
            ?? titleBytes.firstIndex { $0 == name }
        return k.map { titles[$0] }
    }

    private static let titleBytes = titles.map { Array($0.utf8) }

    private static func finish(
        _ nameBytes: [UInt8], _ groups: [[UInt8]], _ labelBytes: [UInt8], _ endLine: Int, _ endOffset: Int,
        needsTitle: Bool
    ) -> SpeakerLabel? {
        let fullName = String(decoding: nameBytes, as: UTF8.self)
        var language: String?
        var country: String?
        for g in groups {
            let text = String(decoding: g, as: UTF8.self)
            if let code = LanguageName.code(inNote: text) {
                if language == nil { language = code }
            } else if country == nil {
                country = text
            }
        }
        var name: String? = fullName
        var title: String?
        var role = Speaker.Role.speaker
        if let r = LabelGrammar.chinese.role(of: fullName) {
            role = r
            name = nil
        } else if let t = matchingTitle(nameBytes) {
            title = t
            let prefix = String(fullName.dropLast(t.count))
            name = prefix.isEmpty ? nil : prefix
            if t == "秘书长" { role = .secretaryGeneral }
            // An address such as `主席先生` opens a sentence, it is not a label.
            if prefix.utf8Equals("主席") || prefix.utf8Equals("秘书长") { return nil }
        } else if language == nil || fullName.unicodeScalars.count > 12 || needsTitle {
            return nil
        }
        let label = String(decoding: labelBytes, as: UTF8.self)
        return SpeakerLabel(
            label: label, name: name, title: title, role: role, country: country, language: language,
            endLine: endLine, endOffset: endOffset)
    }
}
