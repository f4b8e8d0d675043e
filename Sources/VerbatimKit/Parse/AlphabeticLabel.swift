/// Reads speaker labels written in alphabetic scripts (English, French, Spanish, Russian):
/// a role (`The President`) or an honorific and a name (`Mr. Nebenzia`), then bracketed groups
/// (the country, the spoken-language note), then a colon, which French sets after a space.
/// A label may wrap inside or between its brackets, and a long name may wrap once.
enum AlphabeticLabel {
    /// Reads a label starting at `lines[index]` by `grammar`; `nil` when the line does not start with one.
    static func match(
        _ bytes: UnsafeBufferPointer<UInt8>, lines: [SourceLine], at index: Int, grammar: LabelGrammar
    ) -> SpeakerLabel? {
        let s = Int(lines[index].start)
        guard s < Int(lines[index].end), mayStart(bytes[s]), colonAhead(bytes, lines: lines, at: index) else { return nil }
        // The candidate text: up to three lines, with the byte offset of each scalar.
        var scalars: [Unicode.Scalar] = []
        var offsets: [Int] = []
        var lineOf: [Int] = []
        var li = index
        while li < lines.count, li < index + 3 {
            if li > index {
                scalars.append("\n")
                offsets.append(Int(lines[li].start))
                lineOf.append(li)
            }
            var i = Int(lines[li].start)
            // A label ends within its first 400 bytes; the rest of a line is read only far
            // enough to see a cover's dot leaders.
            let e = min(Int(lines[li].end), i + 1200)
            while i < e {
                let (v, length) = UTF8Scalars.decode(bytes, at: i)
                scalars.append(Unicode.Scalar(v) ?? "?")
                offsets.append(i)
                lineOf.append(li)
                i += length
            }
            li += 1
        }
        var reader = Reader(scalars: scalars, grammar: grammar)
        guard let parts = reader.read() else { return nil }
        let colon = parts.colon
        // The speech after the colon must not be a cover line's dot leaders.
        let restEnd = scalars[(colon + 1)...].firstIndex(of: "\n") ?? scalars.count
        if hasDotLeaders(scalars[(colon + 1)..<restEnd]) { return nil }
        // A cover's `Председатель:` alone on its line, the name and dot leaders on the next.
        if scalars[(colon + 1)..<restEnd].allSatisfy({ $0 == " " }), restEnd < scalars.count {
            let nextEnd = scalars[(restEnd + 1)...].firstIndex(of: "\n") ?? scalars.count
            if hasDotLeaders(scalars[(restEnd + 1)..<nextEnd]) { return nil }
        }
        var country: String?
        var language: String?
        for group in parts.groups {
            if let code = grammar.spokenLanguage(inNote: group) {
                if language == nil { language = code }
            } else if country == nil {
                country = group
            }
        }
        return SpeakerLabel(
            label: parts.label, name: parts.name, title: parts.title, role: parts.role, country: country,
            language: language, endLine: lineOf[colon], endOffset: offsets[colon] + 1)
    }

    /// A label starts with a capital: an ASCII one, or the lead byte of an accented Latin or a
    /// Cyrillic letter.
    @inline(__always)
    private static func mayStart(_ b: UInt8) -> Bool {
        (b >= 0x41 && b <= 0x5A) || b == 0xC3 || b == 0xC4 || b == 0xC5 || b == 0xD0 || b == 0xD1
    }

    /// A fast byte test that rules out most lines: a colon outside brackets comes before any
    /// comma or semicolon outside brackets, within three lines and 400 bytes.
    @inline(__always)
    private static func colonAhead(_ bytes: UnsafeBufferPointer<UInt8>, lines: [SourceLine], at index: Int) -> Bool {
        var depth = 0
        var li = index
        var seen = 0
        while li < lines.count, li < index + 3 {
            var i = Int(lines[li].start)
            let e = Int(lines[li].end)
            while i < e {
                switch bytes[i] {
                case 0x28: depth += 1
                case 0x29: depth = max(0, depth - 1)
                case 0x3A where depth == 0: return true
                case 0x2C, 0x3B: if depth == 0 { return false }
                default: break
                }
                i += 1
                seen += 1
                if seen > 400 { return false }
            }
            li += 1
        }
        return false
    }

    /// A run of dot leaders (`....`, `. . .`), as cover lines have.
    private static func hasDotLeaders(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        var dots = 0
        for v in scalars {
            if v == "." { dots += 1; if dots >= 4 { return true } } else if v != " " { dots = 0 }
        }
        return false
    }

    /// The parts of a label read from its scalars.
    struct Parts {
        var label: String
        var name: String?
        var title: String?
        var role: Speaker.Role
        var groups: [String]
        /// Index of the colon's scalar.
        var colon: Int
    }

    /// A reader over the scalars of a candidate label.
    struct Reader {
        let scalars: [Unicode.Scalar]
        let grammar: LabelGrammar
        var k = 0

        init(scalars: [Unicode.Scalar], grammar: LabelGrammar) {
            self.scalars = scalars
            self.grammar = grammar
        }

        mutating func read() -> Parts? {
            var role = Speaker.Role.speaker
            var title: String?
            var isRole = false
            if let phrase = grammar.roles.first(where: { startsWord($0.phrase) }) {
                role = phrase.role
                title = phrase.phrase
                isRole = true
                k += phrase.phrase.unicodeScalars.count
            } else if let honorific = grammar.honorifics.first(where: { startsWord($0) }) {
                title = honorific
                k += honorific.unicodeScalars.count
            } else {
                return nil
            }
            // The name: capitalised words and particles, up to a bracket or the colon.
            var words: [String] = []
            var hops = 0
            while true {
                skipSpaces()
                guard k < scalars.count else { return nil }
                let v = scalars[k]
                if v == "\n" {
                    // A name may wrap once, when it has begun; a bracket may open the next line.
                    guard hops == 0, k + 1 < scalars.count else { return nil }
                    if scalars[k + 1] != "(" { guard !words.isEmpty, words.count < 6 else { return nil } }
                    hops += 1
                    k += 1
                    continue
                }
                if v == "(" || v == ":" { break }
                guard let word = readWord(), isNameWord(word) else { return nil }
                words.append(word)
                if words.count > 8 { return nil }
            }
            // Brackets: the country and the spoken-language note.
            var groups: [String] = []
            while k < scalars.count, scalars[k] == "(" {
                guard groups.count < 4, let group = readGroup() else { return nil }
                groups.append(group)
                let save = k
                skipSpaces()
                if k < scalars.count, scalars[k] == "\n", k + 1 < scalars.count, scalars[k + 1] == "(" {
                    k += 1
                } else if k >= scalars.count || scalars[k] != "(" {
                    k = save
                    skipSpaces()
                }
            }
            guard k < scalars.count, scalars[k] == ":" else { return nil }
            // French sets a space (plain, U+00A0 or U+202F) before the colon; elsewhere an
            // extraction may leave one stray plain space, no more.
            if !grammar.spaceBeforeColon, k >= 1, isSpace(scalars[k - 1]) {
                guard scalars[k - 1] == " ", k < 2 || !isSpace(scalars[k - 2]) else { return nil }
            }
            // A role alone is the role; a role before a name is that name's title.
            if isRole, !words.isEmpty {
                role = .speaker
            } else if !isRole, words.isEmpty {
                return nil
            }
            // A role phrase that names an office, not the chair (`The Deputy Secretary-General`).
            let keepsTitle = !isRole || !words.isEmpty || role == .speaker
            let name = words.isEmpty ? nil : words.joined(separator: " ")
            var label = title ?? ""
            if let name { label += " " + name }
            for g in groups { label += " (" + g + ")" }
            return Parts(label: label, name: name, title: keepsTitle ? title : nil, role: role, groups: groups, colon: k)
        }

        /// Whether the text at `k` starts with `word` followed by a space, a bracket or the colon.
        private func startsWord(_ word: String) -> Bool {
            var j = k
            for w in word.unicodeScalars {
                guard j < scalars.count, scalars[j] == w || (w == " " && isSpace(scalars[j])) else { return false }
                j += 1
            }
            guard j < scalars.count else { return false }
            let next = scalars[j]
            return isSpace(next) || next == "(" || next == ":" || next == "\n"
        }

        private mutating func skipSpaces() {
            while k < scalars.count, isSpace(scalars[k]) { k += 1 }
        }

        private func isSpace(_ v: Unicode.Scalar) -> Bool {
            v == " " || v == "\t" || v == "\u{00A0}" || v == "\u{202F}" || v == "\u{2009}"
        }

        /// The word at `k`, up to a space, a bracket, the colon or the line's end; `nil` at a
        /// comma, a semicolon or another stop that no name holds.
        private mutating func readWord() -> String? {
            var word = String.UnicodeScalarView()
            while k < scalars.count {
                let v = scalars[k]
                if isSpace(v) || v == "(" || v == ":" || v == "\n" { break }
                if v == "," || v == ";" || v == "!" || v == "?" || v == ")" || v == "\"" || v == "“" || v == "«" { return nil }
                word.append(v)
                k += 1
            }
            return word.isEmpty ? nil : String(word)
        }

        /// A word of a name: capitalised (`DiCarlo`, `Pavļuta-Deslandes`, `II`), or a particle
        /// (`de`, `van`); a full stop ends only an initial (`J.`) or `Jr.`.
        private func isNameWord(_ word: String) -> Bool {
            guard let first = word.unicodeScalars.first else { return false }
            if word.hasSuffix(".") {
                let stem = word.dropLast()
                guard stem.unicodeScalars.count == 1 || stem == "Jr" || stem == "Sr" || stem == "St" else { return false }
            }
            if first.properties.isUppercase { return true }
            let lower = word.lowercased()
            if grammar.nameParticles.contains(lower) { return true }
            for p in grammar.nameParticles where p.hasSuffix("-") || p.hasSuffix("’") || p.hasSuffix("'") {
                if lower.hasPrefix(p), lower.count > p.count { return true }
            }
            return false
        }

        /// A bracketed group starting at `k` (on `(`), which may nest once and wrap over a line;
        /// its text without the brackets, a line-end hyphen joined as running text joins it.
        private mutating func readGroup() -> String? {
            var depth = 0
            var text = String.UnicodeScalarView()
            var count = 0
            while k < scalars.count {
                let v = scalars[k]
                k += 1
                if v == "(" {
                    depth += 1
                    if depth == 1 { continue }
                    if depth > 2 { return nil }
                } else if v == ")" {
                    depth -= 1
                    if depth == 0 { return String(text) }
                } else if v == ":" {
                    return nil
                } else if v == "\n" {
                    if let last = text.last, last == "-", k < scalars.count, scalars[k].properties.isLowercase {
                        text.removeLast()
                    } else if let last = text.last, last != " " {
                        text.append(" ")
                    }
                    continue
                }
                count += 1
                if count > 90 { return nil }
                if isSpace(v) {
                    if let last = text.last, last != " " { text.append(" ") }
                } else {
                    text.append(v)
                }
            }
            return nil
        }
    }
}
