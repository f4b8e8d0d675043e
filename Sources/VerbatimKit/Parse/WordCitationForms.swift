/// The citation forms of languages that write a word before the number (English, French,
/// Spanish, Russian, Arabic): `resolution 2774 (2025)`, `Resolutions 2231 (2015) and 2334
/// (2016)`, `résolution 70/47`, `резолюция Генеральной Ассамблеи ES-11/10`, the Arabic of
/// pdf.js in visual order (`)2025( 2774`), and instruments by their catalogue names
/// (`Charter of the United Nations`, `Устава Организации Объединенных Наций`).
///
/// Words are matched as the paragraph has them: any white space between words, and a word
/// broken by a hyphen at a line end (`резо-` `люцию`) is read whole.
extension CitationScanner {
    /// How far before and after a slash number another body's name is looked for, in bytes.
    private static let bodyWindow = 60

    // MARK: - Matching words

    /// Matches `pattern` at `start` as running text may write it: one space in the pattern is
    /// any white space; a hyphen or soft hyphen then white space inside a word is skipped; a
    /// word ending in `*` takes up to six more letters. Returns the offset after the match.
    func matchWords(_ pattern: [UInt8], at start: Int) -> Int? {
        let n = p.count
        var i = start
        var k = 0
        while k < pattern.count {
            let c = pattern[k]
            if c == 0x2A {  // `*`: an inflected ending
                var letters = 0
                while letters < 6, i < n, letterAt(i) {
                    i += UTF8Scalars.decode(p, at: i).length
                    letters += 1
                }
                k += 1
                continue
            }
            if c == 0x20 {
                let before = i
                skipWhite(&i)
                guard i > before else { return nil }
                k += 1
                continue
            }
            guard i < n else { return nil }
            if p[i] == c {
                i += 1
                k += 1
                continue
            }
            // A word broken at a line end: `резо-` + `люцию`, `Объе- диненных`, and the hyphen
            // kept where the lines were joined without a space (`резо-люцию`).
            if i > start, p[i - 1] >= 0x80 || letterAt(i - 1), let resume = hyphenBreak(at: i, spaceNeeded: false) {
                i = resume
                continue
            }
            return nil
        }
        return i
    }

    /// The end of the first of `patterns` that matches at `start`.
    private func firstMatch(_ patterns: [[UInt8]], at start: Int) -> Int? {
        for pattern in patterns {
            if let end = matchWords(pattern, at: start) { return end }
        }
        return nil
    }

    /// At a hyphen or soft hyphen followed by white space (unless `spaceNeeded` is false) and
    /// a letter: the offset of that letter.
    private func hyphenBreak(at i: Int, spaceNeeded: Bool = true) -> Int? {
        var j = i
        if p[j] == 0x2D {
            j += 1
        } else if p[j] == 0xC2, j + 1 < p.count, p[j + 1] == 0xAD {
            j += 2
        } else {
            return nil
        }
        let before = j
        skipWhite(&j)
        guard j > before || p[i] == 0xC2 || !spaceNeeded, letterAt(j) else { return nil }
        return j
    }

    /// The offset after the letters of the word that continues at `i` (hyphen breaks included).
    private func wordEnd(from start: Int) -> Int {
        var i = start
        while i < p.count {
            if letterAt(i) {
                i += UTF8Scalars.decode(p, at: i).length
            } else if let resume = hyphenBreak(at: i) {
                i = resume
            } else {
                break
            }
        }
        return i
    }

    // MARK: - Resolutions after a word

    private struct Item {
        var start: Int
        var end: Int
        var id: String
        var kind: ReferenceKind
    }

    /// `resolution 2774 (2025)` and lists after the word for "resolution" at `start`.
    mutating func resolutionWord(at start: Int) -> Int? {
        guard let stemEnd = firstMatch(words.stemBytes, at: start) else { return nil }
        var j = wordEnd(from: stemEnd)
        skipWhite(&j)
        // A body's name or `№` between the word and the number, at most twice.
        for _ in 0..<2 {
            guard let e = firstMatch(words.phraseBytes, at: j) else { break }
            j = e
            skipWhite(&j)
        }
        var items: [Item] = []
        while let item = resolutionItem(at: j) {
            items.append(item)
            guard let next = listContinues(after: item.end) else { break }
            j = next
        }
        guard !items.isEmpty else { return nil }
        items[0].start = start
        let last = items[items.count - 1].end
        for item in items {
            if item.kind == .gaResolution, !item.id.hasPrefix("A/RES/ES-"), otherBodyNear(before: start, after: last) { continue }
            emit(item.kind, item.id, from: item.start, to: item.end)
        }
        return last
    }

    /// One number of a list: `2774 (2025)`, `70/47`, `ES-11/10`, `377 (V)`.
    private func resolutionItem(at start: Int) -> Item? {
        let n = p.count
        if let (id, end) = emergencyNumber(at: start) { return Item(start: start, end: end, id: id, kind: .gaResolution) }
        var i = start
        guard let digits = number(&i, maxDigits: 5) else { return nil }
        if i < n, p[i] == 0x2F {
            var k = i + 1
            guard let second = number(&k, maxDigits: 4), k >= n || p[k] != 0x2F else { return nil }
            return Item(start: start, end: k, id: "A/RES/\(digits)/\(second)", kind: .gaResolution)
        }
        var k = i
        skipWhite(&k)
        guard k < n, p[k] == 0x28 else { return nil }
        k += 1
        skipSpaces(&k)
        if let year = number(&k, maxDigits: 4), year.count == 4 {
            skipSpaces(&k)
            guard k < n, p[k] == 0x29 else { return nil }
            return Item(start: start, end: k + 1, id: "S/RES/\(digits) (\(year))", kind: .scResolution)
        }
        // The Assembly's early numbering: `resolution 377 (V)`, `181 (II)`.
        let romanStart = k
        while k < n, k - romanStart < 6, p[k] == 0x49 || p[k] == 0x56 || p[k] == 0x58 || p[k] == 0x4C { k += 1 }
        guard k > romanStart, k < n, p[k] == 0x29 else { return nil }
        return Item(start: start, end: k + 1, id: "A/RES/\(digits) (\(UTF8Scalars.string(p, romanStart, k)))", kind: .gaResolution)
    }

    /// After an item, the start of the next one when a comma or a joining word comes first.
    private func listContinues(after end: Int) -> Int? {
        var k = end
        skipWhite(&k)
        var joined = false
        if k < p.count, p[k] == 0x2C { k += 1; skipWhite(&k); joined = true }
        for joiner in words.joinerBytes where joiner != [0x2C] {
            guard let e = matchWords(joiner, at: k) else { continue }
            // A joining word stands apart (`and`), except where prefixes are glued (`و2334`).
            if letterAt(e) { continue }
            if !words.gluedPrefixes, e < p.count, !(p[e] == 0x20 || p[e] == 0x0A || p[e] == 0xC2) { continue }
            k = e
            skipWhite(&k)
            joined = true
            break
        }
        guard joined, k < p.count, isDigit(p[k]) || emergencyNumber(at: k) != nil else { return nil }
        return k
    }

    /// True when another body's name stands shortly before `before` or after `after`: its
    /// slash-numbered resolutions are not the General Assembly's.
    private func otherBodyNear(before: Int, after: Int) -> Bool {
        let from = max(0, before - Self.bodyWindow)
        let to = min(p.count, after + Self.bodyWindow)
        for body in words.otherBodyBytes {
            var i = from
            while i + body.count <= before {
                if UTF8Scalars.matches(p, at: i, end: before, body) { return true }
                i += 1
            }
            i = after
            while i + body.count <= to {
                if UTF8Scalars.matches(p, at: i, end: to, body) { return true }
                i += 1
            }
        }
        return false
    }

    // MARK: - Arabic in visual order

    private static let qaf = UTF8Scalars.bytes("قر")

    /// `)2025( 2774` or `2025( 2774`: pdf.js wrote `2774 (2025)` right to left, digits kept in
    /// order, brackets turned. Taken as a Security Council resolution when a year stands before
    /// the bracket and the word for resolution (`قرار`, in pieces: `القر`) is near.
    mutating func visualOrderResolution(at start: Int) -> Int? {
        let n = p.count
        var i = start
        guard let year = number(&i, maxDigits: 4), year.count == 4, year.hasPrefix("19") || year.hasPrefix("20"),
              i < n, p[i] == 0x28 else { return nil }
        var k = i + 1
        skipSpaces(&k)
        guard let digits = number(&k, maxDigits: 5), k >= n || p[k] != 0x2F else { return nil }
        let from = start > 0 && p[start - 1] == 0x29 ? start - 1 : start
        let windowStart = max(0, from - 160)
        let windowEnd = min(n, k + 160)
        var near = false
        var j = windowStart
        while j + Self.qaf.count <= windowEnd, !near {
            if UTF8Scalars.matches(p, at: j, end: windowEnd, Self.qaf) { near = true }
            j += 1
        }
        guard near else { return nil }
        emit(.scResolution, "S/RES/\(digits) (\(year))", from: from, to: k)
        return k
    }

    // MARK: - Instruments by name

    /// An instrument named as the catalogue has it in this language, at `start`.
    mutating func instrumentName(at start: Int) -> Int? {
        guard start + 1 < p.count, let candidates = words.instrumentNames.candidates(p[start], p[start + 1]) else { return nil }
        for name in candidates {
            guard let end = matchWords(name.bytes, at: start) else { continue }
            // A whole word or acronym: `CTBT` is not `CTBTO`.
            if letterAt(end) || (end < p.count && isDigit(p[end])) { continue }
            emit(.instrument, writtenName(start, end), from: start, to: end, catalogId: name.id)
            return end
        }
        return nil
    }

    /// A generic noun (`the Charter`, `Устава`, `الميثاق`) at `start`, after one of the
    /// language's articles when it has them; the index resolves it or drops it.
    mutating func genericNoun(at start: Int) -> Int? {
        for noun in words.genericNounBytes where noun.first == p[start] {
            guard let end = matchWords(noun, at: start), !letterAt(end) else { continue }
            if !words.articleBytes.isEmpty {
                let preceded = words.articleBytes.contains { article in
                    start >= article.count && UTF8Scalars.matches(p, at: start - article.count, end: start, article)
                        && (start == article.count || !letterBefore(start - article.count))
                }
                guard preceded else { continue }
            }
            let key = noun.last == 0x2A ? Array(noun.dropLast()) : noun
            emit(.instrument, String(decoding: key, as: UTF8.self), from: start, to: end, isGeneric: true)
            return end
        }
        return nil
    }

    /// The name as written between `start` and `end`, with white space made single spaces and
    /// hyphen breaks closed up.
    private func writtenName(_ start: Int, _ end: Int) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(end - start)
        var i = start
        while i < end {
            if let resume = hyphenBreak(at: i), resume <= end {
                i = resume
                continue
            }
            let before = i
            skipWhite(&i)
            if i > before {
                out.append(0x20)
                continue
            }
            out.append(p[i])
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }
}
