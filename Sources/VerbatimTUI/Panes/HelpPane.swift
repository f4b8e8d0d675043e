import VerbatimKit

/// The help screen, generated from the key table: every action under its group with its keys.
struct HelpPane {
    var state: AppState
    var theme: Theme
    var top: Int

    /// One line of the help text.
    struct Line: Equatable {
        enum Kind: Equatable { case heading, binding, text }
        var kind: Kind
        var keys: String
        var text: String
    }

    /// The help text, from the key table in force and `Action`, then the settings in force.
    static func lines(for state: AppState) -> [Line] {
        var lines: [Line] = []
        for group in Action.Group.allCases {
            if !lines.isEmpty { lines.append(Line(kind: .text, keys: "", text: "")) }
            lines.append(Line(kind: .heading, keys: "", text: group.rawValue))
            for action in Action.allCases where action.group == group {
                let bindings = state.keyBindings.bindings(of: action)
                var keys = bindings.map(\.key.displayName).joined(separator: " ")
                if let pane = bindings.first?.pane { keys += " (in \(pane.title.lowercased()))" }
                lines.append(Line(kind: .binding, keys: keys, text: action.summary))
            }
        }
        lines.append(Line(kind: .text, keys: "", text: ""))
        lines.append(Line(kind: .heading, keys: "", text: "Prompts (/ s :)"))
        lines.append(Line(kind: .binding, keys: "Enter", text: "accept"))
        lines.append(Line(kind: .binding, keys: "Esc", text: "cancel"))
        lines.append(Line(kind: .binding, keys: "Backspace", text: "delete the last character"))
        lines.append(Line(kind: .binding, keys: "C-u C-w", text: "clear the line; delete the last word"))
        lines.append(Line(kind: .binding, keys: "↑ ↓", text: "earlier and later searches (in /)"))
        lines.append(Line(kind: .binding, keys: "/ Enter", text: "an empty search repeats the last one, from where you are"))
        lines.append(Line(kind: .binding, keys: ":q", text: "quit"))
        lines.append(Line(kind: .text, keys: "", text: ""))
        lines.append(Line(kind: .heading, keys: "", text: "Counts and the mouse"))
        lines.append(Line(kind: .binding, keys: "5j 3}", text: "a number before a key repeats it (lines, pages, statements, matches)"))
        lines.append(Line(kind: .binding, keys: "click", text: "select a speaker, a reference or a citation in the text"))
        lines.append(Line(kind: .binding, keys: "double-click", text: "a click on the speaker already selected opens it"))
        lines.append(Line(kind: .binding, keys: "wheel", text: "scroll the pane under the pointer (this help too)"))
        lines.append(Line(kind: .binding, keys: "m", text: "to select text with the terminal, leave it the mouse; m again takes it back"))
        lines.append(Line(kind: .text, keys: "", text: ""))
        lines.append(Line(kind: .text, keys: "", text: ""))
        lines.append(Line(kind: .heading, keys: "", text: "Settings"))
        lines.append(Line(kind: .text, keys: "", text: state.ambiguousWidth.summary))
        lines.append(Line(kind: .text, keys: "", text: "config file: " + (state.configPath ?? "none")))
        lines.append(Line(kind: .text, keys: "", text: ""))
        lines.append(Line(kind: .text, keys: "", text: "j k Space b g G scroll this help; Esc, q or ? closes it."))
        return lines
    }

    /// The column where descriptions start, in a help box whose inside is `width` wide.
    static func keyColumn(width: Int) -> Int { min(24, width / 3) }

    /// The help text laid out for a screen of `size`: descriptions wider than the box wrap onto
    /// lines of their own (with no keys) under the description column instead of being cut.
    static func rows(size: Size, for state: AppState) -> [Line] {
        let width = Layout.inner(box(size: size)).width
        let keyColumn = keyColumn(width: width)
        let wrapper = LineWrapper(displayWidth: state.displayWidth)
        var rows: [Line] = []
        for var line in lines(for: state) {
            if line.kind == .binding, state.displayWidth.of(line.keys) > keyColumn - 2 {
                // Keys too long for their column get a row of their own, the description below.
                rows.append(Line(kind: .binding, keys: line.keys, text: ""))
                line.keys = ""
            }
            let room = line.kind == .binding ? width - keyColumn - 1 : width - 1
            guard room > 0, !line.text.isEmpty else {
                rows.append(line)
                continue
            }
            for (i, piece) in wrapper.wrap(line.text, width: room).enumerated() {
                rows.append(Line(kind: line.kind, keys: i == 0 ? line.keys : "", text: String(piece.text)))
            }
        }
        return rows
    }

    /// The box the help is drawn in on a screen of `size`.
    static func box(size: Size) -> Rect {
        let w = max(0, size.width), h = max(0, size.height)
        let body = Layout(size: size, showReferences: false).body
        guard body.height > 0 else { return Rect(x: 0, y: 0, width: w, height: max(0, h - 1)) }
        let width = min(body.width, 96)
        return Rect(x: (w - width) / 2, y: body.y, width: width, height: body.height)
    }

    /// How many help lines fit on a screen of `size`.
    static func visibleRows(size: Size) -> Int {
        max(1, Layout.inner(box(size: size)).height)
    }

    func render(into grid: inout Grid, size: Size) {
        let box = HelpPane.box(size: size)
        guard box.width > 0, box.height > 0 else { return }
        grid.fill(box)
        Box(rect: box, style: theme.borderFocused, title: "Help", titleStyle: theme.paneTitleFocused).render(into: &grid)
        let area = Layout.inner(box)
        guard area.width > 0, area.height > 0 else { return }
        let lines = HelpPane.rows(size: size, for: state)
        let measure = state.displayWidth
        let top = min(max(0, self.top), max(0, lines.count - area.height))
        let keyColumn = HelpPane.keyColumn(width: area.width)
        let limit = area.x + area.width
        for row in 0..<area.height where top + row < lines.count {
            let line = lines[top + row]
            let y = area.y + row
            switch line.kind {
            case .heading:
                grid.put(line.text, at: Point(x: area.x + 1, y: y), style: theme.groupHeading, limit: limit)
            case .text:
                grid.put(Truncation.truncate(line.text, to: max(0, area.width - 1), displayWidth: measure), at: Point(x: area.x + 1, y: y), style: theme.text, limit: limit)
            case .binding:
                let keyRoom = line.text.isEmpty ? area.width - 2 : keyColumn - 2
                grid.put(Truncation.truncate(line.keys, to: max(0, keyRoom), displayWidth: measure), at: Point(x: area.x + 2, y: y), style: theme.helpKey, limit: area.x + 2 + max(0, keyRoom))
                grid.put(Truncation.truncate(line.text, to: max(0, limit - area.x - keyColumn - 1), displayWidth: measure), at: Point(x: area.x + keyColumn + 1, y: y), style: theme.text, limit: limit)
            }
        }
    }
}
