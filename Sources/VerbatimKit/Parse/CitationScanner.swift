/// A citation found in a paragraph before instruments are resolved.
struct RawCitation {
    var kind: ReferenceKind
    /// Canonical id for UN documents and resolutions; for instruments the name inside `《》`
    /// (spaces removed), resolved later.
    var key: String
    var text: String
    var start: Int
    var end: Int
    /// For the short form in `《全称》（《简称》）`: the full name it abbreviates.
    var shortFormOf: String?
}

/// Finds citations in the UTF-8 bytes of one paragraph in a single forward pass: resolutions
/// (`第1540（2004）号决议`, lists, `大会第70/47号决议`), document symbols (`S/2018/4`,
/// `S / 2018/4`, `A/70/PV.3`) and instruments in `《…》`. Offsets are in Unicode scalars.
enum CitationScanner {
    static func scan(_ p: UnsafeBufferPointer<UInt8>) -> [RawCitation] {
        var found: [RawCitation] = []
        let n = p.count
        var i = 0
        // Scalars before `i`: every step of the loop is one scalar (the text is valid UTF-8).
        var scalars = 0
        while i < n {
            let b = p[i]
            if b >= 0xE0 {
                if b == 0xE7, i + 2 < n, p[i + 1] == 0xAC, p[i + 2] == 0xAC {  // 第
                    if let after = resolutionList(p, at: i, scalarStart: scalars, into: &found) {
                        scalars += UTF8Scalars.scalarCount(p, from: i, to: after)
                        i = after
                        continue
                    }
                } else if b == 0xE3, i + 2 < n, p[i + 1] == 0x80, p[i + 2] == 0x8A {  // 《
                    if let after = instrument(p, at: i, scalarStart: scalars, into: &found) {
                        scalars += UTF8Scalars.scalarCount(p, from: i, to: after)
                        i = after
                        continue
                    }
                }
                i += b >= 0xF0 ? 4 : 3
            } else if b >= 0x41 && b <= 0x5A {
                let previous: UInt8 = i > 0 ? p[i - 1] : 0x20
                let glued = isAlnum(previous) || previous == 0x2F || previous == 0x2E || previous == 0x2D
                if !glued, let (item, after) = symbol(p, at: i, scalarStart: scalars) {
                    found.append(item)
                    scalars += UTF8Scalars.scalarCount(p, from: i, to: after)
                    i = after
                    continue
                }
                i += 1
            } else {
                i += b >= 0xC0 ? 2 : 1
            }
            scalars += 1
        }
        return found
    }

    @inline(__always) private static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    @inline(__always) private static func isAlnum(_ b: UInt8) -> Bool {
        isDigit(b) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
    }

    private static func skipSpaces(_ p: UnsafeBufferPointer<UInt8>, _ i: inout Int) {
        while i < p.count, p[i] == 0x20 { i += 1 }
    }

    /// Matches one of the given UTF-8 literals at `i`, returning its length.
    private static func literal(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ options: [[UInt8]]) -> Int? {
        for option in options where UTF8Scalars.matches(p, at: i, end: p.count, option) { return option.count }
        return nil
    }

    private static let di = UTF8Scalars.bytes("第")
    private static let hao = UTF8Scalars.bytes("号")
    private static let jueyi = UTF8Scalars.bytes("决议")
    private static let openParens = [UTF8Scalars.bytes("（"), UTF8Scalars.bytes("(")]
    private static let closeParens = [UTF8Scalars.bytes("）"), UTF8Scalars.bytes(")")]
    private static let separators = ["、", "和", "以及", "及", "与", "，", ",", "或"].map(UTF8Scalars.bytes)
    private static let councilSuffix = UTF8Scalars.bytes("理事会")
    private static let committeeSuffix = UTF8Scalars.bytes("委员会")

    private static func number(_ p: UnsafeBufferPointer<UInt8>, _ i: inout Int, maxDigits: Int) -> String? {
        let s = i
        while i < p.count, isDigit(p[i]), i - s < maxDigits + 1 { i += 1 }
        guard i > s, i - s <= maxDigits else { i = s; return nil }
        return UTF8Scalars.string(p, s, i)
    }

    private struct ResolutionItem {
        var start: Int
        var end: Int
        var id: String
        var kind: ReferenceKind
    }

    /// `第1267（1999）号、第1989（2011）号和第2253（2015）号决议`, `大会第70/47号决议`.
    private static func resolutionList(
        _ p: UnsafeBufferPointer<UInt8>, at start: Int, scalarStart: Int, into result: inout [RawCitation]
    ) -> Int? {
        // A slash number after another council's name (`人权理事会第5/1号决议`) is not the Assembly's.
        let afterOtherBody = start >= 9
            && (UTF8Scalars.matches(p, at: start - 9, end: start, councilSuffix)
                || UTF8Scalars.matches(p, at: start - 9, end: start, committeeSuffix))
        var items: [ResolutionItem] = []
        var i = start
        while true {
            let itemStart = i
            if UTF8Scalars.matches(p, at: i, end: p.count, di) { i += di.count; skipSpaces(p, &i) } else if items.isEmpty { return nil }
            // An emergency special session's resolution: `大会第ES-10/19号决议`.
            var emergency = false
            if i + 3 < p.count, p[i] == 0x45, p[i + 1] == 0x53, p[i + 2] == 0x2D, isDigit(p[i + 3]) {
                emergency = true
                i += 3
            }
            guard let digits = number(p, &i, maxDigits: 5) else { break }
            let first = emergency ? "ES-" + digits : digits
            var j = i
            skipSpaces(p, &j)
            var item: ResolutionItem?
            if !emergency, let open = literal(p, j, openParens) {
                var k = j + open
                skipSpaces(p, &k)
                if let year = number(p, &k, maxDigits: 4), year.count == 4 {
                    skipSpaces(p, &k)
                    if let close = literal(p, k, closeParens) {
                        k += close
                        item = ResolutionItem(start: itemStart, end: k, id: "S/RES/\(first) (\(year))", kind: .scResolution)
                        i = k
                    }
                }
            } else if j < p.count, p[j] == 0x2F, !afterOtherBody {
                var k = j + 1
                if let second = number(p, &k, maxDigits: 4) {
                    item = ResolutionItem(start: itemStart, end: k, id: "A/RES/\(first)/\(second)", kind: .gaResolution)
                    i = k
                }
            }
            guard var found = item else { break }
            var k = i
            skipSpaces(p, &k)
            if UTF8Scalars.matches(p, at: k, end: p.count, hao) { k += hao.count; found.end = k; i = k }
            items.append(found)
            // Another item after a separator?
            var m = i
            skipSpaces(p, &m)
            if let sep = literal(p, m, separators) {
                var next = m + sep
                skipSpaces(p, &next)
                if UTF8Scalars.matches(p, at: next, end: p.count, di) || (next < p.count && isDigit(p[next])) {
                    i = next
                    continue
                }
            }
            break
        }
        guard !items.isEmpty else { return nil }
        var k = items[items.count - 1].end
        skipSpaces(p, &k)
        if UTF8Scalars.matches(p, at: k, end: p.count, jueyi) {
            items[items.count - 1].end = k + jueyi.count
        } else {
            // `第242（1967）号和第338（1973）号两项决议`, `…号等决议`, `…号和其他相关决议`: numbers
            // ending in 号, and the word 决议 later in the same clause.
            guard k >= hao.count, UTF8Scalars.matches(p, at: k - hao.count, end: k, hao),
                  resolutionWordFollows(p, from: k) else { return nil }
        }
        for item in items {
            let s = scalarStart + UTF8Scalars.scalarCount(p, from: start, to: item.start)
            let e = s + UTF8Scalars.scalarCount(p, from: item.start, to: item.end)
            result.append(RawCitation(kind: item.kind, key: item.id, text: UTF8Scalars.string(p, item.start, item.end), start: s, end: e))
        }
        return items[items.count - 1].end
    }

    /// Whether `决议` comes within a few characters after `start`, before the clause ends.
    private static func resolutionWordFollows(_ p: UnsafeBufferPointer<UInt8>, from start: Int) -> Bool {
        var i = start
        var scalars = 0
        while i < p.count, scalars < 10 {
            if UTF8Scalars.matches(p, at: i, end: p.count, jueyi) { return true }
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
    private static func instrument(
        _ p: UnsafeBufferPointer<UInt8>, at start: Int, scalarStart: Int, into result: inout [RawCitation]
    ) -> Int? {
        guard let (name, end) = titleName(p, at: start) else { return nil }
        let e = scalarStart + UTF8Scalars.scalarCount(p, from: start, to: end)
        result.append(RawCitation(kind: .instrument, key: name, text: UTF8Scalars.string(p, start, end), start: scalarStart, end: e))
        // A definition of a short form: `（《简称》）`, brackets of either width, mixed.
        var j = end
        skipSpaces(p, &j)
        if let open = literal(p, j, openParens) {
            var k = j + open
            skipSpaces(p, &k)
            if let (short, shortEnd) = titleName(p, at: k) {
                var m = shortEnd
                skipSpaces(p, &m)
                if literal(p, m, closeParens) != nil, short != name {
                    let s = e + UTF8Scalars.scalarCount(p, from: end, to: k)
                    let se = s + UTF8Scalars.scalarCount(p, from: k, to: shortEnd)
                    result.append(RawCitation(
                        kind: .instrument, key: short, text: UTF8Scalars.string(p, k, shortEnd), start: s, end: se,
                        shortFormOf: name))
                    return shortEnd
                }
            }
        }
        return end
    }

    /// The name inside `《…》` starting at `start` (spaces removed) and the offset after `》`.
    private static func titleName(_ p: UnsafeBufferPointer<UInt8>, at start: Int) -> (String, Int)? {
        guard UTF8Scalars.matches(p, at: start, end: p.count, openTitle) else { return nil }
        let first = start + openTitle.count
        var i = first
        let limit = min(p.count, i + 300)
        var spaces = 0
        while i < limit {
            let b = p[i]
            if b == 0xE3, i + 2 < p.count, p[i + 1] == 0x80 {
                if p[i + 2] == 0x8B {  // 》
                    guard i - first > spaces else { return nil }
                    let end = i + closeTitle.count
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

    /// A UN document symbol: `S/2018/4`, `S / 2018/4`, `A/70/PV.3`, `S/RES/2231 (2015)`.
    private static func symbol(_ p: UnsafeBufferPointer<UInt8>, at start: Int, scalarStart: Int) -> (RawCitation, Int)? {
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
            skipSpaces(p, &j)
            guard j < n, p[j] == 0x2F else { break }
            j += 1
            skipSpaces(p, &j)
            let s = j
            while j < n, isAlnum(p[j]) || p[j] == 0x2E || p[j] == 0x2D { j += 1 }
            var e = j
            while e > s, p[e - 1] == 0x2E || p[e - 1] == 0x2D { e -= 1 }
            guard e > s else { break }
            for k in s..<e where isDigit(p[k]) { hasDigit = true }
            canonical += "/" + UTF8Scalars.string(p, s, e)
            segments += 1
            end = e
        }
        guard segments >= 1, hasDigit else { return nil }
        var kind = ReferenceKind.document
        if canonical.hasPrefix("S/RES/") {
            // `S/RES/2231 (2015)`: the year belongs to the symbol.
            var j = end
            skipSpaces(p, &j)
            if j < n, p[j] == 0x28 {
                var k = j + 1
                if let year = number(p, &k, maxDigits: 4), year.count == 4, k < n, p[k] == 0x29 {
                    canonical += " (\(year))"
                    end = k + 1
                }
            }
            kind = .scResolution
        } else if canonical.hasPrefix("A/RES/") {
            kind = .gaResolution
        }
        let e = scalarStart + UTF8Scalars.scalarCount(p, from: start, to: end)
        return (RawCitation(kind: kind, key: canonical, text: UTF8Scalars.string(p, start, end), start: scalarStart, end: e), end)
    }
}
