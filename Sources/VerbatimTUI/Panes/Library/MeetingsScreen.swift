import VerbatimKit

/// The meetings screen: the library's name in the title row, the list, and the status row
/// (the prompt, the indexing progress, a message or the keys).
struct MeetingsScreen {
    var state: AppState
    var library: LibraryState
    var theme: Theme

    func render(into grid: inout Grid, size: Size) {
        let layout = Layout(size: size, showReferences: false)
        if let area = layout.title {
            grid.fill(area, style: theme.title)
            let count = library.meetings.count == 1 ? "1 meeting" : "\(library.meetings.count) meetings"
            let text = "Library \(library.name) · \(count)"
            grid.put(OneLineDisplay.shown(Truncation.truncate(text, to: max(0, area.width - 1), displayWidth: state.displayWidth), state.bidi), at: Point(x: area.x + 1, y: area.y), style: theme.title, limit: area.x + area.width)
        }
        MeetingsPane(library: library, theme: theme, bidi: state.bidi, focused: state.overlay == nil && state.prompt == nil,
                     displayWidth: state.displayWidth)
            .render(into: &grid, box: MeetingsPane.box(size: size))
        guard let area = layout.status else { return }
        grid.fill(area, style: theme.status)
        let limit = area.x + area.width
        if let prompt = state.prompt {
            var x = area.x
            x += grid.put(prompt.label, at: Point(x: x, y: area.y), style: theme.prompt, limit: limit)
            var shown = SpeakerListPane.oneLine(prompt.text)
            while state.displayWidth.of(shown) > max(0, limit - x - 1), !shown.isEmpty { shown.removeFirst() }
            x += grid.put(OneLineDisplay.shown(shown, state.bidi), at: Point(x: x, y: area.y), style: theme.prompt, limit: limit)
            x += grid.put(" ", at: Point(x: x, y: area.y), style: theme.cursor, limit: limit)
            let hint = prompt.kind == .filter
                ? "  \(library.shown.count) of \(library.meetings.count) · Enter keeps, Esc clears"
                : (prompt.text.isEmpty ? "  text to find in every meeting" : "")
            grid.put(Truncation.truncate(hint, to: max(0, limit - x), displayWidth: state.displayWidth), at: Point(x: x, y: area.y), style: theme.status, limit: limit)
            return
        }
        let hints = MeetingsScreen.hints(state.keyBindings)
        var note: (String, Style)?
        if let progress = library.progress {
            note = (progress.summary, theme.statusMessage)
        } else if let message = state.message {
            note = (message, theme.statusMessage)
        } else if let warning = library.warnings.first {
            note = ("⚠ " + warning, theme.warning)
        }
        let hintsWidth = state.displayWidth.of(hints)
        let noteWidth = note.map { state.displayWidth.of(SpeakerListPane.oneLine($0.0)) + 2 } ?? 0
        let showHints = area.width >= hintsWidth + noteWidth
        if let (text, style) = note {
            let room = max(0, (showHints ? limit - hintsWidth : limit) - area.x - 1)
            grid.put(OneLineDisplay.shown(Truncation.truncate(SpeakerListPane.oneLine(text), to: room, displayWidth: state.displayWidth), state.bidi), at: Point(x: area.x + 1, y: area.y), style: style, limit: area.x + 1 + room)
        }
        if showHints {
            grid.put(hints, at: Point(x: limit - hintsWidth, y: area.y), style: theme.status, limit: limit)
        }
    }

    /// The keys of the meetings list, as the key table in force binds them (`Enter open  f filter …`);
    /// an action left without a key is left out.
    static func hints(_ bindings: KeyBindings) -> String {
        let actions: [(Action, String)] = [
            (.openMeeting, "open"), (.filterMeetings, "filter"), (.sortMeetings, "sort"),
            (.searchLibrary, "search"), (.help, "help"), (.quit, "quit"),
        ]
        var parts: [String] = []
        for (action, word) in actions {
            let all = bindings.bindings(of: action)
            guard let key = (all.first { $0.pane == .meetings } ?? all.first)?.key else { continue }
            parts.append("\(key.displayName) \(word)")
        }
        return parts.joined(separator: "  ") + " "
    }
}
