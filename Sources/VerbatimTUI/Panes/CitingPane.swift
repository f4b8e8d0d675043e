import VerbatimKit

/// The list shown by `c`: the statements (and other entries) that cite a reference, with the
/// number of mentions in each; Enter jumps to the first of them.
struct CitingPane {
    var state: AppState
    var theme: Theme
    var key: String
    var selection: Int
    var top: Int

    /// The box the list is drawn in on a screen of `size`.
    static func box(size: Size) -> Rect {
        let body = Layout(size: size, showReferences: false).body
        let width = min(body.width, max(30, min(72, body.width * 3 / 4)))
        let height = min(body.height, max(6, body.height * 2 / 3))
        return Rect(x: body.x + (body.width - width) / 2, y: body.y + (body.height - height) / 2, width: width, height: height)
    }

    /// How many rows of the list are visible on a screen of `size`.
    static func visibleRows(size: Size) -> Int {
        max(1, Layout.inner(box(size: size)).height)
    }

    func render(into grid: inout Grid, size: Size) {
        let box = CitingPane.box(size: size)
        guard box.width > 0, box.height > 0 else { return }
        grid.fill(box)
        let document = state.document
        let entries = document.citingEntries(key)
        // The position in the list, as the list may be longer than the box.
        var position = entries.isEmpty ? "" : " · \(min(max(0, selection), entries.count - 1) + 1)/\(entries.count)"
        if let others = state.citedElsewhere(key) {
            position += others == 1 ? " · 1 other meeting (M)" : " · \(others) other meetings (M)"
        }
        Box(rect: box, style: theme.borderFocused, title: "Citing \(SpeakerListPane.oneLine(document.title(of: key)))" + position, titleStyle: theme.paneTitleFocused).render(into: &grid)
        let area = Layout.inner(box)
        guard area.width > 0, area.height > 0 else { return }
        let limit = area.x + area.width
        let mentions = document.mentions[key] ?? []
        for row in 0..<area.height {
            let i = top + row
            guard i < entries.count else { break }
            let y = area.y + row
            let entry = document.entries[entries[i]]
            let style = i == selection ? theme.selection : theme.text
            if i == selection { grid.fill(Rect(x: area.x, y: y, width: area.width, height: 1), style: style) }
            let count = mentions.lazy.filter { $0.entry == entries[i] }.count
            let name: String
            if let speaker = entry.speaker {
                name = "\(entry.statementNumber ?? 0). " + SpeakerListPane.displayName(speaker, roles: SpeakerListPane.roles(of: state.document.record)) + (speaker.country.map { " " + $0 } ?? "")
            } else {
                name = "· " + entry.heading
            }
            let counts = count == 1 ? "1 mention" : "\(count) mentions"
            let countWidth = area.width >= counts.count + 8 ? counts.count + 1 : 0
            grid.put(OneLineDisplay.shown(Truncation.truncate(name, to: area.width - countWidth - 1, displayWidth: state.displayWidth), state.bidi), at: Point(x: area.x + 1, y: y), style: style, limit: limit - countWidth)
            if countWidth > 0 {
                grid.put(counts, at: Point(x: limit - counts.count, y: y), style: i == selection ? style : theme.count, limit: limit)
            }
        }
    }
}
