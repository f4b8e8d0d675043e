import VerbatimKit

/// The reference sidebar: the citations of the current entry grouped by kind, each with its
/// mention count here and in the whole meeting (`1 · 15` under the caption `here · all`); the
/// selected one highlighted.
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
            grid.put(Truncation.truncate("No references here.", to: area.width, displayWidth: state.displayWidth), at: Point(x: area.x, y: area.y), style: theme.meta, limit: limit)
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
                let titleWidth = grid.put(Truncation.truncate(group.title, to: area.width, displayWidth: state.displayWidth), at: Point(x: area.x, y: y), style: theme.groupHeading, limit: limit)
                let captionWidth = state.displayWidth.of(ReferencePane.countsCaption)
                if area.width >= titleWidth + captionWidth + 2 {
                    grid.put(ReferencePane.countsCaption, at: Point(x: limit - captionWidth, y: y), style: theme.count, limit: limit)
                }
            case .reference(let i):
                let ref = refs[i]
                let selected = i == state.referenceSelection
                let rowStyle = selected ? (focused ? theme.selection : theme.selectionUnfocused) : theme.text
                if selected { grid.fill(Rect(x: area.x, y: y, width: area.width, height: 1), style: rowStyle) }
                let marker = ref.key == state.followed ? "▸" : " "
                var x = area.x
                x += grid.put(marker, at: Point(x: x, y: y), style: selected ? rowStyle : theme.current, limit: limit)
                let title = SpeakerListPane.oneLine(state.document.title(of: ref.key))
                // From a library: `+N` other meetings cite it too.
                let counts = ReferencePane.counts(here: ref.here, total: ref.total)
                    + (state.citedElsewhere(ref.key).map { " +\($0)" } ?? "")
                let countsWidth = state.displayWidth.of(counts)
                let countWidth = area.width >= countsWidth + 6 ? countsWidth + 1 : 0
                let room = max(0, limit - countWidth - x)
                grid.put(OneLineDisplay.shown(Truncation.truncate(title, to: room, displayWidth: state.displayWidth), state.bidi), at: Point(x: x, y: y), style: rowStyle, limit: x + room)
                if countWidth > 0 {
                    grid.put(counts, at: Point(x: limit - countsWidth, y: y), style: selected ? rowStyle : theme.count, limit: limit)
                }
            }
        }
    }

    /// A reference's counts, `1 · 15`: its mentions here, then in the whole meeting, under the
    /// headings' caption `here · all` (the status row's `mention 13 of 15` says which one of all).
    static func counts(here: Int, total: Int) -> String {
        "\(here) · \(total)"
    }

    /// The caption at the right of each group heading, naming the two counts.
    static let countsCaption = "here · all"
}
