/// Where hard-wrapped running text ends a paragraph, by the layout of the script it is set in.
enum ParagraphBreaks {
    /// Chinese set on a grid: a paragraph's first line is indented by two ideographs, its other
    /// lines are full.
    case ideographic
    /// Latin, Cyrillic or Arabic words in a proportional font, lines filled to within a few per
    /// cent; `visualOrder` when the extraction displaced the punctuation (Arabic in pdf.js).
    case words(visualOrder: Bool)

    /// Whether the paragraph that `table.lines[index]` belongs to ends with it. `isFirst`: the
    /// line opens its paragraph; `inAgenda`: the text is an agenda item's title.
    func ends(after index: Int, in table: LineTable, isFirst: Bool, inAgenda: Bool) -> Bool {
        switch self {
        case .ideographic: return Self.ideographicEnds(after: index, in: table, isFirst: isFirst, inAgenda: inAgenda)
        case .words(let visualOrder): return Self.wordsEnd(after: index, in: table, inAgenda: inAgenda, visualOrder: visualOrder)
        }
    }

    /// Running text ends a paragraph at the end of a sentence, on a line too short for its place
    /// (the first line is indented by two ideographs, the others are full), with room left for
    /// the next line's first word. A full line that ends a sentence ends the paragraph too when
    /// the next line is as wide as an indented first line. A line that stops mid-sentence ends
    /// it only when it is far too short (a heading).
    private static func ideographicEnds(after index: Int, in table: LineTable, isFirst: Bool, inAgenda: Bool) -> Bool {
        let lines = table.lines
        guard index + 1 < lines.count, !table.reflowed else { return true }
        let fullWidth = table.fullWidth
        let line = lines[index]
        let next = lines[index + 1]
        if next.indent > 0 { return true }
        // The indent a first line lost (when the extraction removed it) or kept.
        let indent = line.indent > 0 ? Int(line.indent) : 4
        if inAgenda {
            return Int(line.width) + table.firstWordWidth(next) <= fullWidth - indent
        }
        if table.indented { return false }
        // A line ending in `/` (`S/2017/`) breaks a document symbol: the text goes on.
        if line.end > line.start, table.bytes[Int(line.end) - 1] == 0x2F { return false }
        var limit = isFirst ? fullWidth - indent : fullWidth
        let room = Int(line.width) + table.firstWordWidth(next)
        // A first line holds the full width less the indent; one crowded with brackets
        // (`《…》（《…》）`) was seen to stop two columns short.
        if isFirst, room > limit - 2, room <= limit, table.compressiblePunctuation(line) >= 3 { limit -= 2 }
        // Mid-sentence, only a line far too short for its place (a heading) ends a paragraph.
        guard table.endsSentence(line) else { return room <= limit - 8 && !table.leavesCitationOpen(line) }
        if room <= limit { return true }
        guard table.looksLikeFirstLine(next) else { return false }
        // After a closing parenthesis (`第2375（2017）` + `号决议…`) the next line is a first line
        // only when the word after it would have fitted on it as a full line; otherwise only the
        // layout (a Latin token or an opening bracket pushed down) kept it short.
        if index + 2 < lines.count, table.endsWithParenthesis(line),
           Int(next.width) + table.firstWordWidth(lines[index + 2]) > fullWidth {
            return false
        }
        return true
    }

    /// A line with room left for the next line's first word (by 6 % of the full width) that
    /// ends a sentence ends its paragraph. A line far too short (60 %) ends it even
    /// mid-sentence (a heading), unless it ends with a hyphen, a comma or a `/` that breaks a
    /// document symbol. In visual order the punctuation is displaced: a short line alone ends
    /// a paragraph.
    private static func wordsEnd(after index: Int, in table: LineTable, inAgenda: Bool, visualOrder: Bool) -> Bool {
        guard index + 1 < table.count, !table.reflowed else { return true }
        let line = table.lines[index]
        let fullWidth = table.fullWidth
        let room = (Int(line.width) + 1 + table.wordWidth(table.lines[index + 1])) * 100
        if visualOrder { return room < fullWidth * 88 }
        if inAgenda || table.endsSentenceWords(line) { return room < fullWidth * 94 }
        guard room < fullWidth * 60, line.end > line.start else { return false }
        let last = table.bytes[Int(line.end) - 1]
        return last != 0x2D && last != 0x2C && last != 0x2F
    }
}
