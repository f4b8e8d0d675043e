import VerbatimKit

/// The statement pane: the current entry's heading and paragraph count, then its paragraphs
/// wrapped to the pane, citations highlighted (the selected mention more strongly), search
/// matches marked, notes in place, a blank line between paragraphs.
struct StatementPane: Pane {
    var state: AppState
    var theme: Theme

    /// A highlighted scalar range of one paragraph, with its style and priority.
    private struct Span {
        var range: Range<Int>
        var style: Style
        var rank: Int
    }

    func render(into grid: inout Grid, area inner: Rect) {
        let area = Layout.textArea(inner, measure: state.textMeasure)
        guard area.width > 0, area.height > 0 else { return }
        let document = state.document
        guard document.entries.indices.contains(state.entry) else {
            grid.put(Truncation.truncate("The record holds no text.", to: area.width, displayWidth: state.displayWidth), at: Point(x: area.x, y: area.y), style: theme.meta, limit: area.x + area.width)
            return
        }
        let layout = state.shownLayout(width: area.width, need: .lines(state.scroll + area.height))
        let scroll = layout.clampedScroll(state.scroll, height: area.height)
        let entry = document.entries[state.entry]

        // The spans of the paragraphs on screen, built once per frame.
        var spans: [Int: [Span]] = [:]
        let visible = layout.lines[scroll..<min(layout.lines.count, scroll + area.height)]
        let paragraphs = Set(visible.filter { $0.kind == .text }.map(\.paragraph))
        for p in paragraphs {
            var list: [Span] = entry.paragraphs[p].citations.map { Span(range: $0.scalarRange, style: theme.citation, rank: 1) }
            if let mention = state.mention, mention.entry == state.entry, mention.paragraph == p {
                list.append(Span(range: mention.scalarRange, style: theme.mention, rank: 3))
            }
            spans[p] = list
        }
        if let search = state.search {
            let current = search.current.map { search.matches[$0] }
            for match in StatementPane.matches(search.matches, entry: state.entry) where paragraphs.contains(match.paragraph) {
                let isCurrent = match == current
                spans[match.paragraph, default: []].append(
                    Span(range: match.scalarRange, style: isCurrent ? theme.currentMatch : theme.match, rank: isCurrent ? 4 : 2))
            }
        }

        for (row, line) in visible.enumerated() {
            let y = area.y + row
            switch line.kind {
            case .paragraphBreak:
                continue
            case .pageBreak:
                let rightToLeft = (LanguageProfile.named(document.record.meeting.language) ?? .english).isRightToLeft
                grid.put(StatementPane.pageRule(
                    line.text, width: area.width, rightToLeft: rightToLeft, displayWidth: state.displayWidth), at: Point(x: area.x, y: y), style: theme.meta, limit: area.x + area.width)
            case .heading, .meta, .note:
                let style = line.kind == .heading ? theme.heading : line.kind == .meta ? theme.meta : theme.note
                draw(line, y: y, area: area, style: style, spans: [], into: &grid)
            case .text:
                let lineSpans = (spans[line.paragraph] ?? []).filter { $0.range.lowerBound < line.end && $0.range.upperBound > line.start }
                draw(line, y: y, area: area, style: theme.text, spans: lineSpans, into: &grid)
            }
        }
    }

    /// Draws one line on row `y`: in display order when the program reorders right-to-left text
    /// (a right-to-left paragraph's lines aligned to the right edge), else as written. Each
    /// character takes the style of the highest-ranked span over the logical offsets it shows.
    private func draw(_ line: StatementLine, y: Int, area: Rect, style base: Style, spans: [Span], into grid: inout Grid) {
        let limit = area.x + area.width
        func style(for range: Range<Int>) -> Style {
            var style = base
            var rank = 0
            for span in spans where span.rank > rank && span.range.overlaps(range) {
                style = span.style
                rank = span.rank
            }
            return style
        }
        if state.bidi == .reorder, let visual = line.visual {
            var x = visual.direction == .rightToLeft ? area.x + max(0, area.width - visual.width) : area.x
            for (character, range) in zip(visual.text, visual.logicalRanges) {
                let w = grid.put(character, at: Point(x: x, y: y), style: spans.isEmpty ? base : style(for: range), limit: limit)
                if w == 0 && state.displayWidth.of(character) > 0 { break }
                x += w
            }
            return
        }
        var x = area.x
        var offset = line.start
        // Leading scalars that are clusters on their own (nearly every line): drawn scalar by scalar.
        var scalars = line.text.unicodeScalars.makeIterator()
        var current = scalars.next()
        var drawnBytes = 0
        while let scalar = current {
            let next = scalars.next()
            guard LoneScalar.standsAlone(scalar), next.map(LoneScalar.standsAlone) ?? true else { break }
            let w = grid.put(scalar: scalar, at: Point(x: x, y: y), style: spans.isEmpty ? base : style(for: offset..<offset + 1), limit: limit)
            if w == 0 && state.displayWidth.of(scalar) > 0 { return }
            x += w
            offset += 1
            drawnBytes += UTF8.width(scalar)
            current = next
        }
        // The rest (from a cluster boundary), cluster by cluster.
        let rest = line.text.utf8.index(line.text.utf8.startIndex, offsetBy: drawnBytes)
        for character in line.text[rest...] {
            let count = character.unicodeScalars.count
            let w = grid.put(character, at: Point(x: x, y: y), style: spans.isEmpty ? base : style(for: offset..<offset + count), limit: limit)
            if w == 0 && state.displayWidth.of(character) > 0 { break }
            x += w
            offset += count
        }
    }

    /// The matches in `entry` (the list is in reading order).
    static func matches(_ all: [TextPosition], entry: Int) -> ArraySlice<TextPosition> {
        var low = 0, high = all.count
        while low < high {
            let mid = (low + high) / 2
            if all[mid].entry < entry { low = mid + 1 } else { high = mid }
        }
        var end = low
        while end < all.count && all[end].entry == entry { end += 1 }
        return all[low..<end]
    }

    /// The thin rule that marks a new printed page: `──────── p. 7 ──`, `width` columns (the
    /// label near the left edge, where a right-to-left line ends, for such a record), drawn with
    /// the frames' horizontal rule (ASCII where the table counts line-drawing characters wide).
    static func pageRule(
        _ label: String, width: Int, rightToLeft: Bool = false, displayWidth: DisplayWidth = .standard
    ) -> String {
        let text = " \(label) "
        let room = width - displayWidth.of(text)
        guard room >= 2 else { return Truncation.truncate(label, to: max(0, width), displayWidth: displayWidth) }
        let after = min(2, room)
        let rule = BorderGlyphs.fitting(displayWidth).horizontal
        let long = String(repeating: rule, count: room - after), short = String(repeating: rule, count: after)
        return rightToLeft ? short + text + long : long + text + short
    }
}
