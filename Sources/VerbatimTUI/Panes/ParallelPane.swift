import VerbatimKit

/// The statement pane of the parallel view: one column per version shown, each drawn as the
/// statement pane draws a statement (the label as that version writes it, its paragraphs), all
/// at one scroll offset; the columns are padded so that aligned paragraphs start level. A version
/// with no counterpart for the entry on show says so in its column.
struct ParallelPane: Pane {
    var state: AppState
    var theme: Theme

    /// `count` columns of equal width across `inner`, one cell apart for the rule between them.
    static func columns(in inner: Rect, count: Int) -> [Rect] {
        let n = max(1, count)
        let width = max(1, (inner.width - (n - 1)) / n)
        return (0..<n).map { k in Rect(x: inner.x + k * (width + 1), y: inner.y, width: width, height: inner.height) }
    }

    func render(into grid: inout Grid, area inner: Rect) {
        guard inner.width > 0, inner.height > 0, let (parallel, primary) = state.activeParallel,
            let row = parallel.row(of: state.entry, in: primary)
        else { return }
        let versions = state.shownVersions
        let members = parallel.alignment.rows[row]
        for (k, column) in ParallelPane.columns(in: inner, count: versions.count).enumerated() {
            let v = versions[k]
            if k > 0 {
                for y in column.y..<(column.y + column.height) {
                    grid.put(BorderGlyphs.fitting(grid.displayWidth).vertical, at: Point(x: column.x - 1, y: y), style: theme.border)
                }
            }
            if let e = members[v] {
                StatementPane(state: columnState(parallel, version: v, primary: primary, entry: e, row: row), theme: theme)
                    .render(into: &grid, area: column)
            } else {
                let area = Layout.textArea(column)
                let text = Truncation.truncate("(no counterpart in \(parallel.label(of: v)))", to: max(0, area.width), displayWidth: state.displayWidth)
                grid.put(text, at: Point(x: area.x, y: area.y), style: theme.meta, limit: area.x + area.width)
            }
        }
    }

    /// The state as one column sees it: its version's document and entry at the shared scroll.
    /// Search marks belong to the primary version only; the mention being followed is marked in
    /// another version too, at the same reference in the paragraphs aligned with the primary's.
    private func columnState(_ parallel: ParallelState, version: Int, primary: Int, entry: Int, row: Int) -> AppState {
        var copy = state
        guard version != primary else { return copy }
        copy.document = parallel.versions[version]
        copy.parallel?.drawnFor = primary
        copy.entry = entry
        copy.mention = counterpart(of: state.mention, followed: state.followed, parallel, version: version, primary: primary, row: row)
        copy.search = nil
        return copy
    }

    /// The first mention of `followed` in the paragraphs of `version` aligned with the paragraph
    /// of `mention` in the primary version.
    private func counterpart(of mention: TextPosition?, followed: String?, _ parallel: ParallelState, version: Int, primary: Int, row: Int) -> TextPosition? {
        guard let mention, let followed, mention.entry == state.entry, mention.paragraph >= 0 else { return nil }
        let members = parallel.alignment.rows[row]
        let present = members.indices.filter { members[$0] != nil }
        guard let p = present.firstIndex(of: primary), let o = present.firstIndex(of: version), let entry = members[version] else { return nil }
        let entries = present.map { parallel.versions[$0].entries[members[$0]!] }
        let groups = ParagraphAlignment.groups(lengths: entries.map { $0.paragraphs.map(\.scalarCount) })
        guard let group = groups.first(where: { $0[p].contains(mention.paragraph) }) else { return nil }
        let paragraphs = entries[o].paragraphs
        for index in group[o] where paragraphs.indices.contains(index) {
            if let citation = paragraphs[index].citations.first(where: { Document.key(of: $0) == followed }) {
                return TextPosition(entry: entry, paragraph: index, start: citation.start, end: citation.end)
            }
        }
        return nil
    }

    /// The widest pane title that leaves room, in the first column's stretch of the top border,
    /// for that column's language; `nil` outside the parallel view.
    static func titleRoom(in box: Rect, state: AppState) -> Int? {
        guard let (parallel, primary) = state.activeParallel, let first = state.shownVersions.first else { return nil }
        let column = columns(in: Layout.inner(box), count: state.shownVersions.count)[0]
        let tag = state.displayWidth.of(tag(parallel, version: first, primary: primary))
        return max(4, column.width - 4 - tag)
    }

    /// A version's mark on the border: its language, `▸` before the primary's.
    static func tag(_ parallel: ParallelState, version: Int, primary: Int) -> String {
        " " + (version == primary ? "▸" : "") + parallel.label(of: version) + " "
    }

    /// Marks the columns on the pane's border: where the rules between them meet it, and each
    /// version's language at the right of its column (`▸` before the primary's).
    /// Nothing is drawn left of `titleEnd` (the end of the pane's title).
    static func decorateBorder(of box: Rect, titleEnd: Int, state: AppState, into grid: inout Grid, style: Style, titleStyle: Style) {
        guard let (parallel, primary) = state.activeParallel, box.width >= 4, box.height >= 2 else { return }
        let versions = state.shownVersions
        for (k, column) in columns(in: Layout.inner(box), count: versions.count).enumerated() {
            if k > 0 {
                grid.put(BorderGlyphs.fitting(grid.displayWidth).teeDown, at: Point(x: column.x - 1, y: box.y), style: style)
                grid.put("┴", at: Point(x: column.x - 1, y: box.y + box.height - 1), style: style)
            }
            let v = versions[k]
            let tag = tag(parallel, version: v, primary: primary)
            let width = state.displayWidth.of(tag)
            let x = column.x + column.width - width - 1
            guard x >= max(column.x, k == 0 ? titleEnd : column.x) else { continue }
            grid.put(tag, at: Point(x: x, y: box.y), style: titleStyle, limit: column.x + column.width)
        }
    }
}
