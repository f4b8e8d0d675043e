import VerbatimKit

/// The status row: position (statement 3/24, page, percent), the active search, a message or
/// the parser's warnings, and key hints; or the prompt being typed.
struct StatusBar: Pane {
    var state: AppState
    var theme: Theme
    /// The statement pane's text size on this screen.
    var text: (width: Int, height: Int)

    /// The position part: `statement 3/24 · p. 5 · 42%` (`3/24 · p. 5 · 42%` when `compact`).
    func position(compact: Bool = false) -> String {
        let document = state.document
        guard document.entries.indices.contains(state.entry) else { return "empty record" }
        let entry = document.entries[state.entry]
        var parts: [String] = []
        switch entry.kind {
        case .statement(let i): parts.append((compact ? "" : "statement ") + "\(i + 1)/\(document.statementEntries.count)")
        case .procedural(let kind): if !compact { parts.append(Entry.heading(for: kind).lowercased()) }
        case .unattributed: parts.append(compact ? "?" : "unattributed text")
        }
        let layout = state.shownLayout(width: state.parallelColumnWidth ?? text.width, need: .lines(state.scroll + text.height))
        let scroll = layout.clampedScroll(state.scroll, height: text.height)
        var page = entry.pages.first
        if let line = layout.lines[scroll...].first(where: { $0.kind == .text }), entry.paragraphs.indices.contains(line.paragraph) {
            page = entry.paragraphs[line.paragraph].page
        }
        parts.append("p. \(page)")
        let percent = layout.percent(through: scroll + text.height)
        parts.append("\(percent)%")
        return parts.joined(separator: " · ")
    }

    /// The search part: `/query match 3/15` (without the query when `compact`).
    func searchSummary(compact: Bool = false) -> String? {
        guard let search = state.search else { return nil }
        let query = compact ? "" : SpeakerListPane.oneLine(search.query) + " "
        if search.matches.isEmpty { return "/\(query)no match" }
        if let current = search.current { return "/\(query)match \(current + 1)/\(search.matches.count)" }
        return "/\(query)\(search.matches.count) matches"
    }

    /// What the `:` prompt leads to: the statement and its speaker for a number in range, else
    /// the range of numbers there are.
    func goToHint(_ text: String) -> String {
        let document = state.document
        let count = document.statementEntries.count
        guard count > 0 else { return "  this record has no statements" }
        guard !text.isEmpty else { return "  statement number, 1–\(count)" }
        guard let n = Prompt.statementNumber(text) else { return "  not a statement number (1–\(count))" }
        guard n >= 1, n <= count else { return "  no statement \(n) (1–\(count))" }
        let entry = document.entries[document.statementEntries[n - 1]]
        return "  → \(n). " + (entry.speaker?.label ?? entry.heading)
    }

    /// `? help  q quit `, with the keys the table in force gives those actions.
    var hintText: String {
        var text = ""
        for (action, word) in [(Action.help, "help"), (.quit, "quit")] {
            guard let key = state.keyBindings.bindings(of: action).first?.key else { continue }
            text += (text.isEmpty ? "" : " ") + key.displayName + " " + word + " "
        }
        return text
    }

    func render(into grid: inout Grid, area: Rect) {
        guard area.width > 0, area.height > 0 else { return }
        grid.fill(area, style: theme.status)
        let limit = area.x + area.width
        let y = area.y
        if let prompt = state.prompt {
            var x = area.x
            x += grid.put(prompt.label, at: Point(x: x, y: y), style: theme.prompt, limit: limit)
            // Show the end of a long input, so that what is typed stays visible.
            let room = max(0, limit - x - 1)
            var shown = SpeakerListPane.oneLine(prompt.text)
            while state.displayWidth.of(shown) > room, !shown.isEmpty { shown.removeFirst() }
            x += grid.put(OneLineDisplay.shown(shown, state.bidi), at: Point(x: x, y: y), style: theme.prompt, limit: limit)
            x += grid.put(" ", at: Point(x: x, y: y), style: theme.cursor, limit: limit)
            var hint: String?
            if prompt.kind == .speaker, !prompt.text.isEmpty {
                if let target = state.speakerTarget(prompt), let speaker = state.document.entries[target].speaker {
                    hint = "  → \(state.document.entries[target].statementNumber ?? 0). \(speaker.label)"
                } else {
                    hint = "  no speaker matches"
                }
            } else if prompt.kind == .speaker {
                hint = "  part of a name or country"
            } else if prompt.kind == .goTo {
                hint = goToHint(prompt.text)
            } else if prompt.text.isEmpty {
                hint = "  text to find in the whole meeting"
            }
            if let hint {
                grid.put(OneLineDisplay.shown(Truncation.truncate(SpeakerListPane.oneLine(hint), to: max(0, limit - x), displayWidth: state.displayWidth), state.bidi), at: Point(x: x, y: y), style: theme.status, limit: limit)
            }
            return
        }
        var left = " " + position()
        if let search = searchSummary() { left += "  " + search }
        let messageWidth = state.message.map { state.displayWidth.of(SpeakerListPane.oneLine($0)) + 2 } ?? 0
        if state.displayWidth.of(left) + messageWidth > area.width {
            left = " " + position(compact: true)
            if let search = searchSummary(compact: true) { left += " " + search }
        }
        var x = area.x
        x += grid.put(OneLineDisplay.shown(Truncation.truncate(left, to: area.width, displayWidth: state.displayWidth), state.bidi), at: Point(x: x, y: y), style: theme.status, limit: limit)
        let hints = hintText
        let hintsWidth = state.displayWidth.of(hints)
        var note: (String, Style)?
        if let message = state.message {
            note = (message, theme.statusMessage)
        } else if let warning = state.document.record.warnings.first {
            let more = state.document.record.warnings.count > 1 ? " (+\(state.document.record.warnings.count - 1) more)" : ""
            note = ("⚠ " + warning + more, theme.warning)
        }
        // A message answers the last key: it is shown whole before the hints are. A standing
        // warning only keeps a dozen columns, so that the hints stay.
        let noteRoom = state.message.map { state.displayWidth.of(SpeakerListPane.oneLine($0)) + 1 } ?? (note == nil ? 0 : 12)
        let showHints = limit - x >= hintsWidth + 2 + noteRoom
        let noteLimit = showHints ? limit - hintsWidth - 1 : limit
        if let (text, style) = note, noteLimit - x > 4 {
            x += 2
            grid.put(OneLineDisplay.shown(Truncation.truncate(SpeakerListPane.oneLine(text), to: noteLimit - x, displayWidth: state.displayWidth), state.bidi), at: Point(x: x, y: y), style: style, limit: noteLimit)
        }
        if showHints {
            grid.put(hints, at: Point(x: limit - hintsWidth, y: y), style: theme.status, limit: limit)
        }
    }
}
