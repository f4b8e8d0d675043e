import VerbatimKit

/// Mouse clicks and the wheel.
extension AppState {
    mutating func handleMouse(_ mouse: MouseEvent) {
        let layout = self.layout
        let point = mouse.position
        if let overlay {
            switch (overlay, mouse.action) {
            case (.found(let selection, let top), .wheelUp): self.overlay = .found(selection: selection - 3, top: top)
            case (.found(let selection, let top), .wheelDown): self.overlay = .found(selection: selection + 3, top: top)
            case (.found(_, let top), .press):
                let box = FoundPane.box(size: size)
                let inner = Layout.inner(box)
                if inner.contains(point) {
                    self.overlay = .found(selection: top + (point.y - inner.y) / 2, top: top)
                } else if !box.contains(point) {
                    self.overlay = nil
                }
            case (.help(let top), .wheelUp): self.overlay = .help(top: top - 3)
            case (.help(let top), .wheelDown): self.overlay = .help(top: top + 3)
            case (.help, .press): self.overlay = nil
            case (.citing(let key, let selection, let top), .wheelUp): self.overlay = .citing(key: key, selection: selection - 3, top: top)
            case (.citing(let key, let selection, let top), .wheelDown): self.overlay = .citing(key: key, selection: selection + 3, top: top)
            case (.citing(let key, _, let top), .press):
                let box = CitingPane.box(size: size)
                let inner = Layout.inner(box)
                if inner.contains(point) {
                    self.overlay = .citing(key: key, selection: top + point.y - inner.y, top: top)
                } else if !box.contains(point) {
                    self.overlay = nil
                }
            }
            return
        }
        // A floating sidebar is on top of the statement pane.
        let order: [PaneID] = layout.referencesFloat ? [.references, .speakers, .statement] : [.speakers, .statement, .references]
        guard let pane = order.first(where: { layout.box($0)?.contains(point) == true }), let box = layout.box(pane) else { return }
        let inner = Layout.inner(box)
        switch mouse.action {
        case .wheelUp, .wheelDown:
            let delta = mouse.action == .wheelUp ? -3 : 3
            let saved = focus
            focus = pane
            move(by: delta)
            focus = saved
        case .press:
            focus = pane
            guard inner.contains(point) else { return }
            let row = point.y - inner.y
            switch pane {
            case .speakers:
                // A click selects; a click on the row already selected opens it.
                guard speakerTop + row < document.entries.count else { return }
                if speakerSelection == speakerTop + row && entry != speakerSelection {
                    jump(toEntry: speakerSelection)
                } else {
                    speakerSelection = speakerTop + row
                }
            case .references:
                let rows = document.referenceRows(entry)
                if rows.indices.contains(referenceTop + row), case .reference(let i) = rows[referenceTop + row] {
                    referenceSelection = i
                }
            case .statement:
                selectMention(at: point, inner: inner)
            case .meetings:
                break
            }
        }
    }

    /// A click on a citation in the statement pane selects that mention.
    mutating func selectMention(at point: Point, inner: Rect) {
        guard let area = primaryTextArea(inner), area.contains(point), let layout = statementLayout(need: .lines(scroll + point.y - area.y + 1)) else { return }
        let index = scroll + point.y - area.y
        guard layout.lines.indices.contains(index), layout.lines[index].kind == .text else { return }
        let line = layout.lines[index]
        let offset = line.offset(atColumn: point.x - area.x, width: area.width, bidi: bidi, displayWidth: displayWidth) ?? line.end
        let paragraph = document.entries[entry].paragraphs[line.paragraph]
        guard let citation = paragraph.citations.first(where: { $0.start <= offset && offset < $0.end }) else { return }
        let key = Document.key(of: citation)
        mention = TextPosition(entry: entry, paragraph: line.paragraph, start: citation.start, end: citation.end)
        followed = key
        referenceSelection = followedRow(in: entry) ?? referenceSelection
    }
}
