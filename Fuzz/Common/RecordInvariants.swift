import VerbatimKit

/// The model's invariants on a record parsed from `input`; the first broken one, or nil.
/// Pages go forward within a meeting (a cover page starts the next meeting's pages at 1, a later
/// meeting's opening line at 2).
enum RecordInvariants {
    /// Text without white space, form feeds or byte-order marks: the lossless comparison
    /// ignores only those (as the parser tests do).
    static func squeezed(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter {
            !($0.properties.isWhitespace || $0 == "\u{0C}" || $0 == "\u{FEFF}")
        }))
    }

    /// The record keeps nothing that is not in the input: its text (white space and colons
    /// aside) holds no character more often than the input does. The model writes every label
    /// with a full-width colon (`RecordText`) whatever the input's colon was, drops page artifacts
    /// (running headers and footers), moves an Arabic label that a visual-order extraction
    /// placed after its speech, and writes such a label's note and country in brackets, which
    /// the extraction may have dropped (so brackets are left aside in Arabic records); neither
    /// order nor every dropped line can be asked of any input.
    static func losslessProblem(_ record: Record, input: String) -> String? {
        var counts: [Unicode.Scalar: Int] = [:]
        let aside: Set<Unicode.Scalar> = record.meeting.language == "ar" ? [":", "：", "(", ")"] : [":", "："]
        for scalar in squeezed(input).unicodeScalars where !aside.contains(scalar) { counts[scalar, default: 0] += 1 }
        for scalar in squeezed(record.text).unicodeScalars where !aside.contains(scalar) {
            let left = counts[scalar, default: 0]
            if left == 0 { return "lossless: the record's text has more U+\(String(scalar.value, radix: 16)) (\(Character(scalar))) than the input" }
            counts[scalar] = left - 1
        }
        return nil
    }

    static func problem(_ record: Record, input: String) -> String? {
        let sourceLines = input.utf8.split(separator: 0x0A, omittingEmptySubsequences: false)
        let lineCount = sourceLines.count
        // A form feed inside a line starts a page there: the line's two halves may go to two blocks.
        func splitByFormFeed(_ line: Int) -> Bool {
            line >= 1 && line <= lineCount && sourceLines[line - 1].dropFirst().contains(0x0C)
        }
        var seen = (procedural: Set<Int>(), statement: Set<Int>(), unattributed: Set<Int>())
        var lastLine = 0
        var lastPage = Int.min
        func span(_ s: LineSpan, _ what: String) -> String? {
            if s.first < 1 || s.last < s.first || s.last > lineCount { return "\(what): lines \(s.first)…\(s.last) outside 1…\(lineCount)" }
            if s.first < lastLine || (s.first == lastLine && !splitByFormFeed(s.first)) { return "\(what): lines \(s.first)…\(s.last) overlap the block before (ends \(lastLine))" }
            lastLine = s.last
            return nil
        }
        func page(_ p: Int, _ what: String) -> String? {
            if p < lastPage { return "\(what): page \(p) after page \(lastPage)" }
            lastPage = p
            return nil
        }
        func citations(_ list: [Citation], in text: String, _ what: String) -> String? {
            let length = text.unicodeScalars.count
            for c in list where !(0 <= c.start && c.start <= c.end && c.end <= length) {
                return "\(what): citation \(c.start)..<\(c.end) outside 0..<\(length)"
            }
            return nil
        }
        var openings = 0
        for block in record.blocks {
            switch block {
            case .procedural(let k):
                guard record.procedural.indices.contains(k), seen.procedural.insert(k).inserted else { return "procedural block \(k) missing or repeated" }
                let line = record.procedural[k]
                // A file may hold several meetings: each meeting's cover is its page 1 again, and
                // a later meeting's opening line (in a file without covers) its page 2.
                if line.kind == .coverPage || (line.kind == .opening && openings > 0) { lastPage = Int.min }
                if line.kind == .opening { openings += 1 }
                if let p = span(line.lines, "procedural \(k)") ?? page(line.page, "procedural \(k)")
                    ?? citations(line.references, in: line.text, "procedural \(k)") { return p }
            case .statement(let k):
                guard record.statements.indices.contains(k), seen.statement.insert(k).inserted else { return "statement block \(k) missing or repeated" }
                let statement = record.statements[k]
                if statement.index != k + 1 { return "statement \(k) numbered \(statement.index)" }
                if statement.pages.last < statement.pages.first { return "statement \(k): pages \(statement.pages)" }
                let outer = statement.lines
                if let p = span(outer, "statement \(k)") ?? page(statement.pages.first, "statement \(k)") { return p }
                var paragraphLine = outer.first - 1
                var paragraphPage = statement.pages.first
                for (n, paragraph) in statement.paragraphs.enumerated() {
                    let what = "statement \(k) paragraph \(n)"
                    let s = paragraph.lines
                    if s.first < outer.first || s.last > outer.last || s.last < s.first
                        || s.first < paragraphLine || (s.first == paragraphLine && !splitByFormFeed(s.first)) {
                        return "\(what): lines \(s.first)…\(s.last) not in order inside \(outer.first)…\(outer.last)"
                    }
                    paragraphLine = s.last
                    if paragraph.page < paragraphPage || paragraph.page > statement.pages.last {
                        return "\(what): page \(paragraph.page) outside \(paragraphPage)…\(statement.pages.last)"
                    }
                    paragraphPage = paragraph.page
                    if let p = citations(paragraph.references, in: paragraph.text, what) { return p }
                }
                lastPage = max(lastPage, statement.pages.last)
            case .unattributed(let k):
                guard record.unattributed.indices.contains(k), seen.unattributed.insert(k).inserted else { return "unattributed block \(k) missing or repeated" }
                let block = record.unattributed[k]
                if let p = span(block.lines, "unattributed \(k)") ?? page(block.page, "unattributed \(k)") { return p }
            }
        }
        if seen.procedural.count != record.procedural.count || seen.statement.count != record.statements.count
            || seen.unattributed.count != record.unattributed.count {
            return "a procedural line, statement or unattributed block is not in the reading order"
        }
        for item in record.agenda {
            if let p = citations(item.references, in: item.title, "agenda item") { return p }
        }
        for reference in record.references where reference.statements.contains(where: { $0 < 1 || $0 > record.statements.count }) {
            return "reference \(reference.id) cites a statement out of range: \(reference.statements)"
        }
        if let p = losslessProblem(record, input: input) { return p }
        return nil
    }
}
