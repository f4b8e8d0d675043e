import VerbatimKit

/// The reference sidebar: the citations of the current entry grouped by kind, each with its
/// mention count here and in the whole meeting; the selected one highlighted.
struct ReferencePane: Pane {
    var state: AppState
    var theme: Theme
    var focused: Bool

    func render(into grid: inout Grid, area: Rect) {
        guard area.width > 0, area.height > 0 else { return }
        let document = state.document
        let rows = document.referenceRows(state.entry)
        let limit = area.x + area.width
        guard !rows.isEmpty else {
            grid.put(Truncation.truncate("No references here.", to: area.width), at: Point(x: area.x, y: area.y), style: theme.meta, limit: limit)
            return
        }
        let refs = document.entryReferences[state.entry]
        let selectedRow = rows.firstIndex(of: .reference(state.referenceSelection)) ?? 0
        var top = AppState.keepVisible(selectedRow, top: state.referenceTop, height: area.height, count: rows.count)
        if top == 1, selectedRow < area.height { top = 0 }
        for row in 0..<area.height {
            guard top + row < rows.count else { break }
            let y = area.y + row
            switch rows[top + row] {
            case .heading(let group):
                grid.put(Truncation.truncate(group.title, to: area.width), at: Point(x: area.x, y: y), style: theme.groupHeading, limit: limit)
            case .reference(let i):
                let ref = refs[i]
                let selected = i == state.referenceSelection
                let rowStyle = selected ? (focused ? theme.selection : theme.selectionUnfocused) : theme.text
                if selected { grid.fill(Rect(x: area.x, y: y, width: area.width, height: 1), style: rowStyle) }
                // From a library: `+N` other meetings cite it too.
                let counts = "\(ref.here)/\(ref.total)" + (state.citedElsewhere(ref.key).map { " +\($0)" } ?? "")
                let countWidth = area.width >= counts.count + 6 ? counts.count + 1 : 0
                let marker = ref.key == state.followed ? "▸" : " "
                var x = area.x
                x += grid.put(marker, at: Point(x: x, y: y), style: selected ? rowStyle : theme.current, limit: limit)
                let room = max(0, limit - countWidth - x)
                grid.put(OneLineDisplay.shown(Truncation.truncate(SpeakerListPane.oneLine(state.document.title(of: ref.key)), to: room), state.bidi), at: Point(x: x, y: y), style: rowStyle, limit: x + room)
                if countWidth > 0 {
                    grid.put(counts, at: Point(x: limit - counts.count, y: y), style: selected ? rowStyle : theme.count, limit: limit)
                }
            }
        }
    }
}
