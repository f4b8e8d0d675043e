/// Moving in the meetings list and in a list from the library, by key and by mouse.
extension AppState {
    /// Moves the meetings list's selection by `delta` rows.
    mutating func moveMeetings(by delta: Int) {
        guard let library else { return }
        let count = library.shown.count
        guard count > 0 else { return }
        let row = clampedAdd(library.selection, delta, count: count)
        self.library?.select(row: row)
    }

    /// The wheel scrolls the meetings list; a click selects a row, a click on the selected row opens it.
    mutating func handleMeetingsMouse(_ mouse: MouseEvent) -> [Effect] {
        switch mouse.action {
        case .wheelUp: moveMeetings(by: -3)
        case .wheelDown: moveMeetings(by: 3)
        case .press:
            guard let library, let row = MeetingsPane.row(at: mouse.position, size: size, top: library.top) else { return [] }
            if row == library.selection { return performLibrary(.openMeeting) }
            self.library?.select(row: row)
        }
        return []
    }

    /// Keys while a list from the library is shown.
    mutating func handleFound(_ pressed: Key, selection: Int, top: Int) -> [Effect] {
        let rows = library?.found?.rows ?? []
        let page = max(1, FoundPane.visibleRows(size: size) - 1)
        switch pressed {
        case .escape, .character("q"), .backspace: overlay = nil
        case .character("j"), .down: overlay = .found(selection: selection + 1, top: top)
        case .character("k"), .up: overlay = .found(selection: selection - 1, top: top)
        case .character(" "), .pageDown: overlay = .found(selection: selection + page, top: top)
        case .character("b"), .pageUp: overlay = .found(selection: selection - page, top: top)
        case .character("g"), .home: overlay = .found(selection: 0, top: top)
        case .character("G"), .end: overlay = .found(selection: rows.count - 1, top: top)
        case .enter:
            overlay = nil
            guard rows.indices.contains(selection) else { return [] }
            return [.library(.open(rows[selection].place))]
        case .control("l"): return [.redraw]
        case .control("z"): return [.suspend]
        default: break
        }
        return []
    }
}
