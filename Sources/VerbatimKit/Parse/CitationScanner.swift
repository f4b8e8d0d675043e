import CICU

/// A citation found in a paragraph before instruments are resolved.
struct RawCitation {
    var kind: ReferenceKind
    /// Canonical id for UN documents and resolutions; for instruments the name as written
    /// (inside `《》` with spaces removed, or the catalogue name's words as the text has them),
    /// resolved later.
    var key: String
    /// Where it is written: bytes `from..<to` of the text it was scanned in. The citation made
    /// from it is that range of the paragraph's buffer; no text is held while the record is read.
    var from: UInt32
    var to: UInt32
    var start: Int
    var end: Int
    /// For the short form in `《全称》（《简称》）`: the full name it abbreviates.
    var shortFormOf: String?
    /// For an instrument found by its catalogue name in running text: its catalogue id.
    var catalogId: String?
    /// True for a generic noun in running text (`the Charter`): `key` is the noun, which the
    /// name of the instrument it refers back to holds.
    var isGeneric = false
}

/// Finds citations in the UTF-8 bytes of one paragraph in a single forward pass, in the forms
/// of the paragraph's language (`CitationWords`): resolutions (`第1540（2004）号决议`,
/// `resolutions 2231 (2015) and 2334 (2016)`, `резолюцию 2774 (2025)`, `ES-11/10`), document
/// and record symbols (`S/2018/4`, `S / 2018/4`, `A/ES-11/PV. 23`) and instruments (`《…》`,
/// or a name from the catalogue). Offsets are in Unicode scalars.
struct CitationScanner {
    let p: UnsafeBufferPointer<UInt8>
    let words: CitationWords
    var found: [RawCitation] = []
    /// A byte offset and the number of scalars before it, for turning offsets into scalars.
    private var anchorByte = 0
    private var anchorScalar = 0

    /// The citations of the paragraph `p`, in the forms of `words`.
    static func scan(_ p: UnsafeBufferPointer<UInt8>, words: CitationWords) -> [RawCitation] {
        var scanner = CitationScanner(p: p, words: words)
        scanner.run()
        // Kept in the citation log until the record is finished: sized exactly.
        return scanner.found.count == scanner.found.capacity ? scanner.found : scanner.found.withUnsafeBufferPointer { Array($0) }
    }

    private init(p: UnsafeBufferPointer<UInt8>, words: CitationWords) {
        self.p = p
        self.words = words
    }

    private mutating func run() {
        let n = p.count
        let chinese = words.chineseForms
        let names = !words.instrumentNames.isEmpty
        let glued = words.gluedPrefixes
        var i = 0
        while i < n {
            if chinese, let base = p.baseAddress {
                // Only a digit, a capital letter, 第 or 《 can start a citation in Chinese text:
                // the text up to the next of them is passed over at once, its scalars counted.
                var scalars: Int64 = 0
                i = Int(vb_next_chinese_citation_start(base, Int64(n), Int64(i), &scalars))
                anchorScalar += Int(scalars)
                if i >= n { break }
            }
            let b = p[i]
            anchorByte = i
            var after: Int?
            if b >= 0xE0 {
                if chinese {
                    if b == 0xE7, i + 2 < n, p[i + 1] == 0xAC, p[i + 2] == 0xAC {  // 第
                        after = resolutionList(at: i)
                    } else if b == 0xE3, i + 2 < n, p[i + 1] == 0x80, p[i + 2] == 0x8A {  // 《
                        after = instrument(at: i)
                    }
                }
            } else if b >= 0x41 && b <= 0x5A {
                let previous: UInt8 = i > 0 ? p[i - 1] : 0x20
                var gluedToToken = isAlnum(previous) || previous == 0x2F || previous == 0x2E || previous == 0x2D
                // The second symbol of a joint one: `A/73/907-S/2019/509`.
                if previous == 0x2D, i >= 2, isDigit(p[i - 2]), jointSymbolStarts(at: i) { gluedToToken = false }
                if !gluedToToken {
                    after = symbol(at: i)
                    if after == nil, b == 0x45 {  // ES-11/10
                        if chinese { after = resolutionList(at: i) }
                        if after == nil { after = emergencyResolution(at: i) }
                    }
                }
                if after == nil, !chinese, i + 1 < n, words.mayStartWord(b, p[i + 1]), glued || !letterBefore(i) {
                    if names { after = instrumentName(at: i) }
                    if after == nil { after = resolutionWord(at: i) }
                    if after == nil { after = genericNoun(at: i) }
                }
            } else if b >= 0x30 && b <= 0x39 {
                let previous: UInt8 = i > 0 ? p[i - 1] : 0x20
                let startsNumber = !isAlnum(previous) && previous != 0x2F && previous != 0x2E && previous != 0x2D
                if startsNumber {
                    if chinese, !followsDi(i) {
                        after = resolutionList(at: i)
                    } else if words.visualOrderNumbers {
                        after = visualOrderResolution(at: i)
                    }
                }
            } else if !chinese, (b >= 0x61 && b <= 0x7A) || (b >= 0xC3 && b <= 0xDB) {
                if i + 1 < n, words.mayStartWord(b, p[i + 1]), glued || !letterBefore(i) {
                    if names { after = instrumentName(at: i) }
                    if after == nil { after = resolutionWord(at: i) }
                    if after == nil { after = genericNoun(at: i) }
                }
            }
            if let after {
                advance(to: after)
                i = after
                continue
            }
            i += b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
            anchorScalar += 1
        }
    }

    // MARK: - Offsets and output

    /// Moves the anchor to byte `i` (at or after it).
    private mutating func advance(to i: Int) {
        anchorScalar += UTF8Scalars.scalarCount(p, from: anchorByte, to: i)
        anchorByte = i
    }

    /// The scalar offset of byte `i`; `i` may lie a few ASCII bytes before the anchor.
    func scalarOffset(_ i: Int) -> Int {
        i >= anchorByte
            ? anchorScalar + UTF8Scalars.scalarCount(p, from: anchorByte, to: i)
            : anchorScalar - UTF8Scalars.scalarCount(p, from: i, to: anchorByte)
    }

    mutating func emit(
        _ kind: ReferenceKind, _ key: String, from: Int, to: Int, shortFormOf: String? = nil, catalogId: String? = nil,
        isGeneric: Bool = false
    ) {
        let s = scalarOffset(from)
        let e = s + UTF8Scalars.scalarCount(p, from: from, to: to)
        found.append(RawCitation(
            kind: kind, key: key, from: UInt32(from), to: UInt32(to), start: s, end: e, shortFormOf: shortFormOf,
            catalogId: catalogId, isGeneric: isGeneric))
    }

    // MARK: - Bytes

    @inline(__always) func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    @inline(__always) func isAlnum(_ b: UInt8) -> Bool {
        isDigit(b) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
    }

    /// True for the letters of the scripts the records are written in: Latin, Greek, Cyrillic, Arabic.
    @inline(__always)
    static func isLetter(_ v: UInt32) -> Bool {
        (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) || (v >= 0xC0 && v <= 0x24F && v != 0xD7 && v != 0xF7)
            || (v >= 0x370 && v <= 0x52F) || (v >= 0x620 && v <= 0x64A) || (v >= 0x66E && v <= 0x6D3)
    }

    /// True when a letter ends just before byte `i`.
    func letterBefore(_ i: Int) -> Bool {
        guard i > 0 else { return false }
        let start = UTF8Scalars.previousStart(p, before: i, limit: 0)
        return Self.isLetter(UTF8Scalars.decode(p, at: start).value)
    }

    /// True when a letter starts at byte `i`.
    func letterAt(_ i: Int) -> Bool {
        i < p.count && Self.isLetter(UTF8Scalars.decode(p, at: i).value)
    }

    /// True when `第` (and spaces) stands just before byte `i`: that resolution was tried from `第`.
    private func followsDi(_ i: Int) -> Bool {
        var j = i
        while j > 0, p[j - 1] == 0x20 { j -= 1 }
        return j >= 3 && p[j - 3] == 0xE7 && p[j - 2] == 0xAC && p[j - 1] == 0xAC
    }

    /// Skips ASCII spaces.
    func skipSpaces(_ i: inout Int) {
        while i < p.count, p[i] == 0x20 { i += 1 }
    }

    /// Skips white space of any kind a paragraph may hold: spaces, tabs, line ends, no-break spaces.
    func skipWhite(_ i: inout Int) {
        while i < p.count {
            let b = p[i]
            if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D {
                i += 1
            } else if b == 0xC2, i + 1 < p.count, p[i + 1] == 0xA0 {
                i += 2
            } else if b == 0xE2, i + 2 < p.count, p[i + 1] == 0x80, p[i + 2] == 0xAF || p[i + 2] == 0x89 {
                i += 3
            } else {
                break
            }
        }
    }

    /// Matches one of the given UTF-8 literals at `i`, returning its length.
    func literal(_ i: Int, _ options: [[UInt8]]) -> Int? {
        for option in options where UTF8Scalars.matches(p, at: i, end: p.count, option) { return option.count }
        return nil
    }

    /// Up to `maxDigits` ASCII digits at `i` (no more follow), advancing `i` past them.
    func number(_ i: inout Int, maxDigits: Int) -> String? {
        let s = i
        while i < p.count, isDigit(p[i]), i - s < maxDigits + 1 { i += 1 }
        guard i > s, i - s <= maxDigits else { i = s; return nil }
        return UTF8Scalars.string(p, s, i)
    }

    // MARK: - Symbols

    /// A UN document symbol: `S/2018/4`, `S / 2018/4`, `A/70/PV.3`, `S/RES/2231 (2015)`; a
    /// segment broken after its letters by a line end or a stray space (`A/ES-` `10/PV.5`,
    /// `A/ES-11/PV. 23`) is joined.
    private mutating func symbol(at start: Int) -> Int? {
        var i = start
        let n = p.count
        while i < n, p[i] >= 0x41, p[i] <= 0x5A, i - start < 7 { i += 1 }
        guard i - start <= 6 else { return nil }
        var canonical = UTF8Scalars.string(p, start, i)
        var segments = 0
        var hasDigit = false
        var end = i
        while true {
            var j = end
            skipSpaces(&j)
            guard j < n, p[j] == 0x2F else { break }
            j += 1
            skipSpaces(&j)
            var segment = ""
            var lettersOnly = true
            var e = j
            while true {
                let s = j
                while j < n, isAlnum(p[j]) || p[j] == 0x2E || p[j] == 0x2D {
                    if isDigit(p[j]) { lettersOnly = false }
                    // A joint symbol (`A/73/907-S/2019/509`) is two: stop at the hyphen.
                    if p[j] == 0x2D, j > s, isDigit(p[j - 1]), jointSymbolStarts(at: j + 1) { break }
                    j += 1
                }
                e = j
                while e > s, p[e - 1] == 0x2E || p[e - 1] == 0x2D { e -= 1 }
                // `PV.` or `ES-` then a break before the number: one segment.
                if j > e, e > s, lettersOnly, j < n, p[j] == 0x20 || p[j] == 0x0A {
                    var k = j
                    skipWhite(&k)
                    if k < n, isDigit(p[k]) {
                        segment += UTF8Scalars.string(p, s, j)
                        j = k
                        continue
                    }
                }
                if e > s { segment += UTF8Scalars.string(p, s, e) }
                break
            }
            guard !segment.isEmpty else { break }
            for b in segment.utf8 where isDigit(b) { hasDigit = true }
            canonical += "/" + segment
            segments += 1
            end = e
        }
        guard segments >= 1, hasDigit else { return nil }
        var kind = ReferenceKind.document
        if canonical.hasPrefix("S/RES/") {
            // `S/RES/2231 (2015)`: the year belongs to the symbol.
            var j = end
            skipSpaces(&j)
            if j < n, p[j] == 0x28 {
                var k = j + 1
                if let year = number(&k, maxDigits: 4), year.count == 4, k < n, p[k] == 0x29 {
                    canonical += " (\(year))"
                    end = k + 1
                }
            }
            kind = .scResolution
        } else if canonical.hasPrefix("A/RES/") {
            kind = .gaResolution
        }
        emit(kind, canonical, from: start, to: end)
        return end
    }

    /// True when another symbol starts at `i`: capitals, then `/`.
    private func jointSymbolStarts(at i: Int) -> Bool {
        var j = i
        while j < p.count, j - i < 7, p[j] >= 0x41, p[j] <= 0x5A { j += 1 }
        return j > i && j < p.count && p[j] == 0x2F
    }

    /// An emergency special session's resolution, written alike in every language: `ES-11/10`,
    /// `ES -11/9` → `A/RES/ES-11/10`.
    private mutating func emergencyResolution(at start: Int) -> Int? {
        guard let (id, end) = emergencyNumber(at: start) else { return nil }
        emit(.gaResolution, id, from: start, to: end)
        return end
    }

    /// `ES-11/10` at `start`: the id and the offset after it.
    func emergencyNumber(at start: Int) -> (String, Int)? {
        let n = p.count
        guard start + 1 < n, p[start] == 0x45, p[start + 1] == 0x53 else { return nil }
        var i = start + 2
        skipSpaces(&i)
        guard i < n, p[i] == 0x2D else { return nil }
        i += 1
        skipSpaces(&i)
        guard let session = number(&i, maxDigits: 2) else { return nil }
        skipSpaces(&i)
        guard i < n, p[i] == 0x2F else { return nil }
        i += 1
        skipSpaces(&i)
        guard let item = number(&i, maxDigits: 4) else { return nil }
        // `ES-11/10/Add.1` or `ES-11/10.5` is something else.
        if i < n, p[i] == 0x2F || (p[i] == 0x2E && i + 1 < n && isAlnum(p[i + 1])) { return nil }
        return ("A/RES/ES-\(session)/\(item)", i)
    }
}
