/// The Chinese citation forms: resolution numbers between `第` and `号决议`, in lists, with
/// full-width or ASCII parentheses (`第1267（1999）号、1989(2011)和第2253（2015）号决议`); General
/// Assembly numbers (`大会第70/47号决议`, `大会ES-10/20号决议`, `大会第ES-10/21号决议`); and
/// instruments in `《…》` with the short form a record defines for them (`《全称》（《简称》）`).
extension CitationScanner {
    private static let di = UTF8Scalars.bytes("第")
    private static let hao = UTF8Scalars.bytes("号")
    private static let jue = UTF8Scalars.bytes("决")
    private static let yi = UTF8Scalars.bytes("议")
    private static let openParens = [UTF8Scalars.bytes("（"), UTF8Scalars.bytes("(")]
    private static let closeParens = [UTF8Scalars.bytes("）"), UTF8Scalars.bytes(")")]
    private static let separators = ["、", "和", "以及", "及", "与", "，", ",", "或"].map(UTF8Scalars.bytes)

    private struct ResolutionItem {
        var start: Int
        var end: Int
        var id: String
        var kind: ReferenceKind
    }

    /// True when another body's name ends just before `start` (spaces and `第` skipped):
    /// `人权理事会第5/1号决议` is not the Assembly's.
    private func afterOtherBody(_ start: Int) -> Bool {
        var j = start
        while j > 0, p[j - 1] == 0x20 { j -= 1 }
        if j >= 3, p[j - 3] == 0xE7, p[j - 2] == 0xAC, p[j - 1] == 0xAC { j -= 3 }
        while j > 0, p[j - 1] == 0x20 { j -= 1 }
        return words.otherBodyBytes.contains { body in
            j >= body.count && UTF8Scalars.matches(p, at: j - body.count, end: j, body)
        }
    }

    /// A list of resolutions starting at `start` (`第`, a digit, or the `E` of `ES-`):
    /// `第1267（1999）号、第1989（2011）号和第2253（2015）号决议`, `大会第70/47号决议`,
    /// `2500(2019)号决议`. Each number ends in `号` and the list in `决议` (or `决议` follows
    /// in the same clause: `…号两项决议`).
    mutating func resolutionList(at start: Int) -> Int? {
        let otherBody = afterOtherBody(start)
        var items: [ResolutionItem] = []
        var i = start
        while true {
            let itemStart = i
            if UTF8Scalars.matches(p, at: i, end: p.count, Self.di) { i += Self.di.count; skipSpaces(&i) }
            // An emergency special session's resolution: `大会第ES-10/19号决议`.
            var item: ResolutionItem?
            if let (id, end) = emergencyNumber(at: i) {
                item = ResolutionItem(start: itemStart, end: end, id: id, kind: .gaResolution)
                i = end
            } else {
                guard let digits = number(&i, maxDigits: 5) else { break }
                var j = i
                skipSpaces(&j)
                if let open = literal(j, Self.openParens) {
                    var k = j + open
                    skipSpaces(&k)
                    if let year = number(&k, maxDigits: 4), year.count == 4 {
                        skipSpaces(&k)
                        if let close = literal(k, Self.closeParens) {
                            k += close
                            item = ResolutionItem(start: itemStart, end: k, id: "S/RES/\(digits) (\(year))", kind: .scResolution)
                            i = k
                        }
                    } else if let (session, after) = chineseSession(at: k), let close = literal(after, Self.closeParens) {
                        // The Assembly's early numbering: `第181（二）号决议` → `A/RES/181 (II)`.
                        k = after + close
                        item = ResolutionItem(start: itemStart, end: k, id: "A/RES/\(digits) (\(session))", kind: .gaResolution)
                        i = k
                    }
                } else if j < p.count, p[j] == 0x2F, !otherBody {
                    var k = j + 1
                    skipSpaces(&k)
                    if let second = number(&k, maxDigits: 4) {
                        item = ResolutionItem(start: itemStart, end: k, id: "A/RES/\(digits)/\(second)", kind: .gaResolution)
                        i = k
                    }
                }
            }
            guard var found = item else { break }
            var k = i
            skipSpaces(&k)
            if UTF8Scalars.matches(p, at: k, end: p.count, Self.hao) { k += Self.hao.count; found.end = k; i = k }
            items.append(found)
            // Another item after a separator?
            var m = i
            skipSpaces(&m)
            if let sep = literal(m, Self.separators) {
                var next = m + sep
                skipSpaces(&next)
                if UTF8Scalars.matches(p, at: next, end: p.count, Self.di) || (next < p.count && isDigit(p[next]))
                    || emergencyNumber(at: next) != nil {
                    i = next
                    continue
                }
            }
            break
        }
        guard !items.isEmpty else { return nil }
        var k = items[items.count - 1].end
        skipSpaces(&k)
        if let end = jueyi(at: k) {
            items[items.count - 1].end = end
        } else {
            // `第242（1967）号和第338（1973）号两项决议`, `…号等决议`, `…号和其他相关决议`: numbers
            // ending in 号, and the word 决议 later in the same clause.
            guard k >= Self.hao.count, UTF8Scalars.matches(p, at: k - Self.hao.count, end: k, Self.hao),
                  resolutionWordFollows(from: k) else { return nil }
        }
        for item in items { emit(item.kind, item.id, from: item.start, to: item.end) }
        return items[items.count - 1].end
    }

    /// A session number in Chinese numerals (`二`, `十五`, `二十九`) at `start`, in Roman
    /// numerals as the Assembly's early symbols write it, and the offset after it.
    private func chineseSession(at start: Int) -> (String, Int)? {
        let digits: [UInt32: Int] = [
            0x4E00: 1, 0x4E8C: 2, 0x4E09: 3, 0x56DB: 4, 0x4E94: 5, 0x516D: 6, 0x4E03: 7, 0x516B: 8, 0x4E5D: 9,
        ]
        var i = start
        var value = 0
        var pending = 0
        var count = 0
        while i < p.count, count < 3 {
            let (v, length) = UTF8Scalars.decode(p, at: i)
            if let d = digits[v] {
                pending = d
            } else if v == 0x5341 {  // 十
                value += max(pending, 1) * 10
                pending = 0
            } else {
                break
            }
            i += length
            count += 1
        }
        value += pending
        guard count > 0, value > 0, value < 40 else { return nil }
        let numerals: [(Int, String)] = [(10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var roman = ""
        var rest = value
        for (amount, letters) in numerals {
            while rest >= amount {
                roman += letters
                rest -= amount
            }
        }
        return (roman, i)
    }

    /// `决议` at `start`, also with the space a PDF extraction may put between its characters
    /// (`决 议`): the offset after it.
    private func jueyi(at start: Int) -> Int? {
        guard UTF8Scalars.matches(p, at: start, end: p.count, Self.jue) else { return nil }
        var i = start + Self.jue.count
        skipSpaces(&i)
        guard UTF8Scalars.matches(p, at: i, end: p.count, Self.yi) else { return nil }
        return i + Self.yi.count
    }

    /// Whether `决议` comes within a few characters after `start`, before the clause ends.
    private func resolutionWordFollows(from start: Int) -> Bool {
        var i = start
        var scalars = 0
        while i < p.count, scalars < 10 {
            if jueyi(at: i) != nil { return true }
            let (v, length) = UTF8Scalars.decode(p, at: i)
            switch v {
            case 0xFF0C, 0x3002, 0xFF1B, 0xFF1A, 0xFF01, 0xFF1F, 0x2C, 0x3B, 0x7B2C:  // ，。；：！？,; 第
                return false
            default:
                break
            }
            i += length
            scalars += 1
        }
        return false
    }

    private static let openTitle = UTF8Scalars.bytes("《")
    private static let closeTitle = UTF8Scalars.bytes("》")

    /// `《不扩散核武器条约》`, and the short form that may follow it: `（《不扩散条约》）`.
    mutating func instrument(at start: Int) -> Int? {
        guard let (name, end) = titleName(at: start) else { return nil }
        emit(.instrument, name, from: start, to: end)
        // A definition of a short form: `（《简称》）`, brackets of either width, mixed.
        var j = end
        skipSpaces(&j)
        if let open = literal(j, Self.openParens) {
            var k = j + open
            skipSpaces(&k)
            if let (short, shortEnd) = titleName(at: k) {
                var m = shortEnd
                skipSpaces(&m)
                if literal(m, Self.closeParens) != nil, short != name {
                    emit(.instrument, short, from: k, to: shortEnd, shortFormOf: name)
                    return shortEnd
                }
            }
        }
        return end
    }

    /// The name inside `《…》` starting at `start` (spaces removed) and the offset after `》`.
    private func titleName(at start: Int) -> (String, Int)? {
        guard UTF8Scalars.matches(p, at: start, end: p.count, Self.openTitle) else { return nil }
        let first = start + Self.openTitle.count
        var i = first
        let limit = min(p.count, i + 300)
        var spaces = 0
        while i < limit {
            let b = p[i]
            if b == 0xE3, i + 2 < p.count, p[i + 1] == 0x80 {
                if p[i + 2] == 0x8B {  // 》
                    guard i - first > spaces else { return nil }
                    let end = i + Self.closeTitle.count
                    if spaces == 0 { return (UTF8Scalars.string(p, first, i), end) }
                    // Spaces are removed from the name.
                    var name: [UInt8] = []
                    name.reserveCapacity(i - first - spaces)
                    for k in first..<i where p[k] != 0x20 { name.append(p[k]) }
                    return (String(decoding: name, as: UTF8.self), end)
                }
                if p[i + 2] == 0x8A { return nil }  // 《
            } else if b == 0x20 {
                spaces += 1
            }
            i += 1
        }
        return nil
    }
}
