import VerbatimKit

extension AppState {
    /// Draws the whole screen into a grid of exactly `size`: title, panes in their boxes,
    /// overlays, status.
    func draw(size: Size) -> Grid {
        var grid = Grid(size: size, displayWidth: displayWidth)
        let theme = colors ? colorTheme : monochromeTheme
        if focus == .meetings, let library {
            MeetingsScreen(state: self, library: library, theme: theme).render(into: &grid, size: size)
            drawOverlay(into: &grid, theme: theme)
            return grid
        }
        let layout = Layout(size: size, showReferences: showReferences, zoomed: zoomed, measure: textMeasure)
        if let title = layout.title { TitleBar(state: self, theme: theme).render(into: &grid, area: title) }

        // Side-by-side boxes share their borders; a floating sidebar is drawn last, on top.
        var shared: [Int] = []
        for pane in layout.visiblePanes where !(pane == .references && layout.referencesFloat) {
            guard let box = layout.box(pane) else { continue }
            drawPane(pane, box: box, into: &grid, theme: theme)
            if box.x > 0 { shared.append(box.x) }
        }
        if let box = layout.body.height >= 2 ? layout.body : nil {
            for x in shared {
                let glyphs = BorderGlyphs.fitting(displayWidth)
                grid.put(glyphs.teeDown, at: Point(x: x, y: box.y), style: theme.border)
                grid.put(glyphs.teeUp, at: Point(x: x, y: box.y + box.height - 1), style: theme.border)
            }
        }
        if layout.referencesFloat, let box = layout.references {
            grid.fill(box)
            drawPane(.references, box: box, into: &grid, theme: theme)
        }

        drawOverlay(into: &grid, theme: theme)
        if let status = layout.status {
            StatusBar(state: self, theme: theme, text: layout.statementText).render(into: &grid, area: status)
        }
        return grid
    }

    /// The help screen or a list drawn over the screen.
    private func drawOverlay(into grid: inout Grid, theme: Theme) {
        switch overlay {
        case .help(let top): HelpPane(state: self, theme: theme, top: top).render(into: &grid, size: size)
        case .citing(let key, let selection, let top):
            CitingPane(state: self, theme: theme, key: key, selection: selection, top: top).render(into: &grid, size: size)
        case .found(let selection, let top):
            if let list = library?.found {
                FoundPane(list: list, theme: theme, bidi: bidi, displayWidth: displayWidth, selection: selection, top: top).render(into: &grid, size: size)
            }
        case nil: break
        }
    }

    private func drawPane(_ pane: PaneID, box: Rect, into grid: inout Grid, theme: Theme) {
        let focused = pane == focus && overlay == nil && prompt == nil
        var title = paneTitle(pane, width: box.width)
        if pane == .statement, overview == nil, let room = ParallelPane.titleRoom(in: box, state: self) { title = Truncation.truncate(title, to: room, displayWidth: displayWidth) }
        Box(rect: box, style: focused ? theme.borderFocused : theme.border, title: title,
            titleStyle: focused ? theme.paneTitleFocused : theme.paneTitle).render(into: &grid)
        let inner = Layout.inner(box)
        switch pane {
        case .statement where overview != nil:
            OverviewPane(lines: overviewLines, cursor: overview ?? OverviewCursor(), theme: theme, focused: focused,
                displayWidth: overviewDisplayWidth, bidi: bidi)
                .render(into: &grid, area: inner)
        case .speakers: SpeakerListPane(state: self, theme: theme, focused: focused).render(into: &grid, area: inner)
        case .statement where activeParallel != nil:
            ParallelPane(state: self, theme: theme).render(into: &grid, area: inner)
            ParallelPane.decorateBorder(
                of: box, titleEnd: box.x + 4 + displayWidth.of(title), state: self, into: &grid,
                style: focused ? theme.borderFocused : theme.border, titleStyle: focused ? theme.paneTitleFocused : theme.paneTitle)
        case .statement: StatementPane(state: self, theme: theme).render(into: &grid, area: inner)
        case .references: ReferencePane(state: self, theme: theme, focused: focused).render(into: &grid, area: inner)
        case .meetings: break
        }
    }

    /// The title in a pane's top border: the statement pane names the speaker when the speaker
    /// list is not on screen.
    private func paneTitle(_ pane: PaneID, width: Int) -> String {
        switch pane {
        case .speakers:
            return "Speakers \(document.statementEntries.count)"
        case .references:
            let count = document.entryReferences.indices.contains(entry) ? document.entryReferences[entry].count : 0
            return "References \(count)"
        case .meetings:
            return "Meetings"
        case .statement:
            if overview != nil { return "Overview" }
            guard document.entries.indices.contains(entry) else { return "Statement" }
            let e = document.entries[entry]
            if let number = e.statementNumber {
                return "Statement \(number)/\(document.statementEntries.count)"
            }
            return e.heading
        }
    }
}
