import VerbatimKit

/// A list from the library over the screen (`M`, `a`, `A`, a search): two lines a row — the
/// date, symbol, speaker and country, page, vote or mention count; then the snippet or first
/// words with the match marked.
struct FoundPane {
    var list: FoundList
    var theme: Theme
    var bidi: BidiMode
    /// The width table in force (`AppState.displayWidth`).
    var displayWidth: DisplayWidth
    var selection: Int
    var top: Int

    /// The box of the list on a screen of `size`.
    static func box(size: Size) -> Rect {
        let body = Layout(size: size, showReferences: false).body
        let width = min(body.width, max(40, body.width * 9 / 10))
        let height = min(body.height, max(6, body.height * 4 / 5))
        return Rect(x: body.x + (body.width - width) / 2, y: body.y + (body.height - height) / 2, width: width, height: height)
    }

    /// How many rows (of two lines) fit on a screen of `size`.
    static func visibleRows(size: Size) -> Int {
        max(1, Layout.inner(box(size: size)).height / 2)
    }

    /// The first line of `row`.
    static func heading(_ row: FoundRow) -> String {
        // The short facts first, so that a long speaker's label cannot push them off the line.
        var parts: [String] = [row.isoDate ?? "no date", row.symbol ?? "no symbol"]
        if let vote = row.vote { parts.append("voted \(vote)") }
        if let mentions = row.mentions { parts.append(mentions == 1 ? "1 mention" : "\(mentions) mentions") }
        if let page = row.page { parts.append("p. \(page)") }
        var who = row.speaker ?? ""
        if let country = row.country, !who.contains(country) { who += who.isEmpty ? country : " (\(country))" }
        if !who.isEmpty { parts.append(who) }
        return parts.joined(separator: " · ")
    }

    /// The second line of `row`: its text, else where Enter goes.
    static func detail(_ row: FoundRow) -> String {
        if !row.text.isEmpty { return SpeakerListPane.oneLine(row.text) }
        if let statement = row.place.statement { return "first mention in statement \(statement)" }
        return "from its start"
    }

    func render(into grid: inout Grid, size: Size) {
        let box = FoundPane.box(size: size)
        guard box.width > 2, box.height > 2 else { return }
        grid.fill(box)
        let count = list.rows.count
        let position = count == 0 ? "" : " · \(min(max(0, selection), count - 1) + 1)/\(count)"
        Box(rect: box, style: theme.borderFocused, title: SpeakerListPane.oneLine(list.title) + position, titleStyle: theme.paneTitleFocused).render(into: &grid)
        let inner = Layout.inner(box)
        let area = Rect(x: inner.x + 1, y: inner.y, width: max(0, inner.width - 2), height: inner.height)
        guard area.width > 0 else { return }
        let limit = area.x + area.width
        for line in 0..<(area.height / 2) {
            let i = top + line
            guard i < count else { break }
            let row = list.rows[i]
            let y = area.y + line * 2
            let selected = i == selection
            let style = selected ? theme.selection : theme.text
            if selected { grid.fill(Rect(x: inner.x, y: y, width: inner.width, height: 2), style: style) }
            grid.put(OneLineDisplay.shown(Truncation.truncate(SpeakerListPane.oneLine(FoundPane.heading(row)), to: area.width, displayWidth: displayWidth), bidi), at: Point(x: area.x, y: y), style: selected ? style : theme.heading, limit: limit)
            drawDetail(row, y: y + 1, x: area.x + 2, limit: limit, style: selected ? style : theme.meta, into: &grid)
        }
    }

    /// The snippet, with the match in the match style; when the match would fall beyond the
    /// line, the snippet is shown from a little before it.
    private func drawDetail(_ row: FoundRow, y: Int, x: Int, limit: Int, style: Style, into grid: inout Grid) {
        let text = FoundPane.detail(row)
        let scalars = Array(text.unicodeScalars)
        guard let match = row.match, match.lowerBound >= 0, match.upperBound <= scalars.count, !row.text.isEmpty, text == row.text else {
            grid.put(OneLineDisplay.shown(Truncation.truncate(text, to: max(0, limit - x), displayWidth: displayWidth), bidi), at: Point(x: x, y: y), style: style, limit: limit)
            return
        }
        let room = max(0, limit - x)
        var start = 0
        let before = String(String.UnicodeScalarView(scalars[0..<match.lowerBound]))
        if displayWidth.of(before) > room / 2 {
            // Start about a third of the line before the match.
            start = match.lowerBound
            var width = 0
            while start > 0 {
                let w = displayWidth.of(String(scalars[start - 1]))
                if width + w > room / 3 { break }
                width += w
                start -= 1
            }
        }
        var cx = x
        if start > 0 { cx += grid.put("…", at: Point(x: cx, y: y), style: style, limit: limit) }
        let pieces: [(Range<Int>, Style)] = [
            (start..<match.lowerBound, style), (match, theme.currentMatch), (match.upperBound..<scalars.count, style),
        ]
        for (range, pieceStyle) in pieces where !range.isEmpty {
            let piece = SpeakerListPane.oneLine(String(String.UnicodeScalarView(scalars[range])))
            cx += grid.put(piece, at: Point(x: cx, y: y), style: pieceStyle, limit: limit)
            if cx >= limit { break }
        }
    }
}
