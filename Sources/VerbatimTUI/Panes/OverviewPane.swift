import VerbatimKit

/// The overview in the statement pane: the meeting, who spoke, what was cited, and who cited
/// what, scrolled to the cursor's first line, with the selected row highlighted.
struct OverviewPane: Pane {
    var lines: OverviewLines
    var cursor: OverviewCursor
    var theme: Theme
    var focused: Bool
    /// The table every width is measured with (block elements and `·` are ambiguous).
    var displayWidth: DisplayWidth
    /// Whether right-to-left names are put in display order here.
    var bidi: BidiMode

    func render(into grid: inout Grid, area: Rect) {
        let text = Layout.textArea(area)
        guard text.width > 0, text.height > 0 else { return }
        let selected = lines.selectables.indices.contains(cursor.selection) ? lines.selectables[cursor.selection] : nil
        let limit = text.x + text.width
        let selectionStyle = focused ? theme.selection : theme.selectionUnfocused
        for y in 0..<text.height {
            let index = cursor.top + y
            guard lines.rows.indices.contains(index) else { break }
            var x = text.x
            for span in lines.rows[index].spans {
                let used = grid.put(
                    OneLineDisplay.shown(span.text, bidi), at: Point(x: x, y: text.y + y), style: style(span.tone), limit: limit,
                    displayWidth: displayWidth)
                x += used
                if x >= limit { break }
            }
            // The selected part of the row, in the selection's colours (across the margin when it
            // starts the row).
            if let selected, selected.row == index {
                let from = selected.start == 0 ? area.x : text.x + selected.start
                let to = min(area.x + area.width, selected.start + selected.width >= text.width ? area.x + area.width : text.x + selected.start + selected.width)
                for column in max(0, from)..<max(max(0, from), min(grid.size.width, to)) {
                    grid[column, text.y + y].style = selectionStyle
                }
            }
        }
    }

    func style(_ tone: OverviewLines.Tone) -> Style {
        switch tone {
        case .heading: theme.heading
        case .label: theme.meta
        case .text: theme.text
        case .country: theme.citation
        case .figure: theme.count
        case .bar: theme.country
        case .mark: theme.current
        case .dim: theme.meta
        }
    }
}
