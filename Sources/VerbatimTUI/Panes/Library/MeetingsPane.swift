import VerbatimKit

/// The library's meetings list, a screen of its own: a header row and one row per meeting with
/// its symbol, ISO date, body, agenda title, statements and languages, and a note for parts and
/// provisional versions; the selection highlighted.
struct MeetingsPane {
    var library: LibraryState
    var theme: Theme
    var bidi: BidiMode
    var focused: Bool
    /// The width table in force (`AppState.displayWidth`).
    var displayWidth: DisplayWidth

    /// The box of the list on a screen of `size`: the band between title and status rows.
    static func box(size: Size) -> Rect {
        Layout(size: size, showReferences: false).body
    }

    /// How many meetings fit (the inside of the box less the header row).
    static func visibleRows(size: Size) -> Int {
        max(1, Layout.inner(box(size: size)).height - 1)
    }

    /// The row of `shown` under `point`, when it is on one.
    static func row(at point: Point, size: Size, top: Int) -> Int? {
        let inner = Layout.inner(box(size: size))
        guard inner.contains(point), point.y > inner.y else { return nil }
        return top + point.y - inner.y - 1
    }

    /// The note column's text for `meeting`: its parts, and its provisional or final versions
    /// when it has a provisional one.
    static func note(_ meeting: MeetingRow) -> String {
        var parts: [String] = []
        if meeting.hasProvisional { parts.append(meeting.hasFinal ? "prov.+final" : "provisional") }
        if meeting.parts.count > 1 { parts.append("\(meeting.parts.count) parts") }
        return parts.joined(separator: " ")
    }

    /// A body's name in a narrow column: the initials of a name of several capitalised words
    /// ("Security Council" → "SC"), else the name as it is (cut to the column).
    static func initials(_ name: String) -> String {
        let words = name.split(separator: " ")
        guard words.count > 1, words.allSatisfy({ $0.first?.isUppercase == true || $0.allSatisfy(\.isLowercase) }) else { return name }
        let capitals = words.compactMap { $0.first?.isUppercase == true ? $0.first : nil }
        return capitals.count > 1 ? String(capitals) : name
    }

    /// The widths of the columns in a list `width` wide.
    struct Columns {
        var symbol, date, body, title, statements, languages, note: Int

        init(width: Int, rows: [MeetingRow], displayWidth measure: DisplayWidth) {
            symbol = min(width >= 100 ? 20 : 14, max(6, rows.map { measure.of($0.symbol ?? $0.key) }.max() ?? 6))
            date = 10
            statements = 4
            let langs = rows.map { measure.of($0.languages.joined(separator: " ")) }.max() ?? 2
            languages = min(width >= 110 ? 17 : 8, max(4, langs))
            note = min(16, rows.map { measure.of(MeetingsPane.note($0)) }.max() ?? 0)
            body = width >= 100 ? 18 : (width >= 70 ? 4 : 0)
            // Columns are separated by one space; the title takes what is left.
            let fixed = symbol + date + statements + languages + (body > 0 ? body + 1 : 0) + (note > 0 ? note + 1 : 0) + 5
            title = max(0, width - fixed)
            if title < 8, note > 0 { title += note + 1; note = 0 }
            if title < 8, body > 0 { title += body + 1; body = 0 }
        }
    }

    func render(into grid: inout Grid, box: Rect) {
        guard box.width >= 4, box.height >= 3 else { return }
        let rows = library.shown
        var title = "Meetings \(rows.count)"
        if rows.count != library.meetings.count { title += " of \(library.meetings.count)" }
        title += " · by \(library.sort.rawValue)"
        if !library.filter.isEmpty { title += " · filter “\(SpeakerListPane.oneLine(library.filter))”" }
        Box(rect: box, style: focused ? theme.borderFocused : theme.border, title: title,
            titleStyle: focused ? theme.paneTitleFocused : theme.paneTitle).render(into: &grid)
        let inner = Layout.inner(box)
        let area = Rect(x: inner.x + 1, y: inner.y, width: max(0, inner.width - 2), height: inner.height)
        guard area.width > 0, area.height > 0 else { return }
        let columns = Columns(width: area.width, rows: rows, displayWidth: displayWidth)
        drawRow(["Symbol", "Date", "Body", "Agenda", "St.", "Lang", ""], y: area.y, area: area, columns: columns, style: theme.groupHeading, into: &grid)
        if rows.isEmpty {
            let text = library.progress != nil ? "Indexing the folder…" : (library.meetings.isEmpty ? "No records in this folder." : "No meeting matches the filter.")
            grid.put(Truncation.truncate(text, to: area.width, displayWidth: displayWidth), at: Point(x: area.x, y: area.y + 1), style: theme.meta, limit: area.x + area.width)
            return
        }
        let selection = library.selection
        for line in 0..<(area.height - 1) {
            let i = library.top + line
            guard i < rows.count else { break }
            let meeting = rows[i]
            let y = area.y + 1 + line
            let style = i == selection ? (focused ? theme.selection : theme.selectionUnfocused) : theme.text
            if i == selection { grid.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), style: style) }
            if i == selection { grid.put("▶", at: Point(x: inner.x, y: y), style: style, limit: area.x) }
            let body = meeting.body.map { columns.body < 10 ? MeetingsPane.initials($0) : $0 } ?? ""
            let cells = [
                meeting.symbol ?? meeting.key, meeting.isoDate ?? "", body, meeting.title ?? "",
                "\(meeting.statements)", meeting.languages.joined(separator: " "), MeetingsPane.note(meeting),
            ]
            drawRow(cells, y: y, area: area, columns: columns, style: style, into: &grid)
        }
    }

    /// Draws one row's cells in their columns (the statements right-aligned).
    private func drawRow(_ cells: [String], y: Int, area: Rect, columns: Columns, style: Style, into grid: inout Grid) {
        let widths = [columns.symbol, columns.date, columns.body, columns.title, columns.statements, columns.languages, columns.note]
        var x = area.x
        let limit = area.x + area.width
        for (i, width) in widths.enumerated() where width > 0 {
            var text = Truncation.truncate(SpeakerListPane.oneLine(cells[i]), to: width, displayWidth: displayWidth)
            if i == 4 { text = String(repeating: " ", count: max(0, width - displayWidth.of(text))) + text }
            let cellStyle = i == 1 && style == theme.text ? theme.meta : style
            grid.put(OneLineDisplay.shown(text, bidi), at: Point(x: x, y: y), style: cellStyle, limit: min(limit, x + width))
            x += width + 1
        }
    }
}
