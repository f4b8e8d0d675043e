/// Recognises the running header and footer lines a PDF extraction keeps on every page:
/// `S/PV.8160    不扩散大规模毁灭性武器    18/01/2018` and `18-01234    3/26`. pdf.js may glue
/// the job number and the page together in either order (`26-039202/28`, `3/2826-03920`);
/// `pdftotext` may split them over lines (`S/PV.8698` alone, `08/01/2020` alone) or part them
/// with a control character.
enum PageArtifact: Equatable {
    /// A running header (symbol, title, date): dropped.
    case header
    /// A footer with the page of the total (`3/26`): dropped, the number kept.
    case footer(page: Int)
    /// A job number alone on its line, as a footer split over lines.
    case fragment
    /// A date or a record symbol alone on its line, as a header split over lines (the header's
    /// title is then a line of its own beside it).
    case headerFragment

    /// True for the pieces of a header or footer split over lines.
    var isFragment: Bool { self == .fragment || self == .headerFragment }

    /// Classifies the line `bytes[start..<end]`; `nil` for ordinary text.
    /// `pageOnly` accepts a footer holding only `N/M` (used when form feeds mark the pages).
    static func classify(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int, pageOnly: Bool) -> PageArtifact? {
        guard end - start <= 300, start < end else { return nil }
        let first = bytes[start]
        let asciiStart = (first >= 0x30 && first <= 0x39) || (first >= 0x41 && first <= 0x5A)
        guard asciiStart else { return nil }
        var tokens: [Range<Int>] = []
        var i = start
        while i < end {
            // Spaces, tabs and control characters (a backspace between job number and page).
            while i < end, bytes[i] <= 0x20 { i += 1 }
            if i >= end { break }
            let s = i
            while i < end, bytes[i] > 0x20 { i += 1 }
            tokens.append(s..<i)
        }
        // Footer: only job numbers, `(C)` and one `N/M`.
        var page: Int?
        var jobs = 0
        var footer = true
        for token in tokens {
            if let n = pageOfTotal(bytes, token) {
                if page != nil { footer = false; break }
                page = n
            } else if let n = gluedFooter(bytes, token) {
                if page != nil { footer = false; break }
                page = n
                jobs += 1
            } else if isJobNumber(bytes, token) {
                jobs += 1
            } else if token.count == 3, bytes[token.lowerBound] == 0x28, bytes[token.upperBound - 1] == 0x29 {
                continue
            } else {
                footer = false
                break
            }
        }
        if footer, let page, jobs > 0 || pageOnly { return .footer(page: page) }
        if footer, page == nil, jobs > 0 { return .fragment }
        if tokens.count == 1, isDate(bytes, tokens[0]) || isRecordSymbol(bytes, tokens[0]) { return .headerFragment }
        // `S/PV.8699 (Resumption 1)` alone: a resumed meeting's header, split.
        if tokens.count >= 2, end - start <= 60, isRecordSymbol(bytes, tokens[0]), bytes[tokens[1].lowerBound] == 0x28,
           bytes[end - 1] == 0x29, isDigit(bytes[end - 2]) {
            return .headerFragment
        }
        // Header: a record symbol and a date dd/mm/yyyy among the tokens.
        var symbol = false
        var date = false
        for token in tokens {
            if isDate(bytes, token) { date = true } else if containsPV(bytes, token) { symbol = true }
        }
        return symbol && date ? .header : nil
    }

    private static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    private static func pageOfTotal(_ bytes: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Int? {
        var i = r.lowerBound
        var n = 0
        var digits = 0
        while i < r.upperBound, isDigit(bytes[i]), digits < 5 { n = n * 10 + Int(bytes[i] - 0x30); i += 1; digits += 1 }
        guard digits > 0, digits <= 4, i < r.upperBound, bytes[i] == 0x2F else { return nil }
        i += 1
        var m = 0
        var mDigits = 0
        while i < r.upperBound, isDigit(bytes[i]), mDigits < 5 { m = m * 10 + Int(bytes[i] - 0x30); i += 1; mDigits += 1 }
        guard mDigits > 0, mDigits <= 4, i == r.upperBound, n >= 1, n <= m else { return nil }
        return n
    }

    /// `26-039202/28` or `3/2826-03920`: a job number and a page glued together; the page.
    private static func gluedFooter(_ bytes: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Int? {
        guard r.count >= 11 else { return nil }
        if isJobNumber(bytes, r.lowerBound..<(r.lowerBound + 8)) {
            return pageOfTotal(bytes, (r.lowerBound + 8)..<r.upperBound)
        }
        if isJobNumber(bytes, (r.upperBound - 8)..<r.upperBound) {
            return pageOfTotal(bytes, r.lowerBound..<(r.upperBound - 8))
        }
        return nil
    }

    /// `S/PV.8698` or `A/72/PV.5`: a record symbol and nothing else.
    private static func isRecordSymbol(_ bytes: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Bool {
        guard r.count >= 6, r.count <= 24, bytes[r.lowerBound] >= 0x41, bytes[r.lowerBound] <= 0x5A,
              isDigit(bytes[r.upperBound - 1]) else { return false }
        var i = r.lowerBound
        while i + 4 <= r.upperBound {
            if bytes[i] == 0x2F, bytes[i + 1] == 0x50, bytes[i + 2] == 0x56, bytes[i + 3] == 0x2E {
                var k = i + 4
                while k < r.upperBound, isDigit(bytes[k]) { k += 1 }
                return k == r.upperBound && k > i + 4
            }
            i += 1
        }
        return false
    }

    /// `18-01234` or `18-01234(C)`.
    static func isJobNumber(_ bytes: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Bool {
        let s = r.lowerBound
        guard r.count >= 8, isDigit(bytes[s]), isDigit(bytes[s + 1]), bytes[s + 2] == 0x2D else { return false }
        for k in 3..<8 where !isDigit(bytes[s + k]) { return false }
        if r.count == 8 { return true }
        return r.count == 11 && bytes[s + 8] == 0x28 && bytes[s + 10] == 0x29
    }

    private static func isDate(_ bytes: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Bool {
        guard r.count == 10 else { return false }
        let s = r.lowerBound
        for k in 0..<10 {
            let b = bytes[s + k]
            if k == 2 || k == 5 { if b != 0x2F { return false } } else if !isDigit(b) { return false }
        }
        return true
    }

    private static func containsPV(_ bytes: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Bool {
        guard r.count >= 5 else { return false }
        var i = r.lowerBound
        while i + 3 <= r.upperBound {
            if bytes[i] == 0x2F, bytes[i + 1] == 0x50, bytes[i + 2] == 0x56 { return true }  // "/PV"
            i += 1
        }
        return false
    }
}
