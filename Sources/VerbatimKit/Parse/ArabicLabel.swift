/// Reads Arabic speaker labels as pdf.js extracts them: in visual order, the label split from
/// its speech.
///
/// The usual form is two lines: first the speech's first line, holding the label's closing
/// `):` (`): لقد مر أكثر من أربع سنوات…`), then the label itself, its brackets turned
/// (`تكلمت باإلنكليزية( السيدة ديكارلو`, `(فرنسا) (تكلم بالفرنسية السيد بونافون`). A word the
/// extraction cut in two has its halves swapped: `اهيمالسيد إبر` is `السيد إبراهيم`, and
/// `انيا) (تكلم باإلنكليزية(أوكر` holds the country `أوكرانيا`; the halves are put back.
/// A speaker who speaks Arabic has no note: `(البحرين): بداية… السيدة نانسي عبد هللا`, the
/// country first and the name at the line's end.
enum ArabicLabel {
    static func match(
        _ bytes: UnsafeBufferPointer<UInt8>, lines: [SourceLine], at index: Int, grammar: LabelGrammar
    ) -> SpeakerLabel? {
        let line = lines[index]
        guard let colon = closingColon(bytes, Int(line.start), Int(line.end)) else { return nil }
        if index + 1 < lines.count, let label = twoLine(bytes, lines: lines, at: index, colon: colon, grammar: grammar) {
            return label
        }
        return oneLine(bytes, line: line, at: index, colon: colon, grammar: grammar)
    }

    /// The byte range of the first `):` (or `) :`) in the line.
    private static func closingColon(_ bytes: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Range<Int>? {
        var i = s
        while i + 1 < e {
            if bytes[i] == 0x29 {
                if bytes[i + 1] == 0x3A { return i..<(i + 2) }
                if bytes[i + 1] == 0x20, i + 2 < e, bytes[i + 2] == 0x3A { return i..<(i + 3) }
            }
            i += 1
        }
        return nil
    }

    /// The label on the line after the speech's first line.
    private static func twoLine(
        _ bytes: UnsafeBufferPointer<UInt8>, lines: [SourceLine], at index: Int, colon: Range<Int>, grammar: LabelGrammar
    ) -> SpeakerLabel? {
        let next = lines[index + 1]
        let text = UTF8Scalars.string(bytes, Int(next.start), Int(next.end))
        guard text.unicodeScalars.count <= 120, !text.contains("):") else { return nil }
        let hasNote = text.contains("تكلم")
        guard hasNote || (text.hasPrefix("(") && text.unicodeScalars.count <= 70) else { return nil }
        guard let parts = read(text, grammar: grammar) else { return nil }
        let s = Int(lines[index].start)
        let e = Int(lines[index].end)
        var after = colon.upperBound
        if after < e, bytes[after] == 0x20 { after += 1 }
        var speech: [Range<Int>] = []
        if s < colon.lowerBound { speech.append(s..<trimEnd(bytes, s, colon.lowerBound)) }
        if after < e { speech.append(after..<e) }
        return SpeakerLabel(
            label: parts.label, name: parts.name, title: parts.title, role: parts.role, country: parts.country,
            language: parts.language, endLine: index + 1, endOffset: Int(next.end), leadingSpeech: speech)
    }

    /// `(البحرين): بداية… السيدة نانسي عبد هللا`: country, colon, speech, then the name.
    private static func oneLine(
        _ bytes: UnsafeBufferPointer<UInt8>, line: SourceLine, at index: Int, colon: Range<Int>, grammar: LabelGrammar
    ) -> SpeakerLabel? {
        let s = Int(line.start)
        let e = Int(line.end)
        guard bytes[s] == 0x28, colon.lowerBound - s <= 80 else { return nil }
        let country = UTF8Scalars.string(bytes, s + 1, colon.lowerBound)
        guard !country.isEmpty, !country.contains("("), !country.contains(")") else { return nil }
        let text = UTF8Scalars.string(bytes, colon.upperBound, e)
        guard let (honorific, at) = lastHonorific(in: text, grammar: grammar) else { return nil }
        let name = LabelGrammar.trimmed(text[text.utf8.index(text.utf8.startIndex, offsetBy: at + honorific.utf8.count)...])
        guard !name.isEmpty, name.unicodeScalars.count <= 40 else { return nil }
        var after = colon.upperBound
        if after < e, bytes[after] == 0x20 { after += 1 }
        let nameStart = colon.upperBound + at
        var speech: [Range<Int>] = []
        if after < nameStart { speech.append(after..<trimEnd(bytes, after, nameStart)) }
        return SpeakerLabel(
            label: "\(honorific) \(name) (\(country))", name: name, title: honorific, role: .speaker, country: country,
            language: nil, endLine: index, endOffset: e, leadingSpeech: speech)
    }

    /// The end of `s..<e` without trailing spaces.
    private static func trimEnd(_ bytes: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Int {
        var end = e
        while end > s, bytes[end - 1] == 0x20 { end -= 1 }
        return end
    }

    /// The last honorific in `text` and its UTF-8 offset.
    private static func lastHonorific(in text: String, grammar: LabelGrammar) -> (String, Int)? {
        let utf8 = Array(text.utf8)
        var best: (String, Int)?
        for h in grammar.honorifics {
            let pattern = Array(h.utf8)
            var k = utf8.count - pattern.count
            while k >= 0 {
                if utf8[k..<(k + pattern.count)].elementsEqual(pattern) { break }
                k -= 1
            }
            if k >= 0, best.map({ k > $0.1 || (k == $0.1 && h.utf8.count > $0.0.utf8.count) }) ?? true { best = (h, k) }
        }
        return best
    }

    /// What a label line holds, put back in reading order.
    struct Parts {
        var label: String
        var name: String?
        var title: String?
        var role: Speaker.Role
        var country: String?
        var language: String?
    }

    /// Reads a label line: the note (`تكلم باإلنكليزية`), the country in brackets or in two
    /// swapped halves, and the honorific and name or the role.
    static func read(_ text: String, grammar: LabelGrammar) -> Parts? {
        var scalars = Array(text.unicodeScalars)
        while let l = scalars.last, l == " " { scalars.removeLast() }
        let line = String(String.UnicodeScalarView(scalars))
        // The note: `تكلم`/`تكلمت` and the word after it.
        var note: String?
        var noteRange: Range<String.Index>?
        if let r = line.firstRange(of: "تكلم") {
            var end = r.upperBound
            // The rest of `تكلمت`, a space, and the language word. Neither word holds a bracket:
            // an extraction that lost the space (`تكلمباإلنكليزية( الرئيس`) ends the note there.
            while end < line.endIndex, line[end] != " ", line[end] != "(" { end = line.index(after: end) }
            while end < line.endIndex, line[end] == " " { end = line.index(after: end) }
            while end < line.endIndex, line[end] != " ", line[end] != "(" { end = line.index(after: end) }
            note = String(line[r.lowerBound..<end])
            noteRange = r.lowerBound..<end
        }
        // The person: an honorific and a name, or a role alone.
        var role = Speaker.Role.speaker
        var title: String?
        var name: String?
        var headOfName = ""
        var roleName = ""
        var headOfCountry = ""
        let afterNote = noteRange.map { String(line[$0.upperBound...]) } ?? line
        if let (honorific, at) = lastHonorific(in: afterNote, grammar: grammar) {
            title = honorific
            let utf8 = Array(afterNote.utf8)
            let tail = LabelGrammar.trimmed(Substring(String(decoding: utf8[(at + honorific.utf8.count)...], as: UTF8.self)))
            var before = LabelGrammar.trimmed(Substring(String(decoding: utf8[..<at], as: UTF8.self)))
            if before.hasPrefix("(") {
                // `(أوكر`: the head of a country whose tail opens the line.
                before.removeFirst()
                headOfCountry = LabelGrammar.trimmed(Substring(before))
            } else {
                headOfName = before
            }
            name = tail + headOfName
            if name?.isEmpty ?? true { name = nil }
        } else if let r = grammar.roles.first(where: { afterNote.hasSuffix($0.phrase) || line.hasSuffix($0.phrase) }) {
            role = r.role
            roleName = r.phrase
            title = nil
            // A note that ran on into the role (`تكلم باإلنكليزيةالرئيس`) ends before it: the
            // label names the role once.
            if !afterNote.hasSuffix(r.phrase), let n = note, n.hasSuffix(r.phrase) {
                note = String(n.dropLast(r.phrase.count))
            }
        } else {
            return nil
        }
        let language = note.flatMap { grammar.spokenLanguage(inNote: $0) }
        // The country: a whole bracket at the start, or a tail before the first `)` joined to
        // the head found before the name.
        var country: String?
        let beforeNote = noteRange.map { String(line[..<$0.lowerBound]) } ?? ""
        if beforeNote.hasPrefix("("), let close = beforeNote.firstIndex(of: ")") {
            country = String(beforeNote[beforeNote.index(after: beforeNote.startIndex)..<close])
        } else if let close = beforeNote.firstIndex(of: ")") {
            let tail = LabelGrammar.trimmed(beforeNote[..<close])
            country = headOfCountry + tail
        } else if !headOfCountry.isEmpty {
            country = headOfCountry
        }
        if let c = country, c.isEmpty || c.contains("(") { country = nil }
        var label = role == .speaker ? [title, name].compactMap { $0 }.joined(separator: " ") : roleName
        if let country { label += " (\(country))" }
        if let note {
            var n = note
            while let l = n.last, l == "(" || l == ")" || l == " " { n.removeLast() }
            label += " (\(n))"
        }
        return Parts(label: label, name: name, title: title, role: role, country: country, language: language)
    }
}
