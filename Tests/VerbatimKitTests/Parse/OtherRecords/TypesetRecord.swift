/// Lays out a record's text as a PDF extraction of a two-column verbatim record does: each
/// paragraph hard-wrapped at a full width in display columns (CJK 2, ASCII 1), its first line
/// shorter by the two-ideograph indent the extraction removed, closing punctuation allowed to
/// hang past the margin, opening punctuation never ending a line, Latin words and numbers never
/// broken; empty lines between text lines, and a page's first line marked by a leading space.
struct TypesetRecord {
    /// Full line width in display columns.
    var width: Int
    /// Text lines on a page.
    var linesPerPage: Int
    /// Lines before the body (a cover page), set as they are.
    var cover: [String] = []
    private(set) var lines: [String] = []

    init(width: Int, linesPerPage: Int) {
        self.width = width
        self.linesPerPage = linesPerPage
    }

    private static let closing = Set("，。、；：？！）》”’…")
    private static let opening = Set("（《“‘")

    private static func columns(_ text: Substring) -> Int {
        text.unicodeScalars.reduce(0) { $0 + ($1.value < 0x80 ? 1 : 2) }
    }

    /// A line set as it is (a procedural line, a note).
    mutating func line(_ text: String) { lines.append(text) }

    /// A paragraph, wrapped.
    mutating func paragraph(_ text: String) {
        var units: [Substring] = []
        var i = text.startIndex
        while i < text.endIndex {
            var j = text.index(after: i)
            if text[i].isASCII, text[i] != " " {
                while j < text.endIndex, text[j].isASCII, text[j] != " " { j = text.index(after: j) }
            }
            units.append(text[i..<j])
            i = j
        }
        var current = ""
        var limit = width - 4
        for unit in units {
            let fits = Self.columns(Substring(current)) + Self.columns(unit) <= limit
            if fits || current.isEmpty || (unit.count == 1 && Self.closing.contains(unit.first!)) {
                current += unit
                continue
            }
            if unit == " " { lines.append(current); current = ""; limit = width; continue }
            var carried = ""
            while let last = current.last, Self.opening.contains(last) { carried = String(last) + carried; current.removeLast() }
            lines.append(current.trimmingSuffixSpaces)
            current = carried + unit
            limit = width
        }
        if !current.isEmpty { lines.append(current) }
    }

    /// The text as extracted: empty lines between text lines, none before a page's first line,
    /// which starts with one space.
    var text: String {
        var out = cover.flatMap { [$0, ""] }
        for (k, line) in lines.enumerated() {
            if k > 0, k % linesPerPage == 0 {
                out.removeLast()
                out.append(" " + line)
            } else {
                out.append(line)
            }
            out.append("")
        }
        return out.joined(separator: "\n")
    }

    /// The text as `pdftotext` writes it: each page after a form feed, with a running header and
    /// a footer giving the page of the total; the cover page is page 1.
    func pdftotext(header: (Int) -> String, footer: (Int, Int) -> String) -> String {
        let pages = stride(from: 0, to: lines.count, by: linesPerPage).map { Array(lines[$0..<min($0 + linesPerPage, lines.count)]) }
        let total = pages.count + 1
        var out = cover.joined(separator: "\n\n") + "\n\n\u{0C}"
        for (k, page) in pages.enumerated() {
            out += header(k + 2) + "\n\n" + page.joined(separator: "\n\n") + "\n\n" + footer(k + 2, total) + "\n\n\u{0C}"
        }
        return out
    }
}

private extension String {
    var trimmingSuffixSpaces: String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
