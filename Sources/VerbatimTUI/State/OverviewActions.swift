import VerbatimKit

/// What the reader was looking at before a key, to tell whether the key moved them elsewhere.
struct OverviewMark {
    var entry: Int
    var mention: TextPosition?
    var history: Int

    init(_ state: AppState) {
        entry = state.entry
        mention = state.mention
        history = state.backStack.count
    }
}

extension AppState {
    /// The overview's lines at the current size.
    var overviewLines: OverviewLines {
        let width = layout.statementText.width, table = overviewDisplayWidth
        return document.overviewCache.lines(width: width, displayWidth: table, ascii: ascii) {
            OverviewLines(
                summary: document.summary, record: document.record, name: document.name, width: width,
                displayWidth: table, ascii: ascii)
        }
    }

    /// The overview a record opens on: when the initial screen is the overview and the record
    /// has statements (a text the parser found no statements in opens on that text).
    var initialOverview: OverviewCursor? {
        initialScreen == .overview && !document.record.statements.isEmpty ? OverviewCursor() : nil
    }

    /// The mouse over the overview: the wheel scrolls it, a click selects a row, a click on the
    /// selected row goes there. Returns false when the event is not the overview's.
    mutating func handleOverviewMouse(_ mouse: MouseEvent) -> Bool {
        guard var cursor = overview, overlay == nil, let box = layout.statement, box.contains(mouse.position),
            !(layout.referencesFloat && layout.references?.contains(mouse.position) == true)
        else { return false }
        let text = Layout.textArea(Layout.inner(box))
        switch mouse.action {
        case .wheelUp, .wheelDown:
            cursor.top += mouse.action == .wheelUp ? -3 : 3
            overview = cursor
        case .press:
            focus = .statement
            let lines = overviewLines
            let row = cursor.top + mouse.position.y - text.y
            let column = mouse.position.x - text.x
            guard mouse.position.y >= text.y,
                let index = lines.selectables.firstIndex(where: { $0.row == row && column >= $0.start && column < $0.start + $0.width })
            else { return true }
            if index == cursor.selection {
                goToOverviewTarget(lines, index)
            } else {
                cursor.selection = index
                overview = cursor
            }
        }
        return true
    }

    /// The display-width table the overview measures and draws with.
    var overviewDisplayWidth: DisplayWidth { .standard }

    /// Shows the overview (keeping where the statement pane was, for `i` or back to return to).
    mutating func openOverview() {
        var cursor = OverviewCursor()
        cursor.openedOverRecord = true
        overview = cursor
        if focus == .references, layout.visiblePanes.contains(.statement) { focus = .statement }
    }

    /// An action while the overview is shown: moving through its rows or leaving it (`Enter`
    /// on a row is `goToOverviewTarget`). Returns false for actions the overview leaves to the browser.
    mutating func handleOverview(_ action: Action) -> Bool {
        guard var cursor = overview else { return false }
        if action == .overview || (action == .back && cursor.openedOverRecord) {
            overview = nil
            return true
        }
        guard focus == .statement else { return false }
        let lines = overviewLines
        let height = statementHeight
        let targets = lines.targetRows
        switch action {
        case .lineDown, .lineUp:
            guard !targets.isEmpty else {
                cursor.top += action == .lineDown ? 1 : -1
                break
            }
            let delta = action == .lineDown ? 1 : -1
            let next = cursor.selection + delta
            if targets.indices.contains(next) {
                cursor.selection = next
                cursor.top = AppState.keepVisible(targets[next], top: cursor.top, height: height, count: lines.rows.count)
                // The first row that leads somewhere comes with what is above it, when that fits.
                if next == 0 && targets[0] < height { cursor.top = 0 }
            } else {
                // Past the first or last such row, the rows above or below scroll into view.
                cursor.top = min(max(0, cursor.top + delta), max(0, lines.rows.count - height))
            }
        case .pageDown, .pageUp, .halfPageDown, .halfPageUp:
            let half = action == .halfPageDown || action == .halfPageUp
            let step = max(1, half ? height / 2 : height - 1) * (action == .pageDown || action == .halfPageDown ? 1 : -1)
            cursor.top = min(max(0, cursor.top + step), max(0, lines.rows.count - height))
            // A selection paged out of view moves to the first (last) row on the page that leads somewhere.
            let page = cursor.top..<(cursor.top + height)
            let onPage = targets.indices.filter { page.contains(targets[$0]) }
            if let first = onPage.first, let last = onPage.last, !onPage.contains(cursor.selection) {
                cursor.selection = action == .pageDown || action == .halfPageDown ? first : last
            }
        case .top:
            cursor.selection = 0
            cursor.top = 0
        case .bottom:
            cursor.selection = max(0, targets.count - 1)
            cursor.top = max(0, lines.rows.count - height)
        default:
            return false
        }
        overview = cursor
        return true
    }

    /// `Enter` on the overview's selected row: a speaker's first statement, or a reference's
    /// first mention. The overview is left as a place `back` returns to.
    mutating func goToOverviewTarget(_ lines: OverviewLines, _ selection: Int) {
        guard lines.selectables.indices.contains(selection) else { return }
        switch lines.selectables[selection].target {
        case .speaker(let row):
            guard let first = document.summary.speakers[row].statements.first else { return }
            open(atStatement: first)
        case .reference(let key):
            open(atReference: key)
        }
    }

    /// Performs an action of the browser's; leaves the overview when it took the reader elsewhere
    /// (another entry, a mention, a jump recorded in the history).
    mutating func performLeavingOverview(_ action: Action, times: Int = 1) -> [Effect] {
        let before = OverviewMark(self)
        let effects = perform(action, times: times)
        if action == .openStatement, overview != nil {
            overview = nil
        } else if action != .back, action != .forward {
            leaveOverviewIfMoved(since: before)
        }
        return effects
    }

    mutating func leaveOverviewIfMoved(since before: OverviewMark) {
        guard overview != nil else { return }
        if entry != before.entry || mention != before.mention || backStack.count > before.history { overview = nil }
    }

    /// Keeps the overview's selection and first line in range at this size.
    mutating func clampOverview() {
        guard var cursor = overview else { return }
        let lines = overviewLines
        let height = statementHeight
        let targets = lines.targetRows
        cursor.selection = targets.isEmpty ? 0 : min(max(0, cursor.selection), targets.count - 1)
        cursor.top = min(max(0, cursor.top), max(0, lines.rows.count - height))
        overview = cursor
    }
}
