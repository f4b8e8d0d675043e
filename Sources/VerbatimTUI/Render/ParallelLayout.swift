import VerbatimKit

/// The versions of one aligned row wrapped to a column width and padded with blank lines, so that
/// the headings, and then each group of paragraphs that say the same thing
/// (`ParagraphAlignment`), start on the same line in every column. One scroll offset then moves
/// every column together, and a version that runs shorter shows its gap as blank lines. Entries
/// that follow in other versions but have no counterpart in the primary (which the primary's
/// navigation never reaches) are named at the end of their version's column.
enum ParallelLayout {
    /// The padded layout of each version of `row` (`nil` where the version has no entry there),
    /// `primary` being the version read.
    static func layouts(_ parallel: ParallelState, row: Int, primary: Int, width: Int, displayWidth: DisplayWidth = .standard) -> [StatementLayout?] {
        let members = parallel.alignment.rows[row]
        var wrapped: [StatementLayout?] = []
        var entries: [Entry?] = []
        for (v, member) in members.enumerated() {
            guard let e = member else {
                wrapped.append(nil)
                entries.append(nil)
                continue
            }
            let document = parallel.versions[v]
            wrapped.append(document.layouts.layout(document, entry: e, width: width, displayWidth: displayWidth, need: .all))
            entries.append(document.entries[e])
        }
        let present = members.indices.filter { members[$0] != nil }
        let groups = ParagraphAlignment.groups(lengths: present.map { v in
            entries[v]!.paragraphs.map(\.scalarCount)
        })

        // Each present version's segments: the heading, then one per group, as line ranges.
        var segments: [[Range<Int>]] = []
        for (k, v) in present.enumerated() {
            let layout = wrapped[v]!
            let count = entries[v]!.paragraphs.count
            var bounds = [segmentStart(layout, paragraph: 0, count: count)]
            for (g, group) in groups.enumerated() {
                bounds.append(g == groups.count - 1 ? layout.lines.count : segmentStart(layout, paragraph: group[k].upperBound, count: count))
            }
            if groups.isEmpty { bounds.append(layout.lines.count) }
            var ranges = [0..<bounds[0]]
            for i in 1..<bounds.count { ranges.append(bounds[i - 1]..<max(bounds[i - 1], bounds[i])) }
            segments.append(ranges)
        }
        let segmentCount = segments.first?.count ?? 0
        let heights = (0..<segmentCount).map { s in segments.map { $0[s].count }.max() ?? 0 }
        let notes = present.map { onlyHere(parallel, after: row, version: $0, primary: primary, width: width, displayWidth: displayWidth) }
        let noteHeight = notes.map { $0.isEmpty ? 0 : $0.count + 1 }.max() ?? 0

        var result = [StatementLayout?](repeating: nil, count: members.count)
        for (k, v) in present.enumerated() {
            let count = entries[v]!.paragraphs.count
            var insertions: [StatementLayout.Padding] = []
            for s in 0..<segmentCount {
                let missing = heights[s] - segments[k][s].count
                guard missing > 0 else { continue }
                // Blank lines belong to the segment's last paragraph (the heading's: none).
                let paragraph = s == 0 ? -1 : min(max(0, groups[s - 1][k].upperBound - 1), max(0, count - 1))
                insertions.append(StatementLayout.Padding(before: segments[k][s].upperBound, count: missing, paragraph: paragraph))
            }
            if noteHeight > 0 {
                // A blank line, then the notes, then blanks to the tallest column's notes.
                let lines = notes[k].isEmpty ? [] : [""] + notes[k]
                insertions.append(StatementLayout.Padding(
                    before: wrapped[v]!.lines.count, count: noteHeight - lines.count, paragraph: max(-1, count - 1), notes: lines))
            }
            result[v] = wrapped[v]!.padded(insertions)
        }
        return result
    }

    /// One line for each entry of `version` after `row` that the primary version has no
    /// counterpart for, up to the primary's next entry: `+ only in fr: 4. M. X (France)`, cut to
    /// `width`.
    static func onlyHere(_ parallel: ParallelState, after row: Int, version: Int, primary: Int, width: Int, displayWidth: DisplayWidth) -> [String] {
        guard version != primary else { return [] }
        let rows = parallel.alignment.rows
        var lines: [String] = []
        var r = row + 1
        while r < rows.count, rows[r][primary] == nil {
            if let e = rows[r][version] {
                let entry = parallel.versions[version].entries[e]
                let heading = entry.statementNumber.map { "\($0). " + entry.heading } ?? entry.heading
                let text = "+ only in \(parallel.label(of: version)): " + SpeakerListPane.oneLine(heading)
                lines.append(Truncation.truncate(text, to: max(1, width), displayWidth: displayWidth))
            }
            r += 1
        }
        return lines
    }

    /// The first line of paragraph `paragraph` with what stands before it (the break and notes);
    /// the end of the layout for `paragraph == count`.
    static func segmentStart(_ layout: StatementLayout, paragraph: Int, count: Int) -> Int {
        if paragraph >= count { return layout.lines.count }
        return layout.lines.firstIndex { $0.paragraph >= paragraph } ?? layout.lines.count
    }
}

/// The padded layouts of rows by (row, primary version, width, width table), shared by every state of one parallel view.
final class ParallelLayoutCache: @unchecked Sendable {
    private struct CacheKey: Hashable {
        var row: Int
        var primary: Int
        var width: Int
        var ambiguous: AmbiguousWidth
    }

    private let lock = Lock()
    private var cache: [CacheKey: [StatementLayout?]] = [:]

    /// The padded layouts of `row` at `width`, built on first use.
    func layouts(_ parallel: ParallelState, row: Int, primary: Int, width: Int, displayWidth: DisplayWidth = .standard) -> [StatementLayout?] {
        let key = CacheKey(row: row, primary: primary, width: width, ambiguous: displayWidth.ambiguous)
        lock.lock()
        if let cached = cache[key] {
            lock.unlock()
            return cached
        }
        lock.unlock()
        let built = ParallelLayout.layouts(parallel, row: row, primary: primary, width: width, displayWidth: displayWidth)
        lock.lock()
        if cache.count > 128 { cache.removeAll(keepingCapacity: true) }
        cache[key] = built
        lock.unlock()
        return built
    }
}
