import VerbatimKit

/// The speaker list: one row per entry in reading order (index, speaker with title, country,
/// language spoken; the presiding officer's rows with the person in the chair); procedural lines dimmer; the entry on show marked, the selection highlighted.
struct SpeakerListPane: Pane {
    var state: AppState
    var theme: Theme
    var focused: Bool

    /// Draws the visible rows. Each row is drawn on its own into a blank one-row grid (what the
    /// pane's area holds before it is drawn) and kept in the document's `SpeakerRowCache`, so
    /// that a keypress draws again only the rows whose marks changed.
    func render(into grid: inout Grid, area: Rect) {
        guard area.width > 0, area.height > 0 else { return }
        let document = state.document
        let entries = document.entries
        let top = AppState.keepVisible(state.speakerSelection, top: state.speakerTop, height: area.height, count: entries.count)
        for row in 0..<area.height {
            let e = top + row
            guard e < entries.count else { break }
            let key = SpeakerRowCache.Key(
                entry: e, width: area.width, selected: e == state.speakerSelection, current: e == state.entry,
                focused: focused, colors: state.colors, bidi: state.bidi, ambiguous: state.displayWidth.ambiguous)
            let cells = document.speakerRows.row(key) {
                var line = Grid(size: Size(width: area.width, height: 1), displayWidth: state.displayWidth)
                drawRow(e, into: &line, area: Rect(x: 0, y: 0, width: area.width, height: 1))
                return line.cells
            }
            grid.place(cells, x: area.x, y: area.y + row)
        }
    }

    /// Draws the row of entry `e` on the first row of `area`.
    private func drawRow(_ e: Int, into grid: inout Grid, area: Rect) {
        let document = state.document
        let digits = String(max(1, document.statementEntries.count)).count
        let limit = area.x + area.width
        let roles = SpeakerListPane.roles(of: document.record)
        let shown = { (text: String) in OneLineDisplay.shown(text, state.bidi) }
        let y = area.y
        let entry = document.entries[e]
        let selected = e == state.speakerSelection
        let rowStyle: Style? = selected ? (focused ? theme.selection : theme.selectionUnfocused) : nil
        if let rowStyle { grid.fill(Rect(x: area.x, y: y, width: area.width, height: 1), style: rowStyle) }
        func style(_ base: Style) -> Style { rowStyle.map { SpeakerListPane.merge(base, into: $0) } ?? base }

        var x = area.x
        x += grid.put(e == state.entry ? "▶" : " ", at: Point(x: x, y: y), style: style(theme.current), limit: limit)
        let number: String
        switch entry.kind {
        case .statement(let i): number = String(i + 1)
        case .procedural: number = "·"
        case .unattributed: number = "?"
        }
        let padded = String(repeating: " ", count: max(0, digits - number.count)) + number + " "
        x += grid.put(padded, at: Point(x: x, y: y), style: style(entry.speaker == nil ? theme.procedural : theme.text), limit: limit)

        guard let speaker = entry.speaker else {
            let base = entry.kind == .unattributed ? theme.unattributed : theme.procedural
            grid.put(shown(Truncation.truncate(document.listText(e), to: max(0, limit - x), displayWidth: state.displayWidth)), at: Point(x: x, y: y), style: style(base), limit: limit)
            return
        }
        let language = speaker.language
        let languageWidth = limit - x >= 12 ? language.count + 1 : 0
        let room = max(0, limit - x - languageWidth)
        // The presiding officer's statements name the person in the chair after the role.
        let name = SpeakerListPane.displayName(speaker, roles: roles) + (speaker.person.map { " " + $0.name } ?? "")
        let nameText = shown(Truncation.truncate(name, to: room, displayWidth: state.displayWidth))
        let used = grid.put(nameText, at: Point(x: x, y: y), style: style(theme.text), limit: x + room)
        if let country = speaker.country, room - used >= 4 {
            let fitting = SpeakerListPane.countryName(
                speaker, language: document.record.meeting.language, room: room - used - 1, displayWidth: state.displayWidth)
            let countryText = shown(Truncation.truncate(fitting ?? country, to: room - used - 1, displayWidth: state.displayWidth))
            grid.put(countryText, at: Point(x: x + used + 1, y: y), style: style(theme.country), limit: x + room)
        }
        if languageWidth > 0 {
            grid.put(language, at: Point(x: limit - language.count, y: y), style: style(theme.language), limit: limit)
        }
    }

    /// The role names of the record's language (English for a language without a profile).
    static func roles(of record: Record) -> RoleNames {
        (LanguageProfile.named(record.meeting.language) ?? .english).roles
    }

    /// The name as listed: name and title in the language's order (`萨巴赫先生`, `Mr. Nebenzia`),
    /// or the role for a role-only label (`主席`, `President`).
    static func displayName(_ speaker: Speaker, roles: RoleNames) -> String {
        if let name = speaker.name { return roles.person(name: name, title: speaker.title) }
        switch speaker.role {
        case .president: return roles.president
        case .secretaryGeneral: return roles.secretaryGeneral
        case .speaker:
            let label = speaker.label
            if let cut = label.firstIndex(where: { $0 == "（" || $0 == "(" }) , cut > label.startIndex { return String(label[..<cut]) }
            return label
        }
    }

    /// The speaker's country as the label writes it when it fits in `room` columns, else its
    /// short name in the record's language when that fits (`美利坚合众国` → `美国`); `nil` when
    /// neither fits (the caller cuts the written name).
    static func countryName(_ speaker: Speaker, language: String, room: Int, displayWidth: DisplayWidth = .standard) -> String? {
        guard let country = speaker.country else { return nil }
        if displayWidth.of(country) <= room { return country }
        guard let code = speaker.countryCode ?? CountryTable.code(for: country),
            let short = CountryTable.shortName(of: code, language: language),
            displayWidth.of(short) <= room
        else { return nil }
        return short
    }

    /// `text` on one line: line breaks become spaces.
    static func oneLine(_ text: String) -> String {
        String(text.map { $0.isNewline ? " " : $0 })
    }

    /// A part's own colours and attributes on top of a row highlight.
    static func merge(_ base: Style, into row: Style) -> Style {
        var style = row
        if row.background == .default && base.foreground != .default { style.foreground = base.foreground }
        style.attributes.formUnion(base.attributes.subtracting(.dim))
        return style
    }
}
